/**
 * Sweeps: the experiment file ({@link org.groundswell.experiments.design.Experiment}, read and validated by
 * {@link org.groundswell.experiments.design.ExperimentLoader}), the parameters it varies
 * ({@link org.groundswell.experiments.design.SweptParameter}) and the designs that choose the points
 * ({@link org.groundswell.experiments.design.Design}: grid, random, Latin hypercube, Sobol').
 *
 * <p>Designs work in the unit hypercube and parameters map coordinates to values, so a new design — Morris
 * trajectories or a Saltelli sample for the sensitivity analysis of
 * {@code org.groundswell.experiments.sensitivity} — is one class implementing {@code Design} plus an entry in
 * {@link org.groundswell.experiments.design.Designs}; its analysis then reads {@code runs.csv} and
 * {@code design.csv}, or the results as they stream.
 *
 * <p>Depends on the model (metric registry, strategies), the scenarios module (paths, validation, error
 * messages), Commons Math (random and Sobol' sequences) and {@link org.groundswell.experiments.output} for the
 * number format. Knows nothing of running or files beyond reading the experiment.
 */
package org.groundswell.experiments.design;
