package org.groundswell.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.groundswell.experiments.compare.CompareSettings;
import org.groundswell.experiments.compare.Comparison;
import org.groundswell.experiments.execution.LocalBackend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.model.change.Strategies;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does the default {@code compare} — every strategy × 30 replications of the default scenario, with
 * every file, chart and the report written — take on one thread and on two, and how well does it use the
 * second core?
 *
 * <p>Each invocation is one whole comparison into a fresh directory, as {@code groundswell compare} runs it
 * once its command line is read: the runs, {@code runs.csv} and {@code timeseries.csv} streamed as they
 * arrive, then {@code timeseries_mean.csv}, {@code comparison.csv}, the charts and {@code report.html}. The
 * baseline is {@code threads = 1}; parallel efficiency = (time on 1 thread) / (2 × time on 2), target at least
 * 0.9. What this leaves out, the JVM's start and the scenario's loading, is what separates it from the
 * end-to-end figure of {@code benchmarks/README.md} (target: 15 s on two cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 4)
@Fork(1)
public class CompareBenchmark {

    private static final int REPLICATIONS = 30;

    /** Worker threads of the backend. */
    @Param({"1", "2"})
    public int threads;

    private CompareSettings settings;
    private Path directory;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load("community-hospital");
        settings = new CompareSettings(scenario, Strategies.ids(), Strategies.NONE, REPLICATIONS,
                scenario.parameters().seed(), "groundswell compare");
    }

    @Setup(Level.Invocation)
    public void directory() throws IOException {
        directory = Files.createTempDirectory("compare-benchmark");
    }

    /** The default comparison, start to report. */
    @Benchmark
    public Comparison.Result compare() throws IOException, InterruptedException {
        try (LocalBackend backend = new LocalBackend(threads);
             Progress progress = Progress.of("compare", settings.runs(), new PrintWriter(Writer.nullWriter()),
                     false)) {
            return Comparison.run(settings, backend, progress, directory.resolve("compare"), false);
        }
    }

    @TearDown(Level.Invocation)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
