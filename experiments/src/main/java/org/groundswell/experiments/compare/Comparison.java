package org.groundswell.experiments.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.InOrder;
import org.groundswell.experiments.execution.LocalBackend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.report.Table;

/**
 * {@code groundswell compare}: runs a scenario under several strategies in paired replications and writes
 * what came of it — {@code runs.csv} with {@code metadata.json}, {@code timeseries.csv}, {@code timeseries_mean.csv},
 * {@code comparison.csv}, {@code report.html} and {@code charts/} — into an output directory that appears
 * complete or not at all ({@link OutputDirectory}).
 *
 * <p>Runs go to the backend in design order; their results come back in any order and are put back in design
 * order ({@link InOrder}) before anything is written or added up, so every file is the same, byte for byte,
 * whatever the thread count. A run that fails is written with its error and left out of the statistics.
 *
 * {@snippet :
 * CompareSettings settings = new CompareSettings(scenario, List.of("none"), "none", 30, 1, "./groundswell compare");
 * try (Backend backend = new LocalBackend(4); Progress progress = Progress.of("compare", settings.runs(), err, false)) {
 *     Comparison.Result result = Comparison.run(settings, backend, progress, Path.of("results/compare"), false);
 * }
 * }
 */
public final class Comparison {

    /** The folder of the charts inside the output directory. */
    public static final String CHARTS = "charts";

    private Comparison() {
    }

    /**
     * What a comparison wrote.
     *
     * @param directory the output directory, absolute
     * @param files     the files written, relative to it, in the order written
     * @param rows      the statistics, as in {@code comparison.csv}
     * @param failed    how many runs failed
     */
    public record Result(Path directory, List<String> files, List<ComparisonRow> rows, int failed) {

        public Result {
            files = List.copyOf(files);
            rows = List.copyOf(rows);
        }
    }

    /**
     * Runs the comparison and writes its files.
     *
     * @param settings what to run
     * @param backend  where to run it
     * @param progress told of each finished run, and closed when the last is in
     * @param target   the output directory
     * @param replace  whether an existing, non-empty {@code target} may be replaced
     * @return what was written
     * @throws org.groundswell.experiments.output.OutputExistsException if {@code target} is in the way (nothing
     *                                                                   was run)
     * @throws IOException          if writing fails (nothing is left behind)
     * @throws InterruptedException if interrupted (nothing is left behind)
     */
    public static Result run(CompareSettings settings, Backend backend, Progress progress, Path target,
                             boolean replace) throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        try (OutputDirectory out = OutputDirectory.create(target, replace)) {
            Path dir = out.path();
            CompareResults results = new CompareResults(settings, Headlines.metrics());
            boolean region = settings.scenario().parameters().region().hasHospitals();
            try (CompareFiles.Streamed streamed = new CompareFiles.Streamed(dir, region)) {
                InOrder ordered = new InOrder(0, result -> {
                    streamed.accept(result);
                    results.add(result);
                });
                backend.run(settings.specs(), (RunResult result) -> {
                    progress.step(result.failed());
                    ordered.accept(result);
                });
            }
            progress.close();
            CompareFiles.writeMetadata(dir, settings);
            files.add(CompareFiles.RUNS);
            files.add(CompareFiles.METADATA);
            files.add(CompareFiles.TIMESERIES);
            if (region) {
                files.add(CompareFiles.HOSPITALS);
            }
            // What is left once the runs are in is written on as many threads as the runs had: the daily means
            // beside the statistics, the charts beside each other and the tables. Each file is made by one thread, so its bytes
            // do not depend on how many there are.
            ExecutorService pool = Executors.newFixedThreadPool(outputThreads(backend), Comparison::daemon);
            try {
                Future<?> means = pool.submit(() -> {
                    CompareFiles.writeDailyMeans(dir, results);
                    return null;
                });
                // Each chart is started as soon as what it shows is known, and this thread goes on with the tables
                // meanwhile; the report, which embeds the charts, waits for them all.
                List<ComparisonRow> rows = ComparisonRow.of(results);
                List<Future<RenderedChart>> drawn = new ArrayList<>(CompareCharts.submit(results, rows, pool));
                CompareFiles.writeComparison(dir, rows);
                CostEffectivenessTable economics = CostEffectivenessTable.of(results);
                if (!economics.isEmpty()) {
                    for (Callable<RenderedChart> drawing : economics.drawings()) {
                        drawn.add(pool.submit(drawing));
                    }
                    Files.writeString(dir.resolve(CostEffectivenessTable.FILE), economics.csv(),
                            StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                    Files.writeString(dir.resolve(CostEffectivenessTable.ACCEPTABILITY), economics.acceptabilityCsv(),
                            StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                }
                Table verdicts = PosteriorVerdicts.write(dir, results);
                List<RenderedChart> charts = CompareCharts.await(drawn);
                Files.writeString(dir.resolve(CompareReport.FILE), CompareReport.render(results, rows, charts,
                        economics.sentences(), verdicts), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                List<String> chartFiles = new ArrayList<>();
                for (RenderedChart chart : charts) {
                    for (Path written : chart.write(dir.resolve(CHARTS))) {
                        chartFiles.add(dir.relativize(written).toString());
                    }
                }
                done(means);
                files.add(CompareFiles.TIMESERIES_MEAN);
                files.add(CompareFiles.COMPARISON);
                if (!economics.isEmpty()) {
                    files.add(CostEffectivenessTable.FILE);
                    files.add(CostEffectivenessTable.ACCEPTABILITY);
                }
                if (settings.posterior() != null) {
                    files.addAll(PosteriorVerdicts.FILES);
                }
                files.add(CompareReport.FILE);
                files.addAll(chartFiles);
                out.commit();
                return new Result(out.target(), files, rows, results.failures().size());
            } finally {
                stop(pool);
            }
        }
    }

    /** Stops the output threads, waiting for a task still writing (after a failure) so that it ends first. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The threads the backend ran on, if it is this machine's; else every core. */
    private static int outputThreads(Backend backend) {
        return backend instanceof LocalBackend local ? local.threads() : LocalBackend.defaultThreads();
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "groundswell-output");
        t.setDaemon(true);
        return t;
    }

    /**
     * Waits for {@code task} and rethrows what it threw.
     *
     * @throws IOException          if it failed writing
     * @throws InterruptedException if interrupted while waiting
     */
    static <T> T done(Future<T> task) throws IOException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
