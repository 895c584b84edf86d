package org.groundswell.model.kernel;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams derived from one run seed. Each process draws from its own stream, seeded from the
 * run seed and the stream's name, so that adding draws to one process never shifts another's: two runs of
 * the same seed under different strategies see the same patients arrive (common random numbers), after
 * L'Ecuyer's and DSOL's practice of one stream per source of randomness.
 */
public final class Streams implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Patient arrivals per unit and day. */
    public static final String ARRIVALS = "arrivals";
    /** The seed of each new patient's own generator (stay lengths, routes, harm and death thresholds). */
    public static final String PATIENTS = "patients";
    /** The key of the workforce's per-position random numbers (vacancies, traits, tenure, quits). */
    public static final String WORKFORCE = "workforce";
    /** Which units each physician rounds on. */
    public static final String PHYSICIANS = "physicians";
    /** The layout of the staff network and the initial dimensions of its ties. */
    public static final String NETWORK = "network";
    /** Which problems appear, where, how severe, and how long they last. */
    public static final String PROBLEMS = "problems";
    /** Noticing, speaking up, reporting, and leadership's responses. */
    public static final String VOICE = "voice";
    /** The change strategy's draws: teams' success, who sits on them, how adapted practices fit. */
    public static final String STRATEGY = "strategy";
    /** Unit managers: their styles, and who leaves the post when. */
    public static final String MANAGERS = "managers";
    /** Who learns and who lets go of the practices their units own. */
    public static final String PRACTICES = "practices";

    private final long seed;

    public Streams(long seed) {
        this.seed = seed;
    }

    /** The run seed. */
    public long seed() {
        return seed;
    }

    /** A new generator for the stream called {@code name}; the same seed and name give the same sequence. */
    public MersenneTwisterFast stream(String name) {
        long h = KeyedRandom.mix(seed ^ fnv1a(name));
        int[] key = new int[4];
        for (int i = 0; i < key.length; i++) {
            h = KeyedRandom.mix(h + 0x9E3779B97F4A7C15L);
            key[i] = (int) (h ^ (h >>> 32));
        }
        MersenneTwisterFast generator = new MersenneTwisterFast();
        generator.setSeed(key);
        return generator;
    }

    private static long fnv1a(String name) {
        long h = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
