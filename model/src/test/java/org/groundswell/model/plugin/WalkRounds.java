package org.groundswell.model.plugin;

import org.groundswell.model.change.ChangeContext;
import org.groundswell.model.change.Strategy;
import org.groundswell.model.improvement.Problem;

/**
 * An example of a plug-in strategy, {@code walk-rounds}: every {@code intervalDays} a senior leader walks each
 * unit, asks what gets in the way, and has the easiest problem its staff raised fixed — the mildest one, for
 * Tucker and Singer (2015) found walk-rounds helped only when they led to fixing the easy problems staff
 * raised. Acting on what staff raised also raises their psychological safety ({@link ChangeContext#actedOn}).
 *
 * <p>What it shows: state in fields (here none but the parameters), every action through the context, no
 * randomness needed (a strategy that needs some keys it: {@code KeyedRandom.of(context.key(), ...)}).
 */
public final class WalkRounds implements Strategy {

    private static final long serialVersionUID = 1L;

    private final WalkRoundsParameters parameters;

    public WalkRounds(WalkRoundsParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public void day(ChangeContext context, int day) {
        if (day % parameters.intervalDays() != 0) {
            return;
        }
        for (int u = 0; u < context.units(); u++) {
            Problem easiest = null;
            int easiestK = -1;
            for (Problem p : context.problems()) {
                int k = p.indexOf(u);
                if (k >= 0 && p.status(k) == Problem.Status.RAISED
                        && (easiest == null || context.severity(p, k) < context.severity(easiest, easiestK))) {
                    easiest = p;
                    easiestK = k;
                }
            }
            if (easiest != null) {
                context.fix(easiest, easiestK, parameters.fixFit());
                context.actedOn(u, 1);
            }
        }
    }
}
