/**
 * Measurement: the metric registry ({@link org.groundswell.model.metrics.Metrics}), the additive
 * {@link org.groundswell.model.metrics.Counter}s every metric is a ratio of, the day's records, the summary
 * window, and the {@link org.groundswell.model.metrics.CostLedger}. Depends on nothing else in the model.
 */
package org.groundswell.model.metrics;
