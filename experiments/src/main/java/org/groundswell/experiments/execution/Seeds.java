package org.groundswell.experiments.execution;

/**
 * The seed of each replication, derived from an experiment's one seed. Replication r of every strategy and of
 * every design point gets the same seed, so their runs see the same patients arrive and the same people hired:
 * common random numbers, which make comparisons paired.
 *
 * <p>Seeds are not {@code seed + r}: two experiments with seeds 1 and 2 would then share all but one of their
 * replications, and repeating a comparison "with another seed" would repeat it. Instead replication r's seed is
 * the top 53 bits of the SplitMix64 finalizer of {@code seed + (r + 1) · γ} (γ = 0x9E3779B97F4A7C15, the
 * golden-ratio increment), which scatters nearby inputs over the whole range. Any run is reproduced alone with
 * {@code groundswell run --seed <its seed>}, as written in {@code runs.csv}.
 *
 * <p>Why 53 bits: a seed is a number in {@code runs.csv}, and R's {@code read.csv}, Excel, JavaScript and
 * pandas' float columns read numbers as IEEE doubles, which hold every whole number below 2^53 exactly and
 * round the ones above. A seed below {@link #LIMIT} survives the round trip, so a run can be reproduced from a
 * seed read back by any of them. Dropping the low 11 bits makes two (seed, r) pairs share a seed with a
 * chance of about 2^-53 per pair: no matter for any experiment that can be run.
 *
 * <p>Reference: Steele, G. L., Lea, D. &amp; Flood, C. H. (2014). Fast splittable pseudorandom number
 * generators. <i>OOPSLA 2014</i>, 453–472. doi:10.1145/2660193.2660195
 */
public final class Seeds {

    /** Every derived seed is below this: 2^53, the first whole number a double cannot hold next to its neighbour. */
    public static final long LIMIT = 1L << 53;

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * The seed of replication {@code replication} of an experiment seeded with {@code seed}.
     *
     * @param seed        the experiment's seed
     * @param replication 0, 1, 2, …
     * @return a seed from 0 to {@link #LIMIT} − 1
     * @throws IllegalArgumentException if {@code replication} is negative
     */
    public static long replication(long seed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication = " + replication + ": a whole number from 0");
        }
        return mix(seed + (replication + 1L) * GAMMA) >>> 11;
    }

    /** SplitMix64's finalizer (Steele, Lea &amp; Flood 2014): a bijection of 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
