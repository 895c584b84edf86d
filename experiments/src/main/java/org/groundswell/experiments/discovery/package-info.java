/**
 * Scenario discovery and robust choice: where in parameter space a rule about two strategies holds, and which
 * strategy one least regrets choosing.
 *
 * <p><b>The methods</b> are pure arithmetic on arrays, knowing nothing of the model or of files:
 * {@link org.groundswell.experiments.discovery.Prim} (Friedman &amp; Fisher 1999's Patient Rule Induction
 * Method, with Bryant &amp; Lempert 2010's choice of box and quasi-p-values) finding
 * {@link org.groundswell.experiments.discovery.PrimBox}es, and
 * {@link org.groundswell.experiments.discovery.Robustness} (minimax regret; Savage 1951, Lempert et al. 2003).
 *
 * <p><b>The analysis of a sweep</b> ({@link org.groundswell.experiments.discovery.DiscoveryAnalysis}) reads the
 * rows of its {@code runs.csv}: for each rule of the experiment
 * ({@link org.groundswell.experiments.design.Rule}) the paired difference between its two strategies at each
 * design point and replication (the runs share their seed: common random numbers), each point classified by
 * the mean of those differences, and PRIM on the classes; the strategies' regret on each rule's metric and on
 * the experiment's {@link org.groundswell.experiments.design.Objective}; and a policy map. It is written as
 * {@code discovery.csv}, {@code discovery_points.csv}, {@code robustness.csv}
 * ({@link org.groundswell.experiments.discovery.DiscoveryFiles}), charts
 * ({@link org.groundswell.experiments.discovery.DiscoveryCharts}) and {@code report.html}
 * ({@link org.groundswell.experiments.discovery.DiscoveryReport}); {@link org.groundswell.experiments.discovery.Discovery}
 * is what the sweep calls.
 *
 * <p>Depends on Commons Math (the binomial test), JFreeChart, {@code design} (the experiment, its points, rules
 * and objective), {@code sensitivity} (reading outcomes from the rows: {@code OutcomeValues}), {@code output}
 * and {@code report} (number format, chart style, the HTML template), {@code execution} for the seeds and the
 * model for metrics and the scenario's calendar. {@code sweep} depends on this package, never the other way.
 */
package org.groundswell.experiments.discovery;
