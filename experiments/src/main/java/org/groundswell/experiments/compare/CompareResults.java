package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.groundswell.experiments.execution.DaySeries;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.output.Charts;
import org.groundswell.experiments.stats.DailyBands;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * What a comparison keeps in memory as its runs come in, in design order: every run's summary metrics (a few
 * numbers per run), and per strategy the running daily means with their bands — of every metric for
 * {@code timeseries_mean.csv}, and of the charted metrics after a {@value Charts#WINDOW}-day rolling mean for
 * the charts. Daily series themselves are streamed to {@code timeseries.csv} and dropped.
 */
final class CompareResults {

    private final CompareSettings settings;
    private final List<Metric> charted;
    private final double[][][] summary;
    private final DailyBands[] daily;
    private final DailyBands[] rolled;
    private final double[][][] period;
    private final List<RunResult> failures = new ArrayList<>();
    private final HospitalTable hospitals;

    /**
     * @param settings the comparison
     * @param charted  the metrics the charts draw
     */
    CompareResults(CompareSettings settings, List<Metric> charted) {
        this.settings = settings;
        this.charted = List.copyOf(charted);
        int s = settings.strategies().size();
        int metrics = Metrics.all().size();
        summary = new double[s][metrics][settings.replications()];
        for (double[][] strategy : summary) {
            for (double[] metric : strategy) {
                Arrays.fill(metric, Double.NaN);
            }
        }
        period = new double[s][PeriodTotal.values().length][settings.replications()];
        for (double[][] strategy : period) {
            for (double[] total : strategy) {
                Arrays.fill(total, Double.NaN);
            }
        }
        hospitals = new HospitalTable(settings.strategies());
        daily = new DailyBands[s];
        rolled = new DailyBands[s];
        for (int i = 0; i < s; i++) {
            daily[i] = new DailyBands(metrics, settings.days());
            rolled[i] = new DailyBands(this.charted.size(), settings.days());
        }
    }

    /** Adds a run; runs must come in design order for the bands to be the same at any thread count. */
    void add(RunResult result) {
        int s = settings.strategies().indexOf(result.spec().strategy());
        int r = result.spec().replication();
        if (result.failed()) {
            failures.add(new RunResult(result.spec(), java.util.Map.of(), null, result.error()));
            return;
        }
        List<Metric> all = Metrics.all();
        for (int m = 0; m < all.size(); m++) {
            summary[s][m][r] = result.metric(all.get(m).name());
        }
        hospitals.add(result);
        DaySeries days = result.days();
        if (days == null) {
            return;
        }
        for (int m = 0; m < all.size(); m++) {
            double[] series = column(days, m);
            daily[s].add(m, series);
        }
        for (PeriodTotal total : PeriodTotal.values()) {
            period[s][total.ordinal()][r] = total.of(days);
        }
        for (int c = 0; c < charted.size(); c++) {
            double[] series = column(days, all.indexOf(charted.get(c)));
            rolled[s].add(c, Charts.rollingMean(series, Charts.WINDOW));
        }
    }

    private static double[] column(DaySeries days, int metric) {
        double[] column = new double[days.days()];
        for (int d = 0; d < column.length; d++) {
            column[d] = days.values()[d][metric];
        }
        return column;
    }

    /** For a region, each hospital under each strategy; empty for one hospital. */
    HospitalTable hospitals() {
        return hospitals;
    }

    CompareSettings settings() {
        return settings;
    }

    /** The summary values of {@code metric} for strategy {@code strategy}, one per replication (NaN if failed). */
    double[] values(int strategy, Metric metric) {
        return summary[strategy][Metrics.all().indexOf(metric)].clone();
    }

    /**
     * The period total {@code total} of strategy {@code strategy}, one per replication (NaN if failed, or if the
     * backend did not return the days).
     */
    double[] period(int strategy, PeriodTotal total) {
        return period[strategy][total.ordinal()].clone();
    }

    /** Daily means of every metric, for strategy {@code strategy}. */
    DailyBands daily(int strategy) {
        return daily[strategy];
    }

    /** Daily means of the rolling means of the charted metrics, for strategy {@code strategy}. */
    DailyBands rolled(int strategy) {
        return rolled[strategy];
    }

    /** The charted metrics, in the order of {@link #rolled}. */
    List<Metric> charted() {
        return charted;
    }

    /** The runs that failed, in design order, with their errors. */
    List<RunResult> failures() {
        return List.copyOf(failures);
    }
}
