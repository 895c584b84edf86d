package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.ExperimentLoader;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.experiments.sweep.Sweep;
import org.groundswell.experiments.sweep.SweepPlan;
import org.groundswell.scenarios.ScenarioException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code groundswell sweep}: the runs an experiment file asks for, in parallel, streamed to {@code runs.csv}
 * and resumable.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Run a parameter sweep described by an experiment file; resumable.",
        description = {
            "",
            "Reads EXPERIMENT, a bundled experiment by name or a file (YAML or JSON: scenario, strategies, replications, seed, days, parameters, design, "
                + "metrics, analysis, outcomes, rules, objective; see docs/experiments.md), checks all of it, then runs every design "
                + "point under every strategy in every replication. Replication r has the same seed at every point "
                + "and under every strategy. Writes to the output directory:",
            "  experiment.yaml  the experiment file as given",
            "  design.csv       a row per design point: its parameter values",
            "  runs.csv         a row per run, appended as each finishes: run_id, point,",
            "                   strategy, replication, seed, parameters, every metric, error;",
            "                   sorted by run_id once all are in",
            "  metadata.json    the build (version, git commit, clean or dirty tree) that",
            "                   ran the runs, the experiment, each metric's label and unit",
            "  points.csv       per point, strategy and metric: mean, SD, 95%% CI",
            "  report.html      what was run, a table per metric, the charts",
            "  charts/*.png     each charted metric against each swept parameter, with a",
            "                   smoothed mean; a heat map when two parameters are swept",
            "With a sensitivity analysis (design type morris or saltelli, or analysis: prcc), also:",
            "  sensitivity.csv  a row per outcome, parameter and statistic: Morris mu,",
            "                   mu_star, sigma; Sobol' S1, ST with 95%% intervals; prcc,",
            "                   p_value; and each outcome's replication noise",
            "  report.html      its sensitivity section: which parameters matter most for",
            "                   each outcome, in words, with tables and charts",
            "  charts/morris-*.png, sobol-*.png, prcc-*.png: a chart per outcome",
            "With analysis: discovery (rules, and an objective), also:",
            "  discovery.csv    the PRIM boxes where each rule holds: rule, box, parameter,",
            "                   lower, upper, coverage, density, mass, quasi-p-values",
            "  discovery_points.csv  each point: does the rule hold, the paired difference",
            "  robustness.csv   each strategy's mean, worst and regret; minimax regret",
            "  report.html      each box in words, with its charts, and the robust choice",
            "How to load every file in pandas or R: docs/data.md.",
            "If a sweep is interrupted (Ctrl-C, a crash, a full disk), run the same command with --resume: it runs "
                + "only what is missing, and the files end as if nothing had happened. The results do not depend "
                + "on --threads.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell sweep staffing-sweep",
            "      A bundled experiment, into results/sweep-staffing-sweep/, on every core.",
            "  groundswell sweep staffing-sweep --resume",
            "      Finish a sweep that was interrupted.",
            "  groundswell sweep verdict-morris",
            "      Which assumptions decide whether partnership beats top-down (Morris).",
            "  groundswell experiments show staffing-sweep > my-sweep.yaml",
            "      A bundled experiment as a file to edit, which then runs with",
            "      groundswell sweep my-sweep.yaml",
            "  groundswell sweep where-top-down-wins",
            "      Where top-down beats partnership (PRIM scenario discovery).",
            "  groundswell sweep verdict-sobol --threads 8 --out /scratch/sobol --force",
            "      Eight threads, replacing an earlier sweep's results.",
            "  spark-submit groundswell-spark.jar sweep verdict-sobol --backend spark",
            "      On a Spark cluster: see 'Running a sweep on a cluster' in README.md."
        })
public final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT",
            description = "A bundled experiment's name (see 'groundswell experiments list'), or an experiment file "
                    + "(YAML or JSON; see docs/experiments.md). A file that exists wins over a bundled name.")
    private String experimentReference;

    @Mixin
    private OutOption out;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--resume",
            description = "Go on with the sweep already in the output directory: run only the runs missing from "
                    + "its runs.csv. Default: ${DEFAULT-VALUE}.")
    private boolean resume;

    @Mixin
    private BackendOption backend;

    @Mixin
    private ForceOption force;

    @Override
    public Integer call() throws ScenarioException, IOException, InterruptedException {
        if (resume && force.given()) {
            throw usage("--resume and --force: choose one; --resume goes on with the sweep in the output "
                    + "directory, --force replaces it");
        }
        int workers = threads.workers();
        ExperimentLoader.Source source = ExperimentLoader.open(experimentReference);
        Experiment experiment = ExperimentLoader.parse(source.text(), source.name());
        Path target = out.orElse(Path.of("results", "sweep-" + RunCommand.safeName(experiment.name())));
        if (resume) {
            Sweep.checkResumable(target);
        } else {
            OutputDirectory.check(target.toAbsolutePath().normalize(), force.given());
        }
        SweepPlan plan = new SweepPlan(experiment);
        // The backend last: a Spark backend starts Spark, which a bad file or option should not wait for.
        try (Backend runner = backend.create(workers)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sweep: " + experiment.name() + ": " + plan.points().size() + " points × "
                    + experiment.strategies().size() + " strateg" + (experiment.strategies().size() == 1 ? "y" : "ies")
                    + " × " + experiment.replications() + " replication" + (experiment.replications() == 1 ? "" : "s")
                    + " = " + plan.runs() + " runs, " + runner.description());
            err.flush();
            String text = source.text();
            boolean terminal = System.console() != null;
            Thread interrupted = resumeHint(err, target);
            Runtime.getRuntime().addShutdownHook(interrupted);
            Sweep.Result result;
            try {
                result = Sweep.run(plan, text, runner, todo -> Progress.of("sweep", todo, err, terminal),
                        target, force.given(), resume);
            } finally {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(experiment.name() + ": " + result.runs() + " runs; " + result.ran() + " run now"
                    + (result.resumed() > 0 ? ", " + result.resumed() + " already done" : "")
                    + (result.failed() > 0 ? "; " + result.failed() + " failed (their errors are in runs.csv)" : ""));
            if (!result.findings().isEmpty()) {
                stdout.println(experiment.analysis() == Analysis.DISCOVERY ? "Scenario discovery:"
                        : "Sensitivity (" + experiment.analysis().id() + "), most influential first:");
                result.findings().forEach(line -> stdout.println("  " + line));
            }
            stdout.println("Results in " + result.directory() + ": " + String.join(", ", result.files()));
            stdout.flush();
        }
        return ExitCodes.DONE;
    }

    /**
     * What a sweep stopped by Ctrl-C (or a kill) says on its way out: how to go on. A shutdown hook, removed
     * once the sweep is over, so only an interrupted sweep says it.
     */
    private String resumeCommand(Path target) {
        return "groundswell sweep " + experimentReference + (out.given() ? " --out " + target : "") + " --resume";
    }

    private Thread resumeHint(PrintWriter err, Path target) {
        String line = "\nsweep interrupted: the runs finished so far are kept in " + target + "/runs.csv; "
                + resumeCommand(target) + " runs only the rest.";
        return new Thread(() -> {
            err.println(line);
            err.flush();
        }, "sweep-interrupted");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
