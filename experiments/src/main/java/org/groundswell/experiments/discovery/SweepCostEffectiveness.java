package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.sensitivity.OutcomeValues;
import org.groundswell.experiments.stats.CostEffectiveness;
import org.groundswell.experiments.stats.CostEffectiveness.Dominance;
import org.groundswell.experiments.stats.CostEffectiveness.Incremental;
import org.groundswell.model.metrics.Metrics;

/**
 * The cost-effectiveness of each strategy against the experiment's first, at every design point of a sweep, as
 * {@code compare} gives it for one hospital: over the point's replications, paired (the runs of a replication
 * share their seed), the incremental {@code period_cost}, the adverse events ({@code period_adverse_events}) and
 * deaths ({@code period_deaths}) avoided, the ICER per adverse event avoided with its bootstrap interval, and
 * where the strategy lies on the cost-effectiveness plane. Written as {@code cost_effectiveness.csv}, a row per
 * distinct point and strategy, and said in a line per strategy: at how many points it dominates, is dominated,
 * or buys its gains at a price.
 */
final class SweepCostEffectiveness {

    static final String FILE = "cost_effectiveness.csv";

    /** One strategy against the baseline at one point. */
    record Cell(int point, String strategy, Incremental result, CostEffectiveness.Interval deaths) {
    }

    private final String baseline;
    private final List<String> strategies;
    private final List<Cell> cells;

    private SweepCostEffectiveness(String baseline, List<String> strategies, List<Cell> cells) {
        this.baseline = baseline;
        this.strategies = strategies;
        this.cells = cells;
    }

    /** The table of a sweep's runs; empty when the experiment has one strategy. */
    static SweepCostEffectiveness of(DesignPoints points, OutcomeValues values) {
        List<String> all = points.experiment().strategies();
        String baseline = all.get(0);
        List<String> others = all.subList(1, all.size());
        List<Cell> cells = new ArrayList<>();
        for (String strategy : others) {
            double[][] cost = values.values(Outcome.contrast(Metrics.PERIOD_COST, strategy, baseline));
            double[][] avoided = values.values(Outcome.contrast(Metrics.PERIOD_ADVERSE_EVENTS, baseline, strategy));
            double[][] deaths = values.values(Outcome.contrast(Metrics.PERIOD_DEATHS, baseline, strategy));
            for (int p = 0; p < points.size(); p++) {
                if (points.sameAs(p) >= 0) {
                    continue;
                }
                long seed = points.experiment().seed() + 7919L * p + all.indexOf(strategy);
                cells.add(new Cell(p, strategy, CostEffectiveness.incremental(cost[p], avoided[p],
                        CostEffectiveness.RESAMPLES, seed),
                        CostEffectiveness.bootstrapMean(deaths[p], CostEffectiveness.RESAMPLES, seed)));
            }
        }
        return new SweepCostEffectiveness(baseline, List.copyOf(others), cells);
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** {@code cost_effectiveness.csv}. */
    String csv() {
        StringBuilder out = new StringBuilder(Csv.line(List.of("point", "strategy", "baseline", "pairs",
                "incremental_cost", "incremental_cost_ci_low", "incremental_cost_ci_high", "adverse_events_avoided",
                "adverse_events_avoided_ci_low", "adverse_events_avoided_ci_high", "icer_per_adverse_event_avoided",
                "icer_ci_low", "icer_ci_high", "dominance", "deaths_avoided", "deaths_avoided_ci_low",
                "deaths_avoided_ci_high")));
        for (Cell c : cells) {
            Incremental i = c.result();
            List<String> row = new ArrayList<>(List.of(Integer.toString(c.point()), c.strategy(), baseline,
                    Integer.toString(i.pairs())));
            add(row, i.cost());
            add(row, i.effect());
            row.addAll(List.of(Numbers.format(i.icer()), Numbers.format(i.icerLow()), Numbers.format(i.icerHigh()),
                    i.dominance().name().toLowerCase(Locale.ROOT)));
            add(row, c.deaths());
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    private static void add(List<String> row, CostEffectiveness.Interval i) {
        row.addAll(List.of(Numbers.format(i.mean()), Numbers.format(i.low()), Numbers.format(i.high())));
    }

    /**
     * A line per strategy: at how many of the points it is cheaper and better than the baseline, dearer and
     * worse, or dearer and better (with the median cost per adverse event avoided there), or cheaper and worse.
     */
    List<String> summary() {
        List<String> out = new ArrayList<>();
        for (String strategy : strategies) {
            Map<Dominance, Integer> count = new EnumMap<>(Dominance.class);
            List<Double> icers = new ArrayList<>();
            int n = 0;
            for (Cell c : cells) {
                if (!c.strategy().equals(strategy) || c.result().pairs() == 0) {
                    continue;
                }
                n++;
                count.merge(c.result().dominance(), 1, Integer::sum);
                if (c.result().dominance() == Dominance.DEARER_AND_BETTER && Double.isFinite(c.result().icer())) {
                    icers.add(c.result().icer());
                }
            }
            StringBuilder line = new StringBuilder(strategy + " against " + baseline + ", over the " + n
                    + " points: cheaper and better at " + count.getOrDefault(Dominance.DOMINANT, 0)
                    + ", dearer and worse at " + count.getOrDefault(Dominance.DOMINATED, 0) + ", dearer and better at "
                    + count.getOrDefault(Dominance.DEARER_AND_BETTER, 0));
            if (!icers.isEmpty()) {
                icers.sort(Double::compare);
                double median = icers.size() % 2 == 1 ? icers.get(icers.size() / 2)
                        : (icers.get(icers.size() / 2 - 1) + icers.get(icers.size() / 2)) / 2;
                line.append(" (median $").append(SummaryTable.human(median)).append(" per adverse event avoided)");
            }
            line.append(", cheaper and worse at ").append(count.getOrDefault(Dominance.CHEAPER_AND_WORSE, 0))
                    .append(" (").append(FILE).append(')');
            out.add(line.toString());
        }
        return out;
    }
}
