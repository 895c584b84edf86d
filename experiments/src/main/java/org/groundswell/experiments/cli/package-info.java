/**
 * The command line: {@code groundswell} and its subcommands, one small picocli class each. Commands parse
 * options, load the scenario through {@link org.groundswell.scenarios.ScenarioLoader} (or the experiment file
 * through {@link org.groundswell.experiments.design.ExperimentLoader}), and delegate the work to
 * {@link org.groundswell.experiments.output} ({@code run}), {@link org.groundswell.experiments.compare}
 * ({@code compare}) or {@link org.groundswell.experiments.sweep} ({@code sweep}); they hold no model logic. {@link ExitCodes} decides what a user
 * sees when something goes wrong, and with which exit code: 0 done, 1 internal error, 2 bad input.
 *
 * <p>Commands print through their {@link picocli.CommandLine}'s writers, never {@code System.out}, so tests can
 * capture what a user would see; only the progress bar, drawn when standard error is a terminal, writes to
 * {@code System.err} directly. May depend on every other Groundswell package; nothing depends on it.
 */
package org.groundswell.experiments.cli;
