/**
 * {@code groundswell calibrate}: the posterior of a scenario's parameters given a hospital's own figures, by
 * approximate Bayesian computation, and the posterior read back for {@code compare --posterior}.
 *
 * <p>{@link org.groundswell.experiments.calibration.CalibrationLoader} reads and checks a calibration file
 * (targets with their uncertainty, parameters with {@link org.groundswell.experiments.calibration.Prior}s, a
 * {@link org.groundswell.experiments.calibration.Budget}); {@link org.groundswell.experiments.calibration.AbcSmc}
 * is the ABC-SMC sampler, which knows nothing of the hospital: it asks a
 * {@link org.groundswell.experiments.calibration.Simulator} for figures — the model on a backend
 * ({@code ModelSimulator}), or a toy model in the tests — and keeps every simulation in a
 * {@link org.groundswell.experiments.calibration.Journal} ({@code particles.csv}), which is what makes a
 * calibration resumable. {@link org.groundswell.experiments.calibration.CalibrationRun} ties them to an output
 * directory and writes the posterior, the generations, the calibrated scenario, the charts and the report.
 * {@link org.groundswell.experiments.calibration.Posterior}, {@link org.groundswell.experiments.calibration.PosteriorDraws}
 * and {@link org.groundswell.experiments.calibration.Verdicts} serve {@code compare --posterior}.
 *
 * <p>Depends on {@code execution} (backends, seeds), {@code output} and {@code report}; the command line and
 * {@code compare} depend on it. Statistics come from Apache Commons Math.
 */
package org.groundswell.experiments.calibration;
