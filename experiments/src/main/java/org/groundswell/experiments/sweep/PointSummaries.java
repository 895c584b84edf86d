package org.groundswell.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * {@code points.csv}: what each design point gave, over its replications, as BehaviorSpace users expect a
 * table per point — in long ("tidy") form, a row per design point, strategy and metric:
 * <pre>
 * point, strategy, each swept parameter, metric, n, mean, sd, ci_low, ci_high
 * </pre>
 * {@code n} is the number of replications that gave the metric a value (failed runs and empty rates are left
 * out), {@code sd} their standard deviation and {@code ci_low}, {@code ci_high} the 95% confidence interval of
 * the mean ({@link Estimate}: Student's t on n − 1 degrees of freedom); with one replication the SD and interval
 * are empty. Rows come in point order, then the experiment's strategy order, then the registry's metric order.
 * Long rather than wide because a sweep holds three dozen metrics, each with five statistics: long form is one
 * {@code groupby} or {@code filter} away from any table or chart in pandas, R or a spreadsheet's pivot table,
 * where 180 columns named {@code burnout_rate_ci_low} would have to be taken apart first.
 */
final class PointSummaries {

    /** The file's name in the sweep's directory. */
    static final String FILE = "points.csv";

    /**
     * One design point under one strategy: the estimate of every metric, in registry order.
     *
     * @param point     the design point's number
     * @param strategy  the strategy
     * @param values    the swept parameters' values, as {@code runs.csv} writes them
     * @param estimates an estimate per metric of {@link Metrics#all()}
     */
    record PointSummary(int point, String strategy, List<String> values, List<Estimate> estimates) {

        /** The estimate of {@code metric}. */
        Estimate of(Metric metric) {
            return estimates.get(Metrics.all().indexOf(metric));
        }
    }

    private PointSummaries() {
    }

    /**
     * The summaries of the runs in {@code rows} (as in {@code runs.csv}, whose columns {@code header} names), in
     * point order, then in the order of {@code strategies}.
     */
    static List<PointSummary> of(List<String> header, List<List<String>> rows, List<String> strategies,
                                 List<SweptParameter> parameters) {
        int pointColumn = header.indexOf("point");
        int strategyColumn = header.indexOf("strategy");
        int firstParameter = header.indexOf("seed") + 1;
        List<Metric> metrics = Metrics.all();
        int[] metricColumns = metrics.stream().mapToInt(m -> header.indexOf(m.name())).toArray();
        TreeMap<Integer, List<List<List<String>>>> byPoint = new TreeMap<>();
        for (List<String> row : rows) {
            int s = strategies.indexOf(row.get(strategyColumn));
            if (s < 0) {
                continue;
            }
            List<List<List<String>>> point = byPoint.computeIfAbsent(Integer.parseInt(row.get(pointColumn)),
                    p -> {
                        List<List<List<String>>> empty = new ArrayList<>();
                        strategies.forEach(x -> empty.add(new ArrayList<>()));
                        return empty;
                    });
            point.get(s).add(row);
        }
        List<PointSummary> out = new ArrayList<>();
        for (var entry : byPoint.entrySet()) {
            for (int s = 0; s < strategies.size(); s++) {
                List<List<String>> runs = entry.getValue().get(s);
                if (runs.isEmpty()) {
                    continue;
                }
                List<String> values = runs.get(0).subList(firstParameter, firstParameter + parameters.size());
                List<Estimate> estimates = new ArrayList<>();
                for (int column : metricColumns) {
                    double[] x = runs.stream().mapToDouble(r -> number(r.get(column))).toArray();
                    estimates.add(Estimate.of(x));
                }
                out.add(new PointSummary(entry.getKey(), strategies.get(s), List.copyOf(values), estimates));
            }
        }
        return out;
    }

    /** The header of {@code points.csv}. */
    static List<String> header(List<SweptParameter> parameters) {
        List<String> header = new ArrayList<>(List.of("point", "strategy"));
        parameters.stream().map(SweptParameter::path).forEach(header::add);
        header.addAll(List.of("metric", "n", "mean", "sd", "ci_low", "ci_high"));
        return header;
    }

    /** The text of {@code points.csv}. */
    static String render(List<PointSummary> summaries, List<SweptParameter> parameters) {
        StringBuilder text = new StringBuilder(Csv.line(header(parameters)));
        List<Metric> metrics = Metrics.all();
        for (PointSummary p : summaries) {
            for (int m = 0; m < metrics.size(); m++) {
                Estimate e = p.estimates().get(m);
                List<String> row = new ArrayList<>(List.of(Integer.toString(p.point()), p.strategy()));
                row.addAll(p.values());
                row.addAll(List.of(metrics.get(m).name(), Integer.toString(e.n()), cell(e.mean()), cell(e.sd()),
                        cell(e.ciLow()), cell(e.ciHigh())));
                text.append(Csv.line(row));
            }
        }
        return text.toString();
    }

    private static String cell(double value) {
        return Double.isFinite(value) ? Numbers.format(value) : "";
    }

    private static double number(String cell) {
        if (cell == null || cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Numbers.parse(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
