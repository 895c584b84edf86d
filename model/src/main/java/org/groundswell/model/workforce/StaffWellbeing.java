package org.groundswell.model.workforce;

import java.io.Serializable;

import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;

/**
 * What the workforce needs of its people's wellbeing, which the wellbeing model (package {@code wellbeing},
 * above this one) keeps: a newcomer's starting state, and whether the holder of a position is exhausted.
 * Defined here, so that staffing and hiring depend on the wellbeing model only through it.
 */
public interface StaffWellbeing extends Serializable {

    /**
     * The person holding {@code slot} on the first day, in a workforce that has always been running: their
     * lasting trait, personal strain and starting scales are drawn from {@code random}, the position's own
     * generator, after its vacancy and tenure draws.
     */
    void veteran(int slot, Role role, KeyedRandom random);

    /** A new hire who starts in {@code slot} today: their trait and personal strain are drawn from {@code random}. */
    void hire(int slot, KeyedRandom random);

    /** Exhaustion (0–1) of the holder of {@code slot}. */
    double exhaustion(int slot);

    /** Whether the holder of {@code slot} is above the exhaustion cut-off: burned out. */
    boolean burnedOut(int slot);
}
