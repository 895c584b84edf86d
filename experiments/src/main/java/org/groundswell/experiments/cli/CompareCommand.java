package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.groundswell.experiments.calibration.Posterior;
import org.groundswell.experiments.calibration.PosteriorDraws;
import org.groundswell.experiments.compare.CompareSettings;
import org.groundswell.experiments.compare.CompareTable;
import org.groundswell.experiments.compare.Comparison;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.model.change.Strategies;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

import org.apache.commons.text.similarity.LevenshteinDistance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code groundswell compare}: a scenario under several strategies, in paired replications, with statistics,
 * charts and a report.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Compare change strategies on one scenario, in paired replications, with a report.",
        description = {
            "",
            "Runs the scenario under each strategy, --replications times. Replication r of every strategy uses "
                + "the same seed (derived from --seed and r), so the strategies meet the same patients and staff "
                + "and are compared replication by replication; each replication's warm-up runs once and every "
                + "strategy starts from a copy of it. Writes to the output directory:",
            "  report.html          the comparison in plain words, tables and charts:",
            "                       one file, images embedded, to open or forward",
            "  comparison.csv       per strategy and metric: mean, SD, 95%% CI; versus the",
            "                       baseline: paired difference with its 95%% CI (also in %%),",
            "                       paired t-test and Wilcoxon p-values, effect size d_z",
            "  runs.csv             a row per run: strategy, replication, seed, run_id,",
            "                       summary metrics (the last 90 days), error if it failed",
            "  metadata.json        the build (version, git commit, clean or dirty tree), what",
            "                       was compared, each metric's label and unit",
            "  timeseries.csv       a row per run and day of the strategy period",
            "  timeseries_mean.csv  per strategy, metric and day: mean over replications,",
            "                       95%% CI",
            "  cost_effectiveness.csv, cost_effectiveness_acceptability.csv: incremental",
            "                       cost, events avoided and ICER against the baseline",
            "  charts/*.svg, *.png  each headline metric over time per strategy with its 95%%",
            "                       band; differences from the baseline; cost-effectiveness",
            "How to load every file in pandas or R: docs/data.md.",
            "The directory appears complete or not at all, and is never overwritten without --force. The same "
                + "options give byte-identical files, whatever --threads.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell compare",
            "      Every strategy on the default scenario, 30 replications, into",
            "      results/compare-community-hospital/.",
            "  groundswell compare --replications 10 --days 365 --threads 4",
            "      A quicker look: ten replications of one year each, on four threads.",
            "  groundswell compare --set staffing.patientsPerNurse=6 --out results/short",
            "      The strategies in a short-staffed hospital."
        })
public final class CompareCommand implements Callable<Integer> {

    /** Replications when --replications is not given. */
    static final int DEFAULT_REPLICATIONS = 30;
    /** The most replications a comparison may ask for. */
    static final int MAX_REPLICATIONS = 10_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--strategies", paramLabel = "ID", split = ",",
            description = "The strategies to compare, separated by commas; the baseline is added if missing. "
                    + "Default: every bundled strategy (${COMPLETION-CANDIDATES}).",
            completionCandidates = StrategyIds.class)
    private List<String> strategies;

    @Option(names = "--baseline", paramLabel = "ID", defaultValue = Strategies.NONE,
            description = "The strategy the others are compared with. Default: ${DEFAULT-VALUE}.")
    private String baseline;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "" + DEFAULT_REPLICATIONS,
            description = "Replications of each strategy, from 1 to " + MAX_REPLICATIONS + ". Default: "
                    + "${DEFAULT-VALUE}.")
    private int replications;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A calibration's posterior.csv: replication r runs every strategy at a parameter set drawn "
                    + "by weight from it (on replication r's seed), and verdicts.csv says how likely each strategy "
                    + "is to beat each other on each outcome across the posterior.")
    private Path posterior;

    @Mixin
    private SeedOption seed;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private BackendOption backend;

    @Mixin
    private OutOption out;

    @Mixin
    private ForceOption force;

    @Override
    public Integer call() throws ScenarioException, IOException, InterruptedException {
        List<String> ordered = CompareTable.baselineFirst(checkedStrategies(), checked("--baseline", baseline));
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw usage("--replications " + replications + ": a whole number from 1 to " + MAX_REPLICATIONS);
        }
        int workers = threads.workers();
        Long given = seed.value();
        if (given != null && given < 0) {
            throw usage("--seed " + given + ": a whole number from 0");
        }
        Scenario resolved = ScenarioLoader.load(scenario.scenario(), scenario.sets(null));
        Path target = out.orElse(Path.of("results", "compare-" + RunCommand.safeName(resolved.name())
                + scenario.overridesTag() + (posterior == null ? "" : "-posterior")));
        OutputDirectory.check(target.toAbsolutePath().normalize(), force.given());
        long base = given != null ? given : resolved.parameters().seed();
        PosteriorDraws draws = null;
        if (posterior != null) {
            Posterior read = Posterior.read(posterior);
            read.checkAgainst(resolved.parameters());
            draws = PosteriorDraws.of(read, replications, base);
        }
        CompareSettings settings = new CompareSettings(resolved, ordered, baseline, replications, base,
                reproduce(ordered, base, resolved.parameters().days()), draws);

        PrintWriter err = spec.commandLine().getErr();
        Comparison.Result result;
        try (Backend runner = backend.create(workers)) {
            err.println("compare: " + resolved.name() + scenario.overridesShown() + ", " + String.join(", ", ordered)
                    + " × " + replications
                    + " replications = " + settings.runs() + " runs on " + runner.description());
            err.flush();
            try (Progress progress = Progress.of("compare", settings.runs(), err, System.console() != null)) {
                result = Comparison.run(settings, runner, progress, target, force.given());
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(CompareTable.format(settings, result));
        stdout.println();
        stdout.println("Results in " + result.directory() + ": " + String.join(", ", result.files()));
        stdout.flush();
        return ExitCodes.DONE;
    }

    private List<String> checkedStrategies() {
        if (strategies == null || strategies.isEmpty()) {
            return Strategies.ids();
        }
        List<String> ids = new ArrayList<>();
        for (String id : strategies) {
            String s = checked("--strategies", id.strip());
            if (ids.contains(s)) {
                throw usage("--strategies: " + s + " is listed twice; give each strategy once");
            }
            ids.add(s);
        }
        return ids;
    }

    private String checked(String option, String id) {
        if (!Strategies.isKnown(id)) {
            throw usage(option + " " + id + ": " + StrategyIds.unknown(id));
        }
        return id;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The command line that reruns this comparison: everything but where the files go and the threads. */
    private String reproduce(List<String> ordered, long base, int resolvedDays) {
        List<String> words = new ArrayList<>(List.of("./groundswell", "compare", "--scenario", scenario.scenario(),
                "--strategies", String.join(",", ordered), "--baseline", baseline,
                "--replications", Integer.toString(replications)));
        for (String set : scenario.userSets()) {
            words.add("--set");
            words.add(set);
        }
        words.addAll(List.of("--days", Integer.toString(resolvedDays), "--seed", Long.toString(base)));
        if (posterior != null) {
            words.addAll(List.of("--posterior", posterior.toString()));
        }
        return RunCommand.shellLine(words);
    }

    /** The strategy ids, for the help text and for messages about an unknown one. */
    static final class StrategyIds implements Iterable<String> {

        private static final LevenshteinDistance CLOSE = new LevenshteinDistance(3);

        @Override
        public java.util.Iterator<String> iterator() {
            return Strategies.ids().iterator();
        }

        /**
         * What to say about an unknown strategy id: the closest id, if one is near (spelling, or hyphens left
         * out: {@code topdown}), and every id.
         */
        static String unknown(String id) {
            String bare = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
            String closest = null;
            int best = Integer.MAX_VALUE;
            for (String known : Strategies.ids()) {
                int d = CLOSE.apply(known.replace("-", ""), bare);
                if (d >= 0 && d < best) {
                    best = d;
                    closest = known;
                }
            }
            return "unknown strategy" + (closest == null ? "; the" : "; did you mean " + closest + "? The")
                    + " strategies are: " + String.join(", ", Strategies.ids());
        }
    }
}
