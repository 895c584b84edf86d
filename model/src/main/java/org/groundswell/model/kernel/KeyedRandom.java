package org.groundswell.model.kernel;

import java.io.Serializable;

/**
 * A counter-based random generator (SplitMix64, Steele, Lea and Flood 2014) keyed by one long: the random
 * numbers of one entity — a patient's stay lengths, routes and thresholds; a position's holders' traits and
 * quit draws — so that the same entity meets the same luck under any strategy or staffing level, and
 * differences between paired runs come from the mechanisms, not from shifted random sequences.
 */
public final class KeyedRandom implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long key;
    private long counter;

    /** A generator keyed by {@code key}. */
    public KeyedRandom(long key) {
        this.key = key;
    }

    /** A generator keyed by a combination of keys (for example seed, unit, role, slot). */
    public static KeyedRandom of(long... keys) {
        return new KeyedRandom(hash(keys));
    }

    /** A well-mixed combination of {@code keys}. */
    public static long hash(long... keys) {
        long h = 0x2545F4914F6CDD1DL;
        for (long k : keys) {
            h = extend(h, k);
        }
        return h;
    }

    /**
     * {@code hash} combined with one more key: {@code extend(hash(a, b), c) == hash(a, b, c)}. For a loop that
     * hashes many keys sharing their first ones, without an array for each.
     */
    public static long extend(long hash, long key) {
        return mix(hash ^ mix(key + GOLDEN));
    }

    /** The uniform double in [0, 1) for the pair ({@code a}, {@code b}): no generator, no allocation. */
    public static double uniform(long a, long b) {
        return uniformAfter(prefix(a), suffix(b));
    }

    /**
     * The part of {@link #uniform(long, long)} that depends on {@code a} alone: for an entity drawn on every
     * day, compute it once and draw with {@link #uniformAfter}.
     */
    public static long prefix(long a) {
        return mix(0x2545F4914F6CDD1DL ^ mix(a + GOLDEN));
    }

    /** The part of {@link #uniform(long, long)} that depends on {@code b} alone (a day, say). */
    public static long suffix(long b) {
        return mix(b + GOLDEN);
    }

    /**
     * {@link #uniform(long, long) uniform(a, b)}, the same double to the last bit, from
     * {@code prefix(a)} and {@code suffix(b)}: a hot loop that draws for every position on every day pays
     * one mixing step a draw instead of four.
     */
    public static double uniformAfter(long prefix, long suffix) {
        return (mix(prefix ^ suffix) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal variate for the pair ({@code a}, {@code b}): no generator, no allocation. */
    public static double gaussian(long a, long b) {
        double u1 = 1.0 - uniform(a, b);
        double u2 = uniform(a ^ 0x632BE59BD9B4E019L, b);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** SplitMix64's finalizer (Steele, Lea and Flood 2014): a bijective, well-mixing hash of a long. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform long. */
    public long nextLong() {
        return mix(key + (++counter) * GOLDEN);
    }

    /** An exponential variate of mean 1. */
    public double nextExponential() {
        return -Math.log(1.0 - nextDouble());
    }

    /** A standard normal variate (Box-Muller; the second value is discarded to keep draws aligned). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * A Poisson variate of mean {@code mean}, by Knuth's product method (The Art of Computer Programming,
     * vol. 2, 3.4.1): fine for the small means it is used for (a few problems per unit, a manager's few fixes).
     */
    public int nextPoisson(double mean) {
        double limit = Math.exp(-mean);
        double product = nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= nextDouble();
        }
        return n;
    }

    /** A log-normal variate with the given mean and standard deviation (not of the log). */
    public double nextLogNormal(double mean, double sd) {
        if (sd <= 0) {
            return mean;
        }
        double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * nextGaussian());
    }
}
