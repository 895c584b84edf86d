/**
 * Global sensitivity analysis: the estimators that turn a model's outputs at the points of a design into
 * sensitivity measures, and the analysis of a finished sweep that applies them.
 *
 * <p><b>The estimators</b> ({@link MorrisAnalysis}, {@link SobolAnalysis}, {@link Prcc} and their results) are
 * pure mathematics on arrays: they know nothing of the model, scenarios or files. The designs whose points
 * they read are in {@code org.groundswell.experiments.design}.
 *
 * <p><b>The analysis of a sweep</b> ({@link SensitivityAnalysis}) takes the rows of its {@code runs.csv}:
 * each outcome's mean over replications at each design point ({@code OutcomeValues}), the experiment's
 * estimator on those means, and the replication noise beside them ({@link OutcomeSensitivity}). It is written
 * as {@code sensitivity.csv} ({@link SensitivityCsv}), a chart per outcome ({@link SensitivityCharts}) and
 * {@code report.html} ({@link SensitivityReport}), each rendered here and written by the sweep.
 *
 * <p><b>Which method when.</b>
 * <ul>
 *   <li><b>Screening</b>, many factors, few runs: Morris elementary effects. A
 *       {@link org.groundswell.experiments.design.MorrisDesign} gives r(k + 1) points (r = 10 to 50
 *       trajectories), {@link MorrisAnalysis} ranks factors by μ* and flags interactions or nonlinearity by σ.
 *       Qualitative: it tells which factors matter, not how much of the variance each explains.</li>
 *   <li><b>Variance decomposition</b>, the few factors that matter: Sobol' indices. A
 *       {@link org.groundswell.experiments.design.SaltelliDesign} gives N(k + 2) points (N = 2<sup>10</sup> or
 *       more), {@link SobolAnalysis} the first-order index (share of variance a factor causes alone) and
 *       total-order index (alone plus interactions), with bootstrap intervals. Model-free: valid for
 *       non-monotone and interacting effects.</li>
 *   <li><b>Monotone trends</b>, from any sample: partial rank correlation. A
 *       {@link org.groundswell.experiments.design.LatinHypercubeDesign} gives n stratified points, {@link Prcc}
 *       a signed coefficient per factor with a p-value. Cheap and readable (more staff, fewer adverse events),
 *       but blind to non-monotone effects.</li>
 * </ul>
 *
 * <p><b>Workflow.</b> Draw a design in [0,1]<sup>k</sup>, one coordinate per factor; map each point to
 * parameter values (a sweep does it with {@code org.groundswell.experiments.design.SweptParameter}); run the
 * model once per point, in the design's row order; pass the outputs, one number per point, to the analysis.
 * Every design and bootstrap is drawn from a seeded {@link org.apache.commons.math3.random.MersenneTwister} or
 * a Sobol' sequence, so an analysis is reproducible from its seeds.
 *
 * <p><b>Stochastic models.</b> Groundswell is stochastic: the same parameters with another seed give
 * another output. That noise adds to the elementary effects (inflating σ and μ*), to V<sub>i</sub> and
 * V(Y), and to the residuals of PRCC. Give each point the mean of several replications, or use the same
 * seed at every point (common random numbers) so that differences between points reflect the parameters.
 *
 * <p>The estimators depend only on Commons Math and on {@code design} (the Morris trajectories and Saltelli
 * matrices they read); the analysis of a sweep also on {@code design}'s experiment and points, on
 * {@code output} and {@code report} (number format, chart style, the HTML template), JFreeChart,
 * {@code execution} for the seeds and the model for the scenario's calendar. {@code sweep} depends on this
 * package, never the other way.
 */
package org.groundswell.experiments.sensitivity;
