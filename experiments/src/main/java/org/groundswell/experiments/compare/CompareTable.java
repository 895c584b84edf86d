package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.experiments.stats.PairedDifference;
import org.groundswell.model.metrics.Metric;

/**
 * What a comparison prints when it is done: the headline metrics' means with 95% intervals, strategy by
 * strategy, and each strategy's paired difference from the baseline with its p-value. The files hold the rest.
 */
public final class CompareTable {

    private CompareTable() {
    }

    /**
     * The table, ending with a line break.
     *
     * @param settings what was run
     * @param result   what came of it
     * @return the text
     */
    public static String format(CompareSettings settings, Comparison.Result result) {
        List<Metric> metrics = Headlines.metrics();
        int width = metrics.stream().mapToInt(m -> Headlines.label(m).length()).max().orElse(0);
        var p = settings.scenario().parameters();
        StringBuilder b = new StringBuilder();
        b.append(settings.scenario().name()).append(": ").append(String.join(", ", settings.strategies()))
                .append(", ").append(settings.replications()).append(" replication")
                .append(settings.replications() == 1 ? "" : "s").append(" each, ").append(p.days())
                .append(" days\n");
        b.append("Mean [95% CI] over the last ").append(Math.min(p.summaryDays(), p.totalDays()))
                .append(" days:\n");
        for (String strategy : settings.strategies()) {
            b.append("  ").append(strategy).append('\n');
            for (Metric m : metrics) {
                ComparisonRow row = row(result, strategy, m);
                Estimate e = row.estimate();
                String text = CompareCharts.interval(e.mean(), e.ciLow(), e.ciHigh());
                if (row.difference() != null) {
                    double[] pct = row.percent();
                    PairedDifference d = row.difference();
                    String change = Double.isFinite(pct[0]) ? CompareCharts.percent(pct[0], pct[1], pct[2])
                            : CompareCharts.signedInterval(d.mean(), d.ciLow(), d.ciHigh());
                    String pT = CompareReport.pValue(d.pT());
                    text += "   " + change + " vs " + settings.baseline() + ", p " + (pT.startsWith("<")
                            ? pT.replace("<", "< ") : "= " + pT);
                }
                b.append("    ").append(pad(Headlines.label(m), width)).append("  ").append(text).append("  ")
                        .append(m.unit()).append('\n');
            }
        }
        if (settings.strategies().size() == 1) {
            b.append("Only one strategy was run: name others with --strategies to compare them.\n");
        }
        if (result.failed() > 0) {
            b.append(result.failed()).append(" of ").append(settings.runs())
                    .append(" runs failed; their errors are in runs.csv.\n");
        }
        return b.toString();
    }

    private static ComparisonRow row(Comparison.Result result, String strategy, Metric metric) {
        return result.rows().stream().filter(r -> r.strategy().equals(strategy) && r.metric().equals(metric))
                .findFirst().orElseThrow();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** The strategies in the order they should run: the baseline first, then the others as given. */
    public static List<String> baselineFirst(List<String> strategies, String baseline) {
        List<String> ordered = new ArrayList<>();
        ordered.add(baseline);
        strategies.stream().filter(s -> !s.equals(baseline)).forEach(ordered::add);
        return ordered;
    }
}
