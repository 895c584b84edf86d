package org.groundswell.model.kernel;

import java.io.Serializable;

/**
 * One process of the model's day: what the hospital runs, once a day, in its phase of the day (the
 * hospital's {@code Ordering}). A process holds its collaborators and its state in its own fields, so it is
 * checkpointed with the hospital; it draws its luck from keyed or named streams, never a generator of its own.
 */
@FunctionalInterface
public interface DailyProcess extends Serializable {

    /** Runs the process for {@code day} (negative in the warm-up; 0 is the first day of the strategy period). */
    void day(int day);
}
