package org.groundswell.experiments.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.discovery.Discovery;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.experiments.output.OutputExistsException;
import org.groundswell.experiments.output.RunsMetadata;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.sensitivity.OutcomeSensitivity;
import org.groundswell.experiments.sensitivity.SensitivityAnalysis;
import org.groundswell.experiments.sensitivity.SensitivityCharts;
import org.groundswell.experiments.sensitivity.SensitivityCsv;
import org.groundswell.experiments.sensitivity.SensitivityReport;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * {@code groundswell sweep}: runs every point of an experiment's design, streaming each finished run to
 * {@code runs.csv}, and resumable after a crash. The output directory holds:
 * <pre>
 * experiment.yaml  the experiment file as given (rewritten on resume)
 * design.csv       point, same_as, then each swept parameter's value        a row per design point
 * runs.csv         run_id, point, strategy, replication, seed, each swept
 *                  parameter, every metric, error                          a row per run
 * metadata.json    the build that started the sweep (and any that resumed it), what it runs, the CSV dialect,
 *                  every metric's label and unit
 * points.csv       point, strategy, each swept parameter, metric, n, mean,
 *                  sd, ci_low, ci_high                                     a row per point, strategy and metric
 * report.html      what was run, the mean and 95% CI of each charted metric at each point, the charts
 * charts/*.png     each charted metric against each parameter; heat maps for two parameters
 * </pre>
 * and, when the experiment asks for a sensitivity analysis (a {@code morris} or {@code saltelli} design, or
 * {@code analysis: prcc}), computed from the sorted {@code runs.csv}:
 * <pre>
 * sensitivity.csv  outcome, parameter, method, statistic, value, ci_low, ci_high
 * report.html      (in place of the plain one) the ranking of the parameters for each outcome, in words,
 *                  with tables and charts, and the points' tables folded below
 * charts/morris-*.png, sobol-*.png, prcc-*.png   a chart per outcome
 * </pre>
 * and with {@code analysis: discovery} what {@link Discovery} writes: {@code discovery.csv},
 * {@code discovery_points.csv}, {@code robustness.csv}, {@code report.html} and its charts.
 * Unlike {@code run} and {@code compare}, a sweep writes into its directory as it goes — that is what lets it
 * resume: the directory first appears (atomically) with {@code experiment.yaml}, {@code design.csv} and the
 * header of {@code runs.csv}; rows are appended as runs finish, in whatever order; when all are in,
 * {@code runs.csv} is rewritten sorted by {@code run_id} and the charts are drawn. A sweep interrupted at any
 * point and resumed with {@code --resume} runs only the runs whose ids are missing and ends with the same
 * files, byte for byte, as one that was never interrupted; so does a sweep at any thread count.
 */
public final class Sweep {

    /** The copy of the experiment file in the output directory. */
    public static final String EXPERIMENT = "experiment.yaml";
    /** The design points. */
    public static final String DESIGN = "design.csv";
    /** The charts folder. */
    public static final String CHARTS = "charts";

    private Sweep() {
    }

    /**
     * What a sweep did.
     *
     * @param directory the output directory, absolute
     * @param files     the files in it, relative
     * @param runs      the runs the experiment plans
     * @param ran       the runs this invocation ran
     * @param resumed   the runs that were already in {@code runs.csv}
     * @param failed    the runs in {@code runs.csv} that failed
     * @param findings  the sensitivity analysis, a line per outcome ranking the parameters; or scenario discovery,
     *                  a line per box and per robust outcome; empty without either
     */
    public record Result(Path directory, List<String> files, long runs, long ran, long resumed, long failed,
                         List<String> findings) {

        public Result {
            files = List.copyOf(files);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Runs the sweep.
     *
     * @param plan           the experiment's runs
     * @param experimentText the experiment file's text, copied into the output directory
     * @param backend        where to run
     * @param progress       makes the progress report, given the number of runs still to do
     * @param target         the output directory
     * @param replace        whether an existing, non-empty {@code target} may be replaced (not with resume)
     * @param resume         whether to go on with the runs already in {@code target}
     * @return what was done
     * @throws OutputExistsException if {@code target} is in the way, or there is nothing there to resume, or
     *                               what is there is another experiment's
     * @throws IOException           if a file cannot be written
     * @throws InterruptedException  if interrupted; the rows written so far stay, ready to resume
     */
    public static Result run(SweepPlan plan, String experimentText, Backend backend,
                             LongFunction<Progress> progress, Path target, boolean replace, boolean resume)
            throws IOException, InterruptedException {
        Path dir = target.toAbsolutePath().normalize();
        Path runsPath = dir.resolve(RunsFile.FILE);
        List<String> header = header(plan);
        if (resume) {
            checkResumable(dir);
        } else {
            try (OutputDirectory out = OutputDirectory.create(dir, replace)) {
                Files.writeString(out.path().resolve(EXPERIMENT), experimentText, StandardCharsets.UTF_8);
                writeDesign(out.path().resolve(DESIGN), plan.points());
                RunsFile.create(out.path().resolve(RunsFile.FILE), header).close();
                Files.writeString(out.path().resolve(RunsMetadata.FILE), metadata(plan, Optional.empty()),
                        StandardCharsets.UTF_8);
                out.commit();
            }
        }
        RunsFile runs = RunsFile.resume(runsPath, header);
        Set<String> done = runs.done();
        long resumed;
        try {
            resumed = checkDone(plan, done, runsPath);
            if (resume) {
                replaceFile(dir.resolve(EXPERIMENT), experimentText);
                Path design = dir.resolve(DESIGN + ".tmp");
                writeDesign(design, plan.points());
                RunsFile.replace(design, dir.resolve(DESIGN));
                Path metadata = dir.resolve(RunsMetadata.FILE);
                replaceFile(metadata, metadata(plan, RunsMetadata.read(metadata)));
            }
        } catch (IOException | RuntimeException e) {
            runs.close();
            throw e;
        }
        long todo = plan.runs() - resumed;
        Thread closeOnExit = new Thread(() -> {
            try {
                runs.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the rows written so far are on disk
            }
        }, "groundswell-sweep-close");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
        try (runs; Progress report = progress.apply(todo)) {
            backend.run(plan.specs(done), (RunResult result) -> {
                runs.append(row(plan, result));
                report.step(result.failed());
            });
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException exiting) {
                // already shutting down: the hook is running
            }
        }
        List<List<String>> rows = RunsFile.sortByRunId(runsPath);
        int errorColumn = header.size() - 1;
        long failed = rows.stream().filter(r -> !r.get(errorColumn).isEmpty()).count();
        List<String> files = new ArrayList<>(List.of(EXPERIMENT, DESIGN, RunsFile.FILE, RunsMetadata.FILE,
                PointSummaries.FILE));
        List<PointSummaries.PointSummary> summaries = PointSummaries.of(header, rows,
                plan.experiment().strategies(), plan.experiment().parameters());
        replaceFile(dir.resolve(PointSummaries.FILE),
                PointSummaries.render(summaries, plan.experiment().parameters()));
        List<OutcomeSensitivity> sensitivity = SensitivityAnalysis.analyse(plan.points(), header, rows);
        List<RenderedChart> sensitivityCharts = SensitivityCharts.render(plan.experiment(), sensitivity);
        List<RenderedChart> sweepCharts = SweepCharts.render(plan, header, rows);
        Discovery.Written discovery = Discovery.of(plan.points(), header, rows, plan.runs(), failed);
        try (OutputDirectory charts = OutputDirectory.create(dir.resolve(CHARTS), true)) {
            List<RenderedChart> all = new ArrayList<>(sweepCharts);
            all.addAll(sensitivityCharts);
            all.addAll(discovery.charts());
            for (RenderedChart chart : all) {
                chart.write(charts.path());
                files.add(CHARTS + "/" + chart.file());
            }
            charts.commit();
        }
        if (sensitivity.isEmpty()) {
            if (!discovery.files().containsKey(SweepReport.FILE)) {
                replaceFile(dir.resolve(SweepReport.FILE),
                        SweepReport.render(plan.points(), summaries, sweepCharts, plan.runs(), failed));
                files.add(5, SweepReport.FILE);
            }
        } else {
            replaceFile(dir.resolve(SensitivityCsv.FILE), SensitivityCsv.render(sensitivity));
            replaceFile(dir.resolve(SensitivityReport.FILE),
                    SensitivityReport.render(plan.points(), sensitivity, sensitivityCharts, plan.runs(), failed,
                            SweepReport.tables(plan.experiment(), summaries)));
            files.addAll(5, List.of(SensitivityCsv.FILE, SensitivityReport.FILE));
        }
        for (Map.Entry<String, String> file : discovery.files().entrySet()) {
            replaceFile(dir.resolve(file.getKey()), file.getValue());
        }
        files.addAll(4, discovery.files().keySet());
        List<String> findings = new ArrayList<>(sensitivity.stream().map(SensitivityReport::summary).toList());
        findings.addAll(discovery.findings());
        return new Result(dir, files, plan.runs(), todo, resumed, failed, findings);
    }

    /**
     * Throws unless {@code target} holds a sweep's {@code runs.csv} to resume.
     *
     * @throws OutputExistsException if it does not
     */
    public static void checkResumable(Path target) throws OutputExistsException {
        Path dir = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(RunsFile.FILE))) {
            throw new OutputExistsException("nothing to resume in " + dir + ": it has no " + RunsFile.FILE
                    + "; start the sweep without --resume");
        }
    }

    /**
     * {@code metadata.json}: the build that started the sweep and any that resumed it ({@link RunsMetadata}), and
     * what the experiment runs.
     */
    private static String metadata(SweepPlan plan, Optional<ObjectNode> earlier) throws IOException {
        Experiment e = plan.experiment();
        String source = e.source();
        String bundled = "bundled:";
        ObjectNode meta = RunsMetadata.of("sweep", "./groundswell sweep "
                + (source.startsWith(bundled) ? source.substring(bundled.length()) : source));
        meta.put("experiment_name", e.name());
        meta.put("experiment_source", source);
        meta.put("scenario_name", e.scenario().name());
        meta.put("scenario_source", e.scenario().source());
        ArrayNode strategies = meta.putArray("strategies");
        e.strategies().forEach(strategies::add);
        meta.put("replications", e.replications());
        meta.put("seed", e.seed());
        ArrayNode parameters = meta.putArray("parameters");
        e.parameters().forEach(p -> parameters.add(p.path()));
        meta.put("points", plan.points().size());
        meta.put("runs", plan.runs());
        RunsMetadata.resumed(meta, earlier);
        return RunsMetadata.text(meta);
    }

    /** The columns of {@code runs.csv}. */
    static List<String> header(SweepPlan plan) {
        List<String> header = new ArrayList<>(List.of("run_id", "point", "strategy", "replication", "seed"));
        plan.experiment().parameters().stream().map(SweptParameter::path).forEach(header::add);
        Metrics.all().stream().map(Metric::name).forEach(header::add);
        header.add("error");
        return header;
    }

    private static List<String> row(SweepPlan plan, RunResult result) {
        RunSpec spec = result.spec();
        List<String> row = new ArrayList<>(List.of(spec.runId(), Integer.toString(spec.point()), spec.strategy(),
                Integer.toString(spec.replication()), Long.toString(spec.seed())));
        row.addAll(plan.points().displayValues(spec.point()));
        for (Metric m : Metrics.all()) {
            row.add(result.failed() ? "" : Numbers.format(result.metric(m.name())));
        }
        row.add(result.failed() ? result.error() : "");
        return row;
    }

    /**
     * How many of {@code done} the plan has; every one must be planned, or the file is another experiment's
     * (or this one's before it was changed).
     */
    private static long checkDone(SweepPlan plan, Set<String> done, Path runsPath) throws OutputExistsException {
        if (done.isEmpty()) {
            return 0;
        }
        long planned = 0;
        for (Iterator<RunSpec> all = plan.specs(Set.of()); all.hasNext();) {
            if (done.contains(all.next().runId())) {
                planned++;
            }
        }
        if (planned < done.size()) {
            throw new OutputExistsException(runsPath + " holds " + (done.size() - planned) + " runs this "
                    + "experiment does not plan: the experiment or its scenario changed since the sweep started. "
                    + "Resume with the experiment as it was, or start again without --resume (and --force)");
        }
        return planned;
    }

    private static void writeDesign(Path file, DesignPoints points) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("point", "same_as"));
            points.experiment().parameters().stream().map(SweptParameter::path).forEach(header::add);
            out.write(Csv.line(header));
            for (int p = 0; p < points.size(); p++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p));
                row.add(points.sameAs(p) < 0 ? "" : Integer.toString(points.sameAs(p)));
                row.addAll(points.displayValues(p));
                out.write(Csv.line(row));
            }
        }
    }

    private static void replaceFile(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        RunsFile.replace(temporary, file);
    }
}
