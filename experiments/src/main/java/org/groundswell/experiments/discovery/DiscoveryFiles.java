package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;

/**
 * The tables of scenario discovery, as CSV text:
 * <pre>
 * discovery.csv         rule, box, parameter, lower, upper, coverage, density, mass, qp_lower, qp_upper,
 *                       points, points_held, replication_share        a row per box and parameter it restricts
 * discovery_points.csv  rule, point, holds, mean_difference, replication_share, box      a row per rule and point
 * robustness.csv        outcome, better, strategy, points, mean, worst, mean_regret, max_regret, wins,
 *                       minimax_regret                                 a row per outcome and strategy
 * </pre>
 * A box that restricts nothing has one row with an empty parameter; a rule that holds nowhere one row with an
 * empty box. Where a box does not restrict one end of a parameter, {@code lower} or {@code upper} is the end of
 * its swept range and the quasi-p-value is empty.
 */
public final class DiscoveryFiles {

    /** The boxes. */
    public static final String DISCOVERY = "discovery.csv";
    /** Each point classified. */
    public static final String POINTS = "discovery_points.csv";
    /** Regret. */
    public static final String ROBUSTNESS = "robustness.csv";

    private DiscoveryFiles() {
    }

    /** {@code discovery.csv}. */
    public static String boxes(DiscoveryAnalysis.Discovery d) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("rule", "box", "parameter", "lower", "upper",
                "coverage", "density", "mass", "qp_lower", "qp_upper", "points", "points_held", "replication_share")));
        for (RuleDiscovery r : d.rules()) {
            String rule = r.rule().label();
            if (r.prim().boxes().isEmpty()) {
                out.append(Csv.line(List.of(rule, "", "", "", "", "0", "", "0", "", "", "0", "0", "")));
                continue;
            }
            for (int b = 0; b < r.prim().boxes().size(); b++) {
                Prim.Found f = r.prim().boxes().get(b);
                PrimBox box = f.box();
                List<String> stats = List.of(Numbers.format(box.coverage()), Numbers.format(box.density()),
                        Numbers.format(box.mass()));
                List<String> tail = List.of(Integer.toString(box.points()), Integer.toString(box.ofInterest()),
                        Numbers.format(r.replicationShare(box)));
                List<Integer> restricted = RuleDiscovery.restricted(box);
                if (restricted.isEmpty()) {
                    List<String> row = new ArrayList<>(List.of(rule, Integer.toString(b + 1), "", "", ""));
                    row.addAll(stats);
                    row.addAll(List.of("", ""));
                    row.addAll(tail);
                    out.append(Csv.line(row));
                }
                for (int j : restricted) {
                    SweptParameter p = r.parameters().get(j);
                    List<String> row = new ArrayList<>(List.of(rule, Integer.toString(b + 1), p.path(),
                            limit(p, box.lower()[j], true), limit(p, box.upper()[j], false)));
                    row.addAll(stats);
                    row.add(Double.isNaN(f.quasiP()[j][0]) ? "" : Numbers.format(f.quasiP()[j][0]));
                    row.add(Double.isNaN(f.quasiP()[j][1]) ? "" : Numbers.format(f.quasiP()[j][1]));
                    row.addAll(tail);
                    out.append(Csv.line(row));
                }
            }
        }
        return out.toString();
    }

    /** {@code discovery_points.csv}. */
    public static String points(DiscoveryAnalysis.Discovery d) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("rule", "point", "holds", "mean_difference",
                "replication_share", "box")));
        for (RuleDiscovery r : d.rules()) {
            for (int i = 0; i < r.points().length; i++) {
                String box = "";
                for (int b = 0; b < r.prim().boxes().size(); b++) {
                    if (r.prim().boxes().get(b).box().contains(r.x()[i])) {
                        box = Integer.toString(b + 1);
                        break;
                    }
                }
                out.append(Csv.line(List.of(r.rule().label(), Integer.toString(r.points()[i]),
                        Boolean.toString(r.holds()[i]), Numbers.format(r.difference()[i]),
                        Numbers.format(r.share()[i]), box)));
            }
        }
        return out.toString();
    }

    /** {@code robustness.csv}. */
    public static String robustness(DiscoveryAnalysis.Discovery d) {
        Experiment e = d.experiment();
        StringBuilder out = new StringBuilder(Csv.line(List.of("outcome", "better", "strategy", "points", "mean",
                "worst", "mean_regret", "max_regret", "wins", "minimax_regret")));
        for (DiscoveryAnalysis.RobustOutcome o : d.robustness()) {
            for (Robustness.StrategyRegret s : o.result().strategies()) {
                out.append(Csv.line(List.of(o.name(), o.higherIsBetter() ? "higher" : "lower",
                        e.strategies().get(s.strategy()), Integer.toString(o.result().points()),
                        Numbers.format(s.mean()), Numbers.format(s.worst()), Numbers.format(s.meanRegret()),
                        Numbers.format(s.maxRegret()), Numbers.format(s.wins()),
                        Boolean.toString(o.result().minimax() == s.strategy()))));
            }
        }
        return out.toString();
    }

    /**
     * A box's limit of parameter {@code p} as the files show it: the value, or the end of the swept range where
     * the box does not restrict; a listed value by its text.
     */
    static String limit(SweptParameter p, double value, boolean lower) {
        if (p instanceof SweptParameter.Choice c) {
            boolean numbers = c.values().stream().allMatch(v -> v.isNumber());
            if (Double.isInfinite(value)) {
                return SweptParameter.text(c.values().get(lower ? 0 : c.values().size() - 1));
            }
            return numbers ? Numbers.format(value) : SweptParameter.text(c.values().get((int) value));
        }
        SweptParameter.Range r = (SweptParameter.Range) p;
        return Numbers.format(Double.isInfinite(value) ? (lower ? r.min() : r.max()) : value);
    }
}
