/**
 * Sweeps: the experiment file ({@link org.groundswell.experiments.design.Experiment}, read and validated by
 * {@link org.groundswell.experiments.design.ExperimentLoader}), the parameters it varies
 * ({@link org.groundswell.experiments.design.SweptParameter}), the designs that choose the points
 * ({@link org.groundswell.experiments.design.Design}: grid, random, Latin hypercube, Sobol', and for a
 * sensitivity analysis Morris trajectories and a Saltelli sample), the points they choose as parameter values
 * ({@link org.groundswell.experiments.design.DesignPoints}, what {@code design.csv} lists), and what a
 * sensitivity analysis explains ({@link org.groundswell.experiments.design.Analysis},
 * {@link org.groundswell.experiments.design.Outcome}: a metric under a strategy, or the contrast between two
 * strategies on common random numbers).
 *
 * <p>Designs work in the unit hypercube and parameters map coordinates to values, so a new design is one class
 * implementing {@code Design} plus an entry in {@link org.groundswell.experiments.design.Designs}. Every design
 * of the application lives here, those of a sensitivity analysis included: the Morris design draws its points
 * as {@link org.groundswell.experiments.design.MorrisDesign.Trajectories} and the Saltelli design as
 * {@link org.groundswell.experiments.design.SaltelliDesign.Matrices}, the structure the estimators of
 * {@code org.groundswell.experiments.sensitivity} need besides the points.
 *
 * <p>Depends on the model (metric registry, strategies), the scenarios module (paths, validation, error
 * messages), Commons Math (random and Sobol' sequences) and {@link org.groundswell.experiments.output} for the
 * number format. Knows nothing of running, of analyses or of files beyond reading the experiment;
 * {@code sensitivity} and {@code sweep} depend on it.
 */
package org.groundswell.experiments.design;
