package org.groundswell.model;

import org.groundswell.model.change.Interventions;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.change.Strategy;
import org.groundswell.model.kernel.DailyProcess;

/**
 * CHANGE: the day of whatever the hospital does to improve. The interventions due on the timeline act, under
 * any strategy; from day 0 the strategy takes its day. The strategy is made on day 0 from the parameters as
 * they are then, so that a hospital branched after its warm-up runs exactly as a fresh one would.
 */
final class ChangeProgramme implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final HospitalChangeContext context;
    private final Interventions interventions;
    private Strategy strategy;

    ChangeProgramme(HospitalChangeContext context, Interventions interventions) {
        this.context = context;
        this.interventions = interventions;
    }

    @Override
    public void day(int day) {
        context.beginDay();
        interventions.day(context, day);
        if (day >= 0) {
            if (strategy == null) {
                strategy = Strategies.create(context.parameters().strategy(), context.parameters());
                strategy.start(context);
            }
            strategy.day(context, day);
        }
    }

    /** The strategy of the strategy period, or null before day 0. */
    Strategy strategy() {
        return strategy;
    }
}
