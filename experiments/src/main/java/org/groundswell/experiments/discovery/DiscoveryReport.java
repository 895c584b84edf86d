package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.Rule;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * Scenario discovery in words: each box as a sentence a policymaker can read ("top-down beats partnership on
 * adverse events when {@code leadership.blameResponse} ≥ 0.72: the rule holds at 81% of such points, and they
 * are 64% of all the points where it holds"), the minimax-regret strategy of each outcome, and the
 * self-contained {@code report.html} with the tables and charts.
 */
public final class DiscoveryReport {

    /** The report's file name. */
    public static final String FILE = "report.html";

    private static final String TEMPLATE = "discovery-report.html.vm";

    private DiscoveryReport() {
    }

    /**
     * One rule in the report.
     *
     * @param label   the rule as files name it
     * @param title   the rule for people
     * @param summary how often it holds, in words
     * @param boxes   each box in words
     * @param rows    the table of the boxes' limits
     * @param charts  its charts
     */
    public record RuleSection(String label, String title, String summary, List<String> boxes, List<List<String>> rows,
                              List<RenderedChart> charts) {
    }

    /**
     * One outcome of robust choice in the report.
     *
     * @param title   the outcome for people
     * @param verdict the minimax-regret strategy in words
     * @param rows    the regret table
     */
    public record RobustSection(String title, String verdict, List<List<String>> rows) {
    }

    /** The lines {@code sweep} prints: each box in words, and each minimax-regret verdict. */
    public static List<String> summary(DiscoveryAnalysis.Discovery d) {
        List<String> lines = new ArrayList<>();
        for (RuleDiscovery r : d.rules()) {
            List<String> boxes = boxes(r);
            lines.add(boxes.isEmpty() ? overall(r) : boxes.get(0));
            lines.addAll(boxes.subList(Math.min(1, boxes.size()), boxes.size()));
        }
        for (DiscoveryAnalysis.RobustOutcome o : d.robustness()) {
            lines.add(verdict(d.experiment(), o));
        }
        return lines;
    }

    /** How often the rule holds over the whole space, in words. */
    static String overall(RuleDiscovery r) {
        int n = r.points().length;
        String subject = subject(r.rule());
        String missing = r.missing() > 0 ? " (" + r.missing() + " points had no value)" : "";
        if (n == 0) {
            return subject + ": no design point has a value" + missing;
        }
        if (r.held() == 0) {
            return subject + " at none of the " + n + " points: the rule holds nowhere in the space swept" + missing;
        }
        String share = percent((double) r.held() / n);
        String reps = percent(r.replicationShare());
        if (r.held() == n) {
            return subject + " at every one of the " + n + " points (in " + reps + " of the replications)" + missing;
        }
        return subject + " at " + r.held() + " of the " + n + " points (" + share + "; in " + reps
                + " of all replications)" + missing;
    }

    /** Each box in words; empty when no point is of interest. */
    static List<String> boxes(RuleDiscovery r) {
        List<String> words = new ArrayList<>();
        List<Prim.Found> found = r.prim().boxes();
        for (int b = 0; b < found.size(); b++) {
            PrimBox box = found.get(b).box();
            if (box.restrictions() == 0) {
                words.add(overall(r) + "; no region of the parameters stands out where it holds more reliably");
                continue;
            }
            String when = b == 0 ? " when " : " also when ";
            words.add(subject(r.rule()) + when + conditions(r.parameters(), box) + ": the rule holds at "
                    + percent(box.density()) + " of such points, and they are " + percent(box.coverage())
                    + " of all the points where it holds (" + box.points() + " of the " + r.points().length
                    + " points; " + percent(r.replicationShare(box)) + " of their replications)");
        }
        return words;
    }

    /** "top-down beats partnership on adverse events". */
    static String subject(Rule rule) {
        return rule.strategy() + " beats " + rule.beats() + " on " + lower(Headlines.label(rule.metric()));
    }

    /** A box's restrictions: "`a` ≥ 0.72 and 4 ≤ `b` ≤ 6". */
    static String conditions(List<SweptParameter> parameters, PrimBox box) {
        List<String> parts = new ArrayList<>();
        for (int j : RuleDiscovery.restricted(box)) {
            SweptParameter p = parameters.get(j);
            double lo = box.lower()[j];
            double hi = box.upper()[j];
            if (p instanceof SweptParameter.Choice c && !c.values().stream().allMatch(v -> v.isNumber())) {
                int from = Double.isInfinite(lo) ? 0 : (int) lo;
                int to = Double.isInfinite(hi) ? c.values().size() - 1 : (int) hi;
                List<String> values = new ArrayList<>();
                for (int i = from; i <= to; i++) {
                    values.add(SweptParameter.text(c.values().get(i)));
                }
                parts.add(p.path() + (values.size() == 1 ? " is " + values.get(0) : " is one of "
                        + String.join(", ", values)));
            } else if (Double.isInfinite(lo)) {
                parts.add(p.path() + " \u2264 " + SummaryTable.human(hi));
            } else if (Double.isInfinite(hi)) {
                parts.add(p.path() + " \u2265 " + SummaryTable.human(lo));
            } else if (lo == hi) {
                parts.add(p.path() + " = " + SummaryTable.human(lo));
            } else {
                parts.add(SummaryTable.human(lo) + " \u2264 " + p.path() + " \u2264 " + SummaryTable.human(hi));
            }
        }
        return String.join(" and ", parts);
    }

    /** The minimax-regret verdict of one outcome. */
    static String verdict(Experiment e, DiscoveryAnalysis.RobustOutcome o) {
        String what = title(o);
        Robustness.Result r = o.result();
        if (r.minimax() < 0) {
            return what + ": no point has a value under every strategy";
        }
        Robustness.StrategyRegret best = r.strategies().get(r.minimax());
        Robustness.StrategyRegret mostWins = r.strategies().stream()
                .max((a, b) -> Double.compare(a.wins(), b.wins())).orElseThrow();
        String wins = mostWins.strategy() == best.strategy() ? "; it is also best at the most points ("
                + percent(best.wins()) + ")" : "; " + e.strategies().get(mostWins.strategy()) + " is best at more points ("
                + percent(mostWins.wins()) + " against " + percent(best.wins()) + ")";
        String who = e.strategies().get(best.strategy());
        if (best.maxRegret() == 0) {
            return what + ": the minimax-regret strategy is " + who + ", the best strategy at every one of the "
                    + r.points() + " points";
        }
        String unit = o.metric() == null ? "" : " " + o.metric().unit();
        return what + ": the minimax-regret strategy is " + who + ", never more than "
                + SummaryTable.human(best.maxRegret()) + unit + " worse than the best strategy at any of the "
                + r.points() + " points" + wins;
    }

    static String title(DiscoveryAnalysis.RobustOutcome o) {
        return o.metric() == null ? "Objective" : Headlines.label(o.metric());
    }

    /**
     * The report.
     *
     * @param points the design points
     * @param d      what discovery found
     * @param charts the charts, as {@link DiscoveryCharts#render} drew them
     * @param runs   the runs planned
     * @param failed the runs that failed
     * @return the HTML
     */
    public static String render(DesignPoints points, DiscoveryAnalysis.Discovery d, DiscoveryCharts.Charts charts,
                                long runs, long failed, List<String> costEffectiveness) {
        Experiment e = points.experiment();
        HospitalParameters p = e.scenario().parameters();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Scenario discovery: " + e.name());
        model.put("version", Version.current());
        model.put("build", Version.described());
        model.put("description", e.description());
        model.put("scenario", e.scenario());
        model.put("strategyList", String.join(", ", e.strategies()));
        model.put("design", points.distinct() + " distinct design points (" + e.design().type() + " design)");
        model.put("runs", runs);
        model.put("failed", failed);
        model.put("replications", e.replications());
        model.put("warmupDays", p.warmupDays());
        model.put("days", p.days());
        model.put("summaryDays", Math.min(p.summaryDays(), p.totalDays()));
        model.put("seed", e.seed());
        model.put("firstSeed", Seeds.replication(e.seed(), 0));
        model.put("source", e.source());
        model.put("parameters", e.parameters().stream().map(sp -> List.of(sp.path(), range(sp))).toList());
        List<RuleSection> rules = new ArrayList<>();
        for (int i = 0; i < d.rules().size(); i++) {
            RuleDiscovery r = d.rules().get(i);
            rules.add(new RuleSection(r.rule().label(), capital(subject(r.rule())) + "?", capital(overall(r)) + ".",
                    boxes(r).stream().map(s -> capital(s) + ".").toList(), rows(r), charts.rules().get(i)));
        }
        model.put("rules", rules);
        List<RobustSection> robust = new ArrayList<>();
        for (DiscoveryAnalysis.RobustOutcome o : d.robustness()) {
            robust.add(new RobustSection(title(o) + (o.higherIsBetter() ? " (more is better)" : " (less is better)"),
                    verdict(e, o) + ".", regretRows(e, o)));
        }
        model.put("robust", robust);
        model.put("objective", e.objective().terms().stream().map(t -> t.metric().name() + " \u00d7 "
                + SummaryTable.human(t.weight())).toList());
        model.put("robustCharts", charts.robustness());
        model.put("mapChart", charts.map() == null ? List.of() : List.of(charts.map()));
        model.put("costEffectiveness", List.copyOf(costEffectiveness));
        return HtmlTemplate.render(TEMPLATE, model);
    }

    private static List<List<String>> rows(RuleDiscovery r) {
        List<List<String>> rows = new ArrayList<>();
        for (int b = 0; b < r.prim().boxes().size(); b++) {
            Prim.Found f = r.prim().boxes().get(b);
            for (int j : RuleDiscovery.restricted(f.box())) {
                SweptParameter p = r.parameters().get(j);
                rows.add(List.of(Integer.toString(b + 1), p.path(),
                        DiscoveryFiles.limit(p, f.box().lower()[j], true), DiscoveryFiles.limit(p, f.box().upper()[j], false),
                        qp(f.quasiP()[j][0]), qp(f.quasiP()[j][1]), percent(f.box().coverage()),
                        percent(f.box().density()), percent(f.box().mass())));
            }
        }
        return rows;
    }

    private static List<List<String>> regretRows(Experiment e, DiscoveryAnalysis.RobustOutcome o) {
        List<List<String>> rows = new ArrayList<>();
        for (Robustness.StrategyRegret s : o.result().strategies()) {
            rows.add(List.of(e.strategies().get(s.strategy()) + (o.result().minimax() == s.strategy() ? " (minimax regret)"
                    : ""), SummaryTable.human(s.mean()), SummaryTable.human(s.worst()), SummaryTable.human(s.meanRegret()),
                    SummaryTable.human(s.maxRegret()), percent(s.wins())));
        }
        return rows;
    }

    private static String range(SweptParameter p) {
        if (p instanceof SweptParameter.Range r) {
            return SummaryTable.human(r.min()) + " to " + SummaryTable.human(r.max());
        }
        return "one of " + String.join(", ", ((SweptParameter.Choice) p).values().stream()
                .map(SweptParameter::text).toList());
    }

    private static String qp(double p) {
        return Double.isNaN(p) ? "" : p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String number(double value) {
        return SummaryTable.human(value);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String lower(String label) {
        return label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
