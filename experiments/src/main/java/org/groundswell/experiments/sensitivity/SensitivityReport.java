package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.MorrisDesign;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.design.SaltelliDesign;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.report.Table;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * {@code report.html}: the sensitivity analysis of a sweep for people — what was run, then for each
 * outcome a sentence that ranks the parameters in plain words, a table of the measures, the chart, and how
 * much of it replication noise could explain; how to read the measures; the references. One self-contained
 * file (charts embedded), rendered from {@code sensitivity-report.html.vm}. Also the one-line summary of each
 * outcome that {@code groundswell sweep} prints.
 */
public final class SensitivityReport {

    /** The file's name in the sweep's directory. */
    public static final String FILE = "report.html";

    private static final String TEMPLATE = "sensitivity-report.html.vm";

    /** How many parameters a console summary names. */
    private static final int SUMMARY_PARAMETERS = 4;

    private SensitivityReport() {
    }

    /**
     * One outcome's section.
     *
     * @param title   the outcome in words
     * @param label   the outcome as files name it
     * @param unit    its unit
     * @param lead    the ranking in a sentence or two
     * @param verdict for a contrast, where it lay over the design; else ""
     * @param noise   what replication noise amounts to
     * @param problem why it was not analysed, or ""
     * @param columns the table's column headings
     * @param rows    the table, most influential parameter first
     * @param chart   its chart, or null
     */
    public record Finding(String title, String label, String unit, String lead, String verdict, String noise,
                          String problem, List<String> columns, List<List<String>> rows, RenderedChart chart) {
    }

    /**
     * A parameter and the values it took.
     *
     * @param path   its dotted path
     * @param values its range or list, in words
     */
    public record Parameter(String path, String values) {
    }

    /**
     * The report's HTML.
     *
     * @param points  the sweep's design points
     * @param results the analysis of each outcome
     * @param charts  the chart of each analysed outcome, in the same order
     * @param runs    how many runs the sweep planned
     * @param failed  how many of them failed
     * @param pointTables the mean of each charted metric at each design point, shown folded
     * @return the HTML text
     */
    public static String render(DesignPoints points, List<OutcomeSensitivity> results, List<RenderedChart> charts,
                         long runs, long failed, List<Table> pointTables) {
        Experiment e = points.experiment();
        HospitalParameters p = e.scenario().parameters();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Sensitivity analysis: " + e.name());
        model.put("version", Version.current());
        model.put("build", Version.described());
        model.put("description", e.description());
        model.put("scenario", e.scenario());
        model.put("strategyList", String.join(", ", e.strategies()));
        model.put("design", design(points));
        model.put("method", e.analysis().id());
        model.put("runs", runs);
        model.put("failed", failed);
        model.put("replications", e.replications());
        model.put("warmupDays", p.warmupDays());
        model.put("days", p.days());
        model.put("summaryDays", Math.min(p.summaryDays(), p.totalDays()));
        model.put("seed", e.seed());
        model.put("firstSeed", Seeds.replication(e.seed(), 0));
        model.put("source", e.source());
        model.put("parameters", parameters(e));
        model.put("pointTables", pointTables);
        List<Finding> findings = new ArrayList<>();
        int chart = 0;
        for (OutcomeSensitivity r : results) {
            findings.add(finding(r, r.analysed() ? charts.get(chart++) : null));
        }
        model.put("findings", findings);
        return HtmlTemplate.render(TEMPLATE, model);
    }

    /** The report without the tables of design points. */
    public static String render(DesignPoints points, List<OutcomeSensitivity> results, List<RenderedChart> charts,
                                long runs, long failed) {
        return render(points, results, charts, runs, failed, List.of());
    }

    /** The design in words. */
    public static String design(DesignPoints points) {
        Experiment e = points.experiment();
        int k = e.parameters().size();
        String count = points.size() + " design points";
        return switch (e.analysis()) {
            case MORRIS -> {
                MorrisDesign m = (MorrisDesign) e.design();
                yield "Morris screening: " + m.trajectories() + " trajectories through a grid of " + m.levels()
                        + " levels per parameter, each of " + (k + 1) + " points (" + count + ")";
            }
            case SOBOL -> "Sobol' indices from a Saltelli sample of N = " + ((SaltelliDesign) e.design()).samples()
                    + " on a Sobol' sequence, N \u00d7 (" + k + " + 2) = " + count;
            case PRCC -> "partial rank correlation on a " + switch (e.design().type()) {
                case "lhs" -> "Latin hypercube";
                case "sobol" -> "Sobol' sequence";
                default -> "random sample";
            } + " of " + count;
            case NONE, DISCOVERY -> count;
        };
    }

    /** The swept parameters, each with its range or list in words. */
    public static List<Parameter> parameters(Experiment e) {
        return e.parameters().stream().map(sp -> new Parameter(sp.path(), values(sp))).toList();
    }

    private static String values(SweptParameter p) {
        if (p instanceof SweptParameter.Range r) {
            return Numbers.format(r.min()) + " to " + Numbers.format(r.max())
                    + (r.integer() ? " (whole numbers)" : "");
        }
        SweptParameter.Choice c = (SweptParameter.Choice) p;
        return "one of " + String.join(", ", c.values().stream().map(v -> SweptParameter.display(
                SweptParameter.text(v))).toList());
    }

    /** The one-line summary of an outcome that the command prints. */
    public static String summary(OutcomeSensitivity r) {
        if (!r.analysed()) {
            return r.outcome().label() + ": not analysed: " + r.problem();
        }
        String measure = switch (r.method()) {
            case MORRIS -> "mu*";
            case SOBOL -> "ST";
            case PRCC -> "PRCC";
            case NONE, DISCOVERY -> "";
        };
        List<String> named = new ArrayList<>();
        for (int i : r.ranking().subList(0, Math.min(SUMMARY_PARAMETERS, r.parameters().size()))) {
            double value = r.method() == Analysis.PRCC ? r.prcc().get(i).coefficient() : r.importance(i);
            named.add(r.parameters().get(i).path() + " " + number(value)
                    + (r.negligible(i) ? " (noise)" : ""));
        }
        String more = r.parameters().size() > SUMMARY_PARAMETERS ? ", ..." : "";
        String floor = Double.isFinite(r.noise().floor()) && r.method() != Analysis.PRCC
                ? "; noise " + number(r.noise().floor()) : "";
        return r.outcome().label() + " by " + measure + ": " + String.join(", ", named) + more + floor;
    }

    private static Finding finding(OutcomeSensitivity r, RenderedChart chart) {
        Outcome o = r.outcome();
        String title = SensitivityCharts.title(o);
        String unit = o.metric().unit();
        String verdict = o.isContrast() && r.spread().points() > 0 ? verdict(r) : "";
        String noise = noise(r);
        if (!r.analysed()) {
            return new Finding(title, o.label(), unit, "", verdict, noise, r.problem(), List.of(), List.of(), null);
        }
        List<String> columns;
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        switch (r.method()) {
            case MORRIS -> {
                columns = List.of("Rank", "Parameter", "\u03bc*", "\u03bc", "\u03c3", "Reading");
                for (int i : r.ranking()) {
                    MorrisResult m = r.morris().get(i);
                    rows.add(List.of(Integer.toString(++rank), r.parameters().get(i).path(),
                            number(m.muStar()), number(m.mu()), number(m.sigma()),
                            reading(r, i)));
                }
            }
            case SOBOL -> {
                columns = List.of("Rank", "Parameter", "ST [95% CI]", "S1 [95% CI]", "Reading");
                for (int i : r.ranking()) {
                    SobolIndex s = r.sobol().get(i);
                    rows.add(List.of(Integer.toString(++rank), r.parameters().get(i).path(),
                            interval(s.total(), s.totalLow(), s.totalHigh()),
                            interval(s.first(), s.firstLow(), s.firstHigh()), reading(r, i)));
                }
            }
            case PRCC -> {
                columns = List.of("Rank", "Parameter", "PRCC", "p", "Reading");
                for (int i : r.ranking()) {
                    PrccResult c = r.prcc().get(i);
                    rows.add(List.of(Integer.toString(++rank), r.parameters().get(i).path(),
                            signed(c.coefficient()), p(c.pValue()), reading(r, i)));
                }
            }
            default -> throw new IllegalStateException("no analysis");
        }
        return new Finding(title, o.label(), unit, lead(r), verdict, noise, "", columns, rows, chart);
    }

    /** The ranking in words: the parameters that stand out, in order, then those that do not. */
    static String lead(OutcomeSensitivity r) {
        String outcome = SensitivityCharts.title(r.outcome()).toLowerCase(Locale.ROOT);
        List<String> important = new ArrayList<>();
        List<String> negligible = new ArrayList<>();
        for (int i : r.ranking()) {
            (r.negligible(i) ? negligible : important).add(r.parameters().get(i).path());
        }
        String why = switch (r.method()) {
            case MORRIS -> "within replication noise";
            case SOBOL -> "negligible or not clear of replication noise (a total-order index below "
                    + number(OutcomeSensitivity.NEGLIGIBLE_TOTAL) + ", or whose interval reaches down to the "
                    + number(r.noise().floor()) + " that noise adds)";
            default -> "not significant (p \u2265 0.05)";
        };
        StringBuilder s = new StringBuilder();
        if (important.isEmpty()) {
            s.append("No parameter stands out for ").append(outcome).append(": all are ").append(why).append('.');
            return s.toString();
        }
        int top = r.ranking().get(0);
        s.append(important.get(0)).append(" matters most for ").append(outcome).append(" (").append(reading(r, top))
                .append(')');
        if (important.size() > 1) {
            s.append(", then ").append(words(important.subList(1, important.size())));
        }
        s.append('.');
        if (!negligible.isEmpty()) {
            s.append(' ').append(words(negligible)).append(negligible.size() == 1 ? " is " : " are ").append(why)
                    .append('.');
        }
        if (r.method() == Analysis.SOBOL) {
            double sum = r.sobol().stream().mapToDouble(SobolIndex::first).sum();
            if (sum < 0.8) {
                s.append(" The first-order indices add up to ").append(number(sum))
                        .append(": the rest of the variance comes from interactions between parameters (or noise).");
            }
        }
        return s.toString();
    }

    private static String verdict(OutcomeSensitivity r) {
        Outcome o = r.outcome();
        OutcomeSensitivity.Spread s = r.spread();
        String metric = Headlines.label(o.metric()).toLowerCase(Locale.ROOT);
        long higher = Math.round(s.shareAboveZero() * s.points());
        return "Over the " + s.points() + " design points, " + metric + " under " + o.strategy() + " minus under "
                + o.minus() + " averaged " + signed(s.mean()) + " " + o.metric().unit() + " (from " + signed(s.min())
                + " to " + signed(s.max()) + "): " + o.strategy() + " was higher at " + higher + " of them and lower "
                + "or equal at " + (s.points() - higher) + ".";
    }

    private static String noise(OutcomeSensitivity r) {
        OutcomeSensitivity.Noise n = r.noise();
        if (n.replications() < 2 || !Double.isFinite(n.withinSd())) {
            return "With one replication per point, replication noise was not measured: it is part of the measures "
                    + "above. Give the experiment two or more replications to see how much.";
        }
        String s = "Between the " + n.replications() + " replications of a point, the outcome varied with a "
                + "standard deviation of " + number(n.withinSd()) + " " + r.outcome().metric().unit();
        if (Double.isFinite(n.noiseSd())) {
            s += ", of which " + number(n.noiseSd()) + " differs from point to point (the rest is common "
                    + "to every point on the same seed, and cancels)";
        }
        if (Double.isFinite(n.share())) {
            s += n.share() >= 1 ? "; averaged over the replications, that noise is as large as the whole variation "
                    + "between points, which may all be noise"
                    : "; averaged over the replications, it makes up " + (n.share() < 0.005 ? "" : "about ")
                    + percent(n.share())
                    + " of the variance between points";
        }
        if (r.method() == Analysis.MORRIS && Double.isFinite(n.floor())) {
            s += ". A parameter without effect would get a \u03bc* below " + number(n.floor())
                    + " from that noise 95 times in 100";
        } else if (r.method() == Analysis.SOBOL && Double.isFinite(n.floor())) {
            s += ". It adds about " + number(n.floor()) + " to every total-order index";
        }
        return s + ".";
    }

    /** What the measures of parameter {@code i} say, in words. */
    static String reading(OutcomeSensitivity r, int i) {
        return switch (r.method()) {
            case MORRIS -> morrisReading(r, i);
            case SOBOL -> sobolReading(r, i);
            case PRCC -> prccReading(r, i);
            case NONE, DISCOVERY -> "";
        };
    }

    private static String morrisReading(OutcomeSensitivity r, int i) {
        MorrisResult m = r.morris().get(i);
        if (r.negligible(i)) {
            return "within replication noise";
        }
        String it = it(r);
        String direction = m.mu() >= 0.8 * m.muStar() ? "raising it raises " + it
                : m.mu() <= -0.8 * m.muStar() ? "raising it lowers " + it
                : "effects of both signs: it raises " + it + " in some places and lowers it in others";
        return direction + (m.sigma() > m.muStar() ? "; strongly depends on the other parameters (\u03c3 > \u03bc*)"
                : "");
    }

    private static String sobolReading(OutcomeSensitivity r, int i) {
        SobolIndex s = r.sobol().get(i);
        if (r.negligible(i)) {
            return s.total() < OutcomeSensitivity.NEGLIGIBLE_TOTAL ? "negligible: can be fixed anywhere in its range"
                    : "not clear of replication noise: its interval reaches down to what noise adds";
        }
        String alone = "about " + percent(Math.max(0, s.first())) + " of the variance alone, "
                + percent(Math.max(0, s.total())) + " with its interactions";
        return s.total() - s.first() > 0.1 ? alone + "; acts largely through interactions" : alone;
    }

    private static String prccReading(OutcomeSensitivity r, int i) {
        PrccResult c = r.prcc().get(i);
        if (r.negligible(i)) {
            return "not significant";
        }
        String it = it(r);
        return (c.coefficient() > 0 ? "higher values go with a higher " : "higher values go with a lower ")
                + it.substring("the ".length())
                + (Math.abs(c.coefficient()) >= 0.5 ? ", strongly" : "");
    }

    /** What a direction applies to: the difference between two strategies, or the outcome. */
    private static String it(OutcomeSensitivity r) {
        return r.outcome().isContrast() ? "the difference" : "the outcome";
    }

    private static String words(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String interval(double value, double low, double high) {
        return number(value) + (Double.isFinite(low) ? " [" + number(low) + ", "
                + number(high) + "]" : "");
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.001 ? "< 0.001" : number(p);
    }

    /** A number for a sentence: four significant digits (thousands whole), without trailing zeros. */
    static String number(double value) {
        String h = SummaryTable.human(value);
        if (h.contains(".") && !h.contains("E")) {
            h = h.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return h;
    }

    private static String percent(double share) {
        return share < 0.005 ? "less than 1%" : Math.round(share * 100) + "%";
    }
}
