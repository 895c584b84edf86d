/**
 * Measurement: the metric registry ({@link org.groundswell.model.metrics.Metrics}), the additive
 * {@link org.groundswell.model.metrics.Counter}s every metric is a ratio of, the day's records, the summary
 * window, the {@link org.groundswell.model.metrics.CostLedger}, the day's overheads and the cost parameters.
 *
 * <p>Depends on {@code kernel} (the roles whose wages it costs) and {@code param}.
 */
package org.groundswell.model.metrics;
