package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.groundswell.experiments.output.RunOutput;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * {@code groundswell run}: one run of one scenario with one seed, written to an output directory.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Run one scenario with one seed and write its results.",
        description = {
            "",
            "Simulates the scenario day by day: first the warm-up (days -warmupDays to -1), then the strategy "
                + "period (day 0 onwards). Writes to the output directory:",
            "  timeseries.csv  a row per day: day, then every metric",
            "  units.csv       a row per day and unit: the unit-level metrics",
            "  patients.csv    with --patients: a row per hospital stay that ended",
            "  summary.json    metrics over the summary window (by default the last",
            "                  90 days), costs, the scenario as resolved, seed, version",
            "                  and git commit of the build",
            "  charts/*.png    quality, cost, burnout and staffing over time",
            "The directory appears complete or not at all, and is never overwritten without --force. "
                + "The same scenario and seed always give the same files.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell run --seed 7",
            "      The default scenario, seed 7: results/run-community-hospital-seed7/",
            "  groundswell run --days 365 --set staffing.patientsPerNurse=6",
            "      A one-year strategy period with six patients per nurse.",
            "  groundswell run --set units.icu.beds=30 --patients --out results/icu30",
            "      A bigger ICU, with a row per patient, into results/icu30/.",
            "  groundswell run --scenario my-hospital.yaml --force",
            "      Your own scenario file, replacing earlier results of the same seed."
        })
public final class RunCommand implements Callable<Integer> {

    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenario;

    @Mixin
    private SeedOption seed;

    @Mixin
    private OutOption out;

    @Mixin
    private ForceOption force;

    @Option(names = "--patients",
            description = "Also write patients.csv, a row per hospital stay, for patient-level analysis. "
                    + "Default: ${DEFAULT-VALUE}.")
    private boolean patients;

    @Override
    public Integer call() throws ScenarioException, IOException {
        Scenario resolved = ScenarioLoader.load(scenario.scenario(), scenario.sets(seed.value()));
        HospitalParameters p = resolved.parameters();
        Path target = out.orElse(Path.of(defaultOut(resolved.name(), p.seed()) + scenario.overridesTag()));
        RunOutput.Result result = RunOutput.write(resolved, patients, reproduce(p), target, force.given());

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(SummaryTable.format(resolved.name() + ", seed " + p.seed() + scenario.overridesShown(),
                result.summary()));
        stdout.println();
        stdout.println("Results in " + result.directory() + ": " + String.join(", ", result.files()));
        stdout.flush();
        return ExitCodes.DONE;
    }

    /** {@code results/run-<scenario>-seed<seed>}, relative to the working directory. */
    static Path defaultOut(String scenarioName, long seed) {
        return Path.of("results", "run-" + safeName(scenarioName) + "-seed" + seed);
    }

    /** {@code name} with every run of characters unsafe in a file name replaced by a hyphen. */
    static String safeName(String name) {
        return SAFE_FILE_NAME.matcher(name).replaceAll("-");
    }

    /**
     * The command line that reruns this run and gives the same results: the scenario, the user's sets, and
     * the calendar and seed as resolved. Leaves out where the files go (--out, --force).
     */
    private String reproduce(HospitalParameters p) {
        List<String> words = new ArrayList<>(List.of("./groundswell", "run", "--scenario", scenario.scenario()));
        for (String set : scenario.userSets()) {
            words.add("--set");
            words.add(set);
        }
        words.addAll(List.of("--days", Integer.toString(p.days()), "--seed", Long.toString(p.seed())));
        if (patients) {
            words.add("--patients");
        }
        return shellLine(words);
    }

    /** {@code words} as one shell command line, each quoted if it needs it. */
    static String shellLine(List<String> words) {
        return String.join(" ", words.stream().map(RunCommand::shellQuote).toList());
    }

    private static String shellQuote(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
