package org.groundswell.model.change;

import java.io.Serializable;

/**
 * A change strategy: what the hospital does, from the first day of the strategy period (day 0) to its end,
 * to improve. The hospital creates one strategy per run on day 0 ({@link StrategyFactory#create}), calls
 * {@link #start} once and then {@link #day} every day, in the day's {@link org.groundswell.model.Ordering#CHANGE}
 * phase: after the day's care, voice and leadership's answers to harm, before burnout moves.
 *
 * <p>Everything a strategy may see or do goes through the {@link ChangeContext}. The contract:
 * <ul>
 *   <li>All the strategy's state lives in its own fields, and it is {@link Serializable}: a hospital is
 *       checkpointed and branched by serialization, and the strategy goes with it. Do not keep the context.</li>
 *   <li>All randomness is keyed: {@code KeyedRandom.of(context.key(), purpose, unit, day, ...)}, keyed by what
 *       the draw is about, so paired runs meet the same luck about the same thing. No generator of
 *       its own (neither {@code java.util.Random} nor {@code Math}'s); never iterate a hash-ordered collection.</li>
 *   <li>No I/O and no printing: a strategy's effects show in the metrics.</li>
 *   <li>Every effect size is a documented parameter (a record with {@code @Param} annotations), not a
 *       constant in the code.</li>
 * </ul>
 *
 * {@snippet :
 * public final class WalkRounds implements Strategy {
 *     private static final long serialVersionUID = 1L;
 *
 *     @Override
 *     public void day(ChangeContext context, int day) {
 *         if (day % 30 != 0) {
 *             return;
 *         }
 *         for (int u = 0; u < context.units(); u++) {
 *             // leadership walks the unit: its staff's safety rises a little
 *             context.raiseSafety(u, 0.01);
 *         }
 *     }
 * }
 * }
 *
 * @see StrategyFactory how a strategy is named and made available to scenarios
 */
public interface Strategy extends Serializable {

    /** Called once, on day 0, before the first {@link #day}. */
    default void start(ChangeContext context) {
    }

    /** Called on every day of the strategy period, day 0 first. */
    void day(ChangeContext context, int day);
}
