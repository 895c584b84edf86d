package org.groundswell.experiments.calibration;

import java.util.List;
import java.util.Objects;

import org.groundswell.scenarios.Scenario;

/**
 * A calibration file, read and checked ({@link CalibrationLoader}): the scenario to start from, the hospital's
 * figures, the parameters to infer with their priors, the budget and the method.
 *
 * @param source      where it was read from, as messages name it
 * @param name        its name
 * @param description what it calibrates, in words
 * @param scenario    the scenario, with {@code days}, {@code window} and {@code strategy} applied
 * @param targets     the figures, at least one
 * @param parameters  the parameters to infer, at least one
 * @param budget      particles, generations, replications, stopping rules
 * @param schedule    how the tolerance falls
 * @param kernel      how particles are moved
 * @param seed        the seed every random number derives from
 */
public record Calibration(String source, String name, String description, Scenario scenario, List<Target> targets,
                          List<CalibratedParameter> parameters, Budget budget, ToleranceSchedule schedule,
                          PerturbationKernel.Kind kernel, long seed) {

    public Calibration {
        Objects.requireNonNull(scenario, "scenario");
        targets = List.copyOf(targets);
        parameters = List.copyOf(parameters);
    }

    /** The same calibration with another budget ({@code --particles}, {@code --generations}). */
    public Calibration withBudget(Budget other) {
        return new Calibration(source, name, description, scenario, targets, parameters, other, schedule, kernel,
                seed);
    }

    /** The engine for this calibration. */
    AbcSmc engine() {
        return new AbcSmc(parameters.stream().map(CalibratedParameter::prior).toList(), targets, budget, schedule,
                kernel, seed);
    }

    /** The schedule's name and alpha, the kernel's name, for the report. */
    String method() {
        return "tolerance schedule " + schedule.kind().id + " (alpha " + schedule.alpha() + "), kernel "
                + kernel.id;
    }
}
