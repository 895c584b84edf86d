package org.groundswell.model.plugin;

import org.groundswell.model.change.Strategy;
import org.groundswell.model.change.StrategyFactory;
import org.groundswell.model.param.Defaults;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * Registers {@link WalkRounds} as the strategy {@code walk-rounds}: listed in
 * {@code META-INF/services/org.groundswell.model.change.StrategyFactory} on the class path (here, the test
 * resources), it can be named in a scenario ({@code strategy: walk-rounds}) like a bundled strategy.
 */
public final class WalkRoundsFactory implements StrategyFactory {

    @Override
    public String id() {
        return "walk-rounds";
    }

    @Override
    public String description() {
        return "senior leaders walk each unit monthly and have the easiest problem its staff raised fixed";
    }

    @Override
    public Strategy create(HospitalParameters parameters) {
        return create(parameters, Defaults.of(WalkRoundsParameters.class));
    }

    /** The strategy with parameters of the caller's choosing. */
    public Strategy create(HospitalParameters parameters, WalkRoundsParameters walkRounds) {
        return new WalkRounds(walkRounds);
    }
}
