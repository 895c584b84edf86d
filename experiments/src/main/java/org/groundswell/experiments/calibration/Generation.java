package org.groundswell.experiments.calibration;

/**
 * A row of {@code generations.csv}: what one generation of ABC-SMC did.
 *
 * @param generation     from 0
 * @param tolerance      the distance at or below which it accepted (infinite in generation 0)
 * @param attempts       the attempts it made, the last batch's unused ones included
 * @param accepted       the particles it accepted, up to the population size
 * @param acceptanceRate accepted / attempts up to the last accepted particle
 * @param ess            the effective sample size of its weights (NaN if incomplete)
 * @param complete       whether it accepted a full population (if not, the calibration stopped before it)
 */
public record Generation(int generation, double tolerance, int attempts, int accepted, double acceptanceRate,
                         double ess, boolean complete) {
}
