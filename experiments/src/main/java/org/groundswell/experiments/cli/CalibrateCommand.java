package org.groundswell.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.groundswell.experiments.calibration.AbcSmc;
import org.groundswell.experiments.calibration.Calibration;
import org.groundswell.experiments.calibration.CalibrationLoader;
import org.groundswell.experiments.calibration.CalibrationRun;
import org.groundswell.experiments.calibration.Population;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.scenarios.ScenarioException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code groundswell calibrate}: the posterior of a scenario's parameters given a hospital's figures. */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Calibrate a scenario to a hospital's figures (ABC-SMC); resumable.",
        description = {
            "",
            "Reads CALIBRATION, a bundled calibration by name or a file (scenario, targets, parameters with "
                + "priors, budget, method; see docs/calibration-howto.md), checks all of it, then finds the "
                + "posterior of the parameters by ABC-SMC. Writes to the output directory:",
            "  metadata.json    the build (version, git commit), what is calibrated",
            "  particles.csv    every simulation, appended as it finishes (resumable)",
            "  posterior.csv    the posterior: a row per particle, its weight and parameters",
            "  generations.csv  tolerance, attempts, acceptance rate and ESS per generation",
            "  predictive.csv   the posterior predictive check's runs",
            "  calibrated.yaml  the scenario at the posterior means: a scenario like any",
            "  report.html      the posterior against the prior, the predictive check",
            "  charts/          marginal densities, pairs, predictive checks (PNG, SVG)",
            "If it is interrupted, run the same command with --resume. The results do not depend on --threads or "
                + "--backend.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.INTERNAL_ERROR_HELP, ExitCodes.BAD_INPUT_HELP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  groundswell calibrate safety-net-calibration",
            "      The bundled example, into results/calibrate-safety-net-calibration/.",
            "  groundswell experiments show safety-net-calibration > my-calibration.yaml",
            "      The example as a file to edit: your hospital's figures, your priors.",
            "  groundswell calibrate my-calibration.yaml --particles 40 --generations 3",
            "      A quick look at your own calibration.",
            "  groundswell calibrate my-calibration.yaml --resume",
            "      Go on after an interruption.",
            "  groundswell compare --scenario safety-net-understaffed --posterior p.csv",
            "      The strategies compared across a calibration's posterior (p.csv: its",
            "      posterior.csv), with how likely each is to beat each other: verdicts.csv."
        })
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION",
            description = "A bundled calibration's name (see 'groundswell experiments list'), or a calibration file.")
    private String reference;

    @Option(names = "--particles", paramLabel = "N",
            description = "Particles per generation, overriding the file's budget (2 to 100000).")
    private Integer particles;

    @Option(names = "--generations", paramLabel = "G",
            description = "Generations at most, overriding the file's budget (1 to 1000).")
    private Integer generations;

    @Mixin
    private OutOption out;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--resume", description = "Go on with the calibration in the output directory. Default: "
            + "${DEFAULT-VALUE}.")
    private boolean resume;

    @Mixin
    private BackendOption backend;

    @Mixin
    private ForceOption force;

    @Override
    public Integer call() throws ScenarioException, IOException, InterruptedException {
        if (resume && force.given()) {
            throw usage("--resume and --force: choose one");
        }
        if (particles != null && (particles < 2 || particles > 100_000)) {
            throw usage("--particles " + particles + ": a whole number from 2 to 100000");
        }
        if (generations != null && (generations < 1 || generations > 1000)) {
            throw usage("--generations " + generations + ": a whole number from 1 to 1000");
        }
        int workers = threads.workers();
        CalibrationLoader.Source source = CalibrationLoader.open(reference);
        Calibration calibration = CalibrationLoader.parse(source.text(), source.name());
        calibration = calibration.withBudget(calibration.budget().with(particles, generations));
        Path target = out.orElse(Path.of("results", "calibrate-" + RunCommand.safeName(calibration.name())));
        if (resume) {
            CalibrationRun.checkResumable(target);
        } else {
            OutputDirectory.check(target.toAbsolutePath().normalize(), force.given());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Backend runner = backend.create(workers)) {
            err.println("calibrate: " + calibration.name() + ": " + calibration.parameters().size() + " parameters, "
                    + calibration.targets().size() + " targets, " + calibration.budget().particles() + " particles × "
                    + "at most " + calibration.budget().generations() + " generations, " + runner.description());
            err.flush();
            RunCounter counter = new RunCounter(err);
            String hint = "\ncalibrate interrupted: the simulations finished so far are kept in " + target
                    + "/particles.csv; " + RunCommand.shellLine(List.of("groundswell", "calibrate", reference))
                    + (out.given() ? " --out " + target : "") + " --resume goes on from there.";
            Thread interrupted = new Thread(() -> {
                err.println(hint);
                err.flush();
            }, "calibrate-interrupted");
            Runtime.getRuntime().addShutdownHook(interrupted);
            CalibrationRun.Outcome outcome;
            try {
                outcome = CalibrationRun.run(calibration, source.text(), reproduce(), runner, counter, counter,
                        target, force.given(), resume);
            } finally {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            Population posterior = outcome.result().posterior();
            stdout.println(calibration.name() + ": posterior of generation " + posterior.generation() + ", "
                    + posterior.size() + " particles, effective sample size "
                    + Math.round(posterior.effectiveSampleSize()) + "; " + outcome.result().stopped()
                    + (outcome.resumed() > 0 ? "; " + outcome.resumed() + " simulations were already done" : ""));
            for (int i = 0; i < calibration.parameters().size(); i++) {
                stdout.println(String.format(Locale.ROOT, "  %-40s mean %s, 90%% interval [%s, %s]",
                        calibration.parameters().get(i).path(), Numbers.format(posterior.mean(i)),
                        Numbers.format(posterior.quantile(i, 0.05)), Numbers.format(posterior.quantile(i, 0.95))));
            }
            stdout.println("Results in " + outcome.directory() + ": " + String.join(", ", outcome.files().stream()
                    .filter(f -> !f.startsWith(CalibrationRun.CHARTS + "/")).toList()) + ", charts/");
            stdout.flush();
        }
        return ExitCodes.DONE;
    }

    private String reproduce() {
        List<String> words = new ArrayList<>(List.of("./groundswell", "calibrate", reference));
        if (particles != null) {
            words.addAll(List.of("--particles", particles.toString()));
        }
        if (generations != null) {
            words.addAll(List.of("--generations", generations.toString()));
        }
        return RunCommand.shellLine(words);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Plain progress lines: each generation as it starts, and the runs done every few seconds. */
    private static final class RunCounter implements Progress, AbcSmc.Listener {

        private final PrintWriter err;
        private long runs;
        private long failed;
        private long last = System.nanoTime();

        RunCounter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void generation(int generation, double tolerance) {
            err.println("calibrate: generation " + generation + (Double.isInfinite(tolerance) ? " (from the prior)"
                    : ", tolerance " + Numbers.format(tolerance)) + "; " + runs + " runs so far");
            err.flush();
        }

        @Override
        public void step(boolean failedRun) {
            runs++;
            failed += failedRun ? 1 : 0;
            if (System.nanoTime() - last > LINE_SECONDS * 1_000_000_000L) {
                last = System.nanoTime();
                err.println("calibrate: " + runs + " runs" + (failed > 0 ? ", " + failed + " failed" : ""));
                err.flush();
            }
        }

        @Override
        public void close() {
            err.println("calibrate: " + runs + " runs done" + (failed > 0 ? ", " + failed + " failed" : ""));
            err.flush();
        }
    }
}
