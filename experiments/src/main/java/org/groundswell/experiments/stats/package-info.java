/**
 * The statistics of replicated experiments: a mean with its 95% confidence interval
 * ({@link org.groundswell.experiments.stats.Estimate}), a strategy against the baseline replication by
 * replication ({@link org.groundswell.experiments.stats.PairedDifference}: paired t-test, Wilcoxon signed-rank
 * test, Cohen's d<sub>z</sub>), daily means with a band
 * ({@link org.groundswell.experiments.stats.DailyBands}), and cost-effectiveness against the baseline
 * ({@link org.groundswell.experiments.stats.CostEffectiveness}: ICER, dominance, net monetary benefit, the
 * acceptability curve, with bootstrap intervals). Every formula cites its source; the distributions
 * and tests are Apache Commons Math 3.6.1's.
 *
 * <p>Pure computation on arrays: depends on Commons Math only, knows nothing of the model, files or charts.
 */
package org.groundswell.experiments.stats;
