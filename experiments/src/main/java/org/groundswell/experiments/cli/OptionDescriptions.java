package org.groundswell.experiments.cli;

import java.util.ListResourceBundle;

/**
 * The help text of the options that commands share through mixins ({@link SeedOption}, {@link ThreadsOption},
 * {@link BackendOption}, {@link OutOption}, {@link ForceOption}), as the resource bundle that
 * {@link GroundswellCommand#newCommandLine()} gives every command. A mixin's option is declared once, but what it
 * means is partly the command's: the seed of one run or of a comparison's replications, the default directory of
 * each command's results. Picocli looks an option's description up under {@code groundswell.COMMAND.KEY} first,
 * then under {@code KEY}, so a key alone is the text every command shows and a qualified key is one command's
 * own.
 *
 * <p>The bundle is handed over as an object, not looked up by name: under {@code spark-submit} picocli may be
 * loaded by a parent of the class loader that holds the application jar, and would not find it.
 */
final class OptionDescriptions extends ListResourceBundle {

    private static final String SCENARIO_SEED = "Default: the scenario's (1 in community-hospital).";
    private static final String REPLACE = "Replace the output directory if it exists and is not empty";

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"groundswell.run." + SeedOption.KEY, "Seed of the run: the same seed gives the same results. The same "
                    + "as --set seed=S. " + SCENARIO_SEED},
            {"groundswell.compare." + SeedOption.KEY, "Seed of the comparison; replication r's seed is derived "
                    + "from it. " + SCENARIO_SEED},
            {"groundswell.gui." + SeedOption.KEY, "Seed of the hospitals; the same as --set seed=S. Default: the "
                    + "scenario's."},

            {ThreadsOption.KEY, "Runs at the same time; the results do not depend on it. Default: every core of "
                    + "this machine."},
            {"groundswell.sweep." + ThreadsOption.KEY, "Runs at the same time (local backend); the results do not "
                    + "depend on it. Default: every core of this machine."},

            {BackendOption.KEY, "Where runs happen: local (this machine's cores) or spark (a Spark cluster, or "
                    + "local[N] without one: run under spark-submit with groundswell-spark.jar; see README.md). The "
                    + "results do not depend on it. Default: ${DEFAULT-VALUE}."},

            {"groundswell.run." + OutOption.KEY, "Output directory. Default: results/run-<scenario>-seed<seed> in "
                    + "the current directory."},
            {"groundswell.compare." + OutOption.KEY, "Output directory. Default: results/compare-<scenario> in the "
                    + "current directory."},
            {"groundswell.sweep." + OutOption.KEY, "Output directory. Default: results/sweep-<experiment name> in "
                    + "the current directory."},
            {"groundswell.calibrate." + OutOption.KEY, "Output directory. Default: results/calibrate-<calibration "
                    + "name> in the current directory."},
            {"groundswell.calibrate." + ThreadsOption.KEY, "Runs at the same time (local backend); the results do "
                    + "not depend on it. Default: every core of this machine."},

            {ForceOption.KEY, REPLACE + ". Default: ${DEFAULT-VALUE}."},
            {"groundswell.sweep." + ForceOption.KEY, REPLACE + " (not with --resume). Default: ${DEFAULT-VALUE}."},
            {"groundswell.calibrate." + ForceOption.KEY, REPLACE + " (not with --resume). Default: "
                    + "${DEFAULT-VALUE}."},
        };
    }
}
