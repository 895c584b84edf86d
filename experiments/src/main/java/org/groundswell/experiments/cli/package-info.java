/**
 * The command line: {@code groundswell} and its subcommands, one small picocli class each. Commands parse
 * options, load the scenario through {@link org.groundswell.scenarios.ScenarioLoader} (or the experiment file
 * through {@link org.groundswell.experiments.design.ExperimentLoader}), and delegate the work to
 * {@link org.groundswell.experiments.output} ({@code run}), {@link org.groundswell.experiments.compare}
 * ({@code compare}), {@link org.groundswell.experiments.sweep} ({@code sweep}) or the gui module ({@code gui});
 * they hold no model logic. {@link ExitCodes} decides what a user sees when something goes wrong, and with which
 * exit code: 0 done, 1 internal error, 2 bad input.
 *
 * <p>Options that several commands share are picocli mixins, declared once with their checks:
 * {@link ScenarioOptions} ({@code --scenario}, {@code --set}, {@code --days}), {@link SeedOption},
 * {@link ThreadsOption}, {@link BackendOption}, {@link OutOption} and {@link ForceOption}, one option each so
 * that every command lists its options in its own order. Their help text is in {@link OptionDescriptions}, where
 * a command can word an option for what it means there.
 *
 * <p>Commands print through their {@link picocli.CommandLine}'s writers, never {@code System.out}, so tests can
 * capture what a user would see; only the progress bar, drawn when standard error is a terminal, writes to
 * {@code System.err} directly. May depend on every other Groundswell package; nothing in the application depends
 * on it (the Spark module's tests run the command line through {@link GroundswellCommand}).
 */
package org.groundswell.experiments.cli;
