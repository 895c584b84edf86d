/**
 * {@code groundswell compare}: one scenario under several change strategies, in paired replications.
 *
 * <p>{@link org.groundswell.experiments.compare.CompareSettings} plans the runs (replication r of every strategy
 * on the same seed; the strategies of a replication branch from one warm-up);
 * {@link org.groundswell.experiments.compare.Comparison} runs them on a
 * {@link org.groundswell.experiments.execution.Backend}, puts the results back in design order, streams
 * {@code runs.csv} and {@code timeseries.csv}, adds up the statistics
 * ({@link org.groundswell.experiments.compare.ComparisonRow}: mean and 95% interval per strategy and metric, the
 * paired difference from the baseline with its tests), and writes {@code comparison.csv},
 * {@code timeseries_mean.csv}, the charts and {@code report.html}.
 * {@link org.groundswell.experiments.compare.CompareTable} is what the console shows. With
 * {@code --posterior}, replication r runs at a parameter set drawn from a calibration's posterior, and
 * {@code PosteriorVerdicts} adds {@code verdicts.csv}, {@code draws.csv} and the report's table of verdicts.
 *
 * <p>Depends on {@code execution}, {@code stats}, {@code output}, {@code report} and, for the posterior,
 * {@code calibration}; the command line depends on it.
 */
package org.groundswell.experiments.compare;
