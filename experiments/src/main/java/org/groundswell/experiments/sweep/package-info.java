/**
 * {@code groundswell sweep}: the runs an experiment file plans, streamed and resumable.
 *
 * <p>{@link org.groundswell.experiments.sweep.SweepPlan} turns an
 * {@link org.groundswell.experiments.design.Experiment}'s design points into runs (replication r on the same seed
 * at every point and under every strategy); {@link org.groundswell.experiments.sweep.Sweep} runs them on a
 * {@link org.groundswell.experiments.execution.Backend}, appending each finished run to {@code runs.csv} at once
 * so that nothing waits in memory and a crash loses nothing; {@code --resume} runs only the missing run ids, and
 * the file is sorted by {@code run_id} at the end so that it does not depend on the order runs finished in.
 * Charts of each metric against each parameter, and heat maps for two, are drawn from the sorted file.
 *
 * <p>When the experiment asks for a sensitivity analysis, the sorted rows are analysed too, by
 * {@link org.groundswell.experiments.sensitivity.SensitivityAnalysis} (each outcome's mean over replications
 * at each design point, Morris, Sobol' or PRCC on those means, and the replication noise beside them), and
 * what it renders is written here as {@code sensitivity.csv}, {@code report.html} and a chart per outcome.
 *
 * <p>Depends on {@code design}, {@code execution}, {@code sensitivity}, {@code output} and {@code report}; the
 * command line depends on it.
 */
package org.groundswell.experiments.sweep;
