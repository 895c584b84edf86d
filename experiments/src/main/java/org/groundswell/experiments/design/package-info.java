/**
 * Sweeps: the experiment file ({@link org.groundswell.experiments.design.Experiment}, read and validated by
 * {@link org.groundswell.experiments.design.ExperimentLoader}), the parameters it varies
 * ({@link org.groundswell.experiments.design.SweptParameter}), the designs that choose the points
 * ({@link org.groundswell.experiments.design.Design}: grid, random, Latin hypercube, Sobol', and for a
 * sensitivity analysis Morris trajectories and a Saltelli sample), and what a sensitivity analysis explains
 * ({@link org.groundswell.experiments.design.Analysis}, {@link org.groundswell.experiments.design.Outcome}: a
 * metric under a strategy, or the contrast between two strategies on common random numbers).
 *
 * <p>Designs work in the unit hypercube and parameters map coordinates to values, so a new design is one class
 * implementing {@code Design} plus an entry in {@link org.groundswell.experiments.design.Designs}. The Morris and
 * Saltelli designs wrap those of {@code org.groundswell.experiments.sensitivity}, whose analyses
 * {@code org.groundswell.experiments.sweep} applies to the finished runs.
 *
 * <p>Depends on the model (metric registry, strategies), the scenarios module (paths, validation, error
 * messages), Commons Math (random and Sobol' sequences), {@code sensitivity} (the Morris and Saltelli designs) and
 * {@link org.groundswell.experiments.output} for the number format. Knows nothing of running or files beyond
 * reading the experiment.
 */
package org.groundswell.experiments.design;
