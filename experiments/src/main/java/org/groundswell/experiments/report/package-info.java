/**
 * What comparisons and sweeps show people: the shared look of their charts
 * ({@link org.groundswell.experiments.report.ChartStyle}, {@link org.groundswell.experiments.report.RenderedChart}),
 * HTML reports rendered from Velocity templates with every inserted value escaped
 * ({@link org.groundswell.experiments.report.HtmlTemplate}), and the literature sources behind a scenario's
 * parameters ({@link org.groundswell.experiments.report.ParameterSources}). The templates are resources in
 * {@code org/groundswell/experiments/report/}.
 *
 * <p>Depends on the model and scenarios modules, JFreeChart, Velocity and Commons Text; knows nothing of
 * compare, sweep or sensitivity, which build their reports from these parts.
 */
package org.groundswell.experiments.report;
