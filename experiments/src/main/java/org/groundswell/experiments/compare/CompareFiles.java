package org.groundswell.experiments.compare;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.experiments.execution.ResultSink;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.RunsMetadata;
import org.groundswell.experiments.stats.DailyBands;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The CSV files of a comparison, in Groundswell's one CSV dialect ({@link Csv}, numbers by {@link Numbers}),
 * metric columns in registry order:
 * <pre>
 * runs.csv            strategy, replication, seed, run_id, every metric, error    a row per run
 * timeseries.csv      strategy, replication, day, every metric                   a row per run and day (day 0 on)
 * comparison.csv      strategy, metric, unit, n, mean, sd, ci_low, ci_high,
 *                     diff, diff_ci_low, diff_ci_high, diff_pct, diff_pct_ci_low,
 *                     diff_pct_ci_high, p_t, p_wilcoxon, effect_size, n_pairs     a row per strategy and metric
 * timeseries_mean.csv strategy, metric, day, n, mean, sd, ci_low, ci_high          a row per strategy, metric, day
 * metadata.json       the build, what was compared, the CSV dialect, every metric's label and unit
 * </pre>
 * Runs are written in design order (replication by replication, strategy by strategy); a failed run has its
 * {@code error} and empty metrics in {@code runs.csv} and no rows in {@code timeseries.csv}. Differences are
 * strategy − baseline, empty on the baseline's rows.
 */
final class CompareFiles {

    static final String RUNS = "runs.csv";
    static final String TIMESERIES = "timeseries.csv";
    /** For a region: a row per run and member hospital, its summary metrics. */
    static final String HOSPITALS = "hospitals.csv";
    static final String COMPARISON = "comparison.csv";
    static final String TIMESERIES_MEAN = "timeseries_mean.csv";
    static final String METADATA = RunsMetadata.FILE;

    private CompareFiles() {
    }

    /** Streams {@value #RUNS} and {@value #TIMESERIES} as runs arrive (in design order). */
    static final class Streamed implements ResultSink, Closeable {

        private final BufferedWriter runs;
        private final BufferedWriter timeseries;
        private final BufferedWriter hospitals;
        private final List<String> row = new ArrayList<>();

        /** @param region whether the scenario is a region, so that {@value #HOSPITALS} is written too */
        Streamed(Path directory, boolean region) throws IOException {
            List<String> metrics = Metrics.all().stream().map(Metric::name).toList();
            runs = create(directory.resolve(RUNS));
            timeseries = create(directory.resolve(TIMESERIES));
            hospitals = region ? create(directory.resolve(HOSPITALS)) : null;
            if (hospitals != null) {
                List<String> header = new ArrayList<>(List.of("strategy", "replication", "seed", "run_id", "hospital"));
                header.addAll(metrics);
                hospitals.write(Csv.line(header));
            }
            List<String> header = new ArrayList<>(List.of("strategy", "replication", "seed", "run_id"));
            header.addAll(metrics);
            header.add("error");
            runs.write(Csv.line(header));
            header = new ArrayList<>(List.of("strategy", "replication", "day"));
            header.addAll(metrics);
            timeseries.write(Csv.line(header));
        }

        @Override
        public void accept(RunResult result) throws IOException {
            row.clear();
            row.add(result.spec().strategy());
            row.add(Integer.toString(result.spec().replication()));
            row.add(Long.toString(result.spec().seed()));
            row.add(result.spec().runId());
            for (Metric m : Metrics.all()) {
                row.add(result.failed() ? "" : Numbers.format(result.metric(m.name())));
            }
            row.add(result.failed() ? result.error() : "");
            runs.write(Csv.line(row));
            if (hospitals != null) {
                for (Map.Entry<String, Map<String, Double>> hospital : result.hospitals().entrySet()) {
                    row.clear();
                    row.add(result.spec().strategy());
                    row.add(Integer.toString(result.spec().replication()));
                    row.add(Long.toString(result.spec().seed()));
                    row.add(result.spec().runId());
                    row.add(hospital.getKey());
                    for (Metric m : Metrics.all()) {
                        Double v = hospital.getValue().get(m.name());
                        row.add(v == null ? "" : Numbers.format(v));
                    }
                    hospitals.write(Csv.line(row));
                }
            }
            if (result.days() == null) {
                return;
            }
            double[][] values = result.days().values();
            for (int d = 0; d < values.length; d++) {
                row.clear();
                row.add(result.spec().strategy());
                row.add(Integer.toString(result.spec().replication()));
                row.add(Integer.toString(result.days().firstDay() + d));
                for (double v : values[d]) {
                    row.add(Numbers.format(v));
                }
                timeseries.write(Csv.line(row));
            }
        }

        @Override
        public void close() throws IOException {
            try (runs; timeseries; BufferedWriter h = hospitals) {
                runs.flush();
                timeseries.flush();
                if (h != null) {
                    h.flush();
                }
            }
        }
    }

    /** Writes {@value #COMPARISON}. */
    static void writeComparison(Path directory, List<ComparisonRow> rows) throws IOException {
        try (BufferedWriter out = create(directory.resolve(COMPARISON))) {
            out.write(Csv.line(List.of("strategy", "metric", "unit", "n", "mean", "sd", "ci_low", "ci_high", "diff",
                    "diff_ci_low", "diff_ci_high", "diff_pct", "diff_pct_ci_low", "diff_pct_ci_high", "p_t",
                    "p_wilcoxon", "effect_size", "n_pairs")));
            for (ComparisonRow r : rows) {
                Estimate e = r.estimate();
                PairedDifference d = r.difference();
                double[] pct = r.percent();
                List<String> cells = new ArrayList<>(List.of(r.strategy(), r.metric().name(), r.metric().unit(),
                        Integer.toString(e.n()), Numbers.format(e.mean()), Numbers.format(e.sd()),
                        Numbers.format(e.ciLow()), Numbers.format(e.ciHigh())));
                if (d == null) {
                    cells.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
                } else {
                    cells.addAll(List.of(Numbers.format(d.mean()), Numbers.format(d.ciLow()),
                            Numbers.format(d.ciHigh()), Numbers.format(pct[0]), Numbers.format(pct[1]),
                            Numbers.format(pct[2]), Numbers.format(d.pT()), Numbers.format(d.pWilcoxon()),
                            Numbers.format(d.effectSize()), Integer.toString(d.n())));
                }
                out.write(Csv.line(cells));
            }
        }
    }

    /** Writes {@value #METADATA}: the build that ran the comparison, and what it compared ({@link RunsMetadata}). */
    static void writeMetadata(Path directory, CompareSettings settings) throws IOException {
        ObjectNode meta = RunsMetadata.of("compare", settings.reproduce());
        meta.put("scenario_name", settings.scenario().name());
        meta.put("scenario_source", settings.scenario().source());
        ArrayNode strategies = meta.putArray("strategies");
        settings.strategies().forEach(strategies::add);
        meta.put("baseline", settings.baseline());
        meta.put("replications", settings.replications());
        meta.put("seed", settings.seed());
        meta.put("warmup_days", settings.scenario().parameters().warmupDays());
        meta.put("days", settings.days());
        Files.writeString(directory.resolve(METADATA), RunsMetadata.text(meta), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
    }

    /** Writes {@value #TIMESERIES_MEAN}: the mean of each day over replications, with its 95% interval. */
    static void writeDailyMeans(Path directory, CompareResults results) throws IOException {
        List<String> strategies = results.settings().strategies();
        List<Metric> metrics = Metrics.all();
        try (BufferedWriter out = create(directory.resolve(TIMESERIES_MEAN))) {
            out.write(Csv.line(List.of("strategy", "metric", "day", "n", "mean", "sd", "ci_low", "ci_high")));
            List<String> cells = new ArrayList<>();
            for (int s = 0; s < strategies.size(); s++) {
                DailyBands bands = results.daily(s);
                for (int m = 0; m < metrics.size(); m++) {
                    for (int d = 0; d < bands.days(); d++) {
                        Estimate e = bands.day(m, d);
                        cells.clear();
                        cells.addAll(List.of(strategies.get(s), metrics.get(m).name(), Integer.toString(d),
                                Integer.toString(e.n()), Numbers.format(e.mean()), Numbers.format(e.sd()),
                                Numbers.format(e.ciLow()), Numbers.format(e.ciHigh())));
                        out.write(Csv.line(cells));
                    }
                }
            }
        }
    }

    private static BufferedWriter create(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
