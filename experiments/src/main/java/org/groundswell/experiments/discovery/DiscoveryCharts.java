package org.groundswell.experiments.discovery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.RenderedChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of scenario discovery (JFreeChart, in the sweep's {@link ChartStyle}):
 * <ul>
 *   <li>{@code prim-trajectory-<rule>.png}: the peeling trajectory of each box, coverage against density, the
 *       number of restricted parameters at each step, the box chosen on it and the box after pasting;</li>
 *   <li>{@code prim-scatter-<rule>-<a>-<b>.png}: the points on two of the parameters a box restricts,
 *       coloured by whether the rule holds, with each box drawn;</li>
 *   <li>{@code robustness-<outcome>.png}: each strategy's mean and largest regret;</li>
 *   <li>{@code policy-map.png}: over the first two swept parameters, the strategy that does best at each point,
 *       shaded by the share of replications in which it was best.</li>
 * </ul>
 */
public final class DiscoveryCharts {

    private static final Color GREY = new Color(0xbbbbbb);
    private static final int MOST_PAIRS = 3;

    /**
     * The charts.
     *
     * @param rules      per rule, its charts (none for a rule that holds nowhere)
     * @param robustness per robust outcome
     * @param map        the policy map; null without one
     */
    public record Charts(List<List<RenderedChart>> rules, List<RenderedChart> robustness, RenderedChart map) {

        /** Every chart, in order. */
        public List<RenderedChart> all() {
            List<RenderedChart> all = new ArrayList<>();
            rules.forEach(all::addAll);
            all.addAll(robustness);
            if (map != null) {
                all.add(map);
            }
            return all;
        }
    }

    private DiscoveryCharts() {
    }

    /** Draws every chart of {@code d}. */
    public static Charts render(DiscoveryAnalysis.Discovery d) throws IOException {
        List<List<RenderedChart>> rules = new ArrayList<>();
        for (RuleDiscovery r : d.rules()) {
            List<RenderedChart> charts = new ArrayList<>();
            if (!r.prim().boxes().isEmpty()) {
                charts.add(trajectory(r));
                for (int[] pair : pairs(r)) {
                    charts.add(scatter(r, pair[0], pair[1]));
                }
            }
            rules.add(charts);
        }
        List<RenderedChart> robust = new ArrayList<>();
        for (DiscoveryAnalysis.RobustOutcome o : d.robustness()) {
            if (o.result().points() > 0) {
                robust.add(regret(d.experiment(), o));
            }
        }
        RenderedChart map = d.map() == null || d.map().points().length == 0 ? null : map(d);
        return new Charts(rules, robust, map);
    }

    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
    }

    private static String ruleSlug(RuleDiscovery r) {
        return slug(r.rule().metric().name() + "-" + r.rule().strategy() + "-beats-" + r.rule().beats());
    }

    private static RenderedChart trajectory(RuleDiscovery r) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries chosen = new XYSeries("box chosen on the trajectory", false, true);
        XYSeries finals = new XYSeries("box after pasting and dropping insignificant limits", false, true);
        List<XYTextAnnotation> labels = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (int b = 0; b < r.prim().boxes().size(); b++) {
            Prim.Found f = r.prim().boxes().get(b);
            XYSeries s = new XYSeries("box " + (b + 1) + ": peeling trajectory", false, true);
            for (PrimBox t : f.trajectory()) {
                s.add(t.coverage(), t.density());
                XYTextAnnotation label = new XYTextAnnotation(Integer.toString(t.restrictions()), t.coverage(),
                        t.density());
                label.setFont(ChartStyle.TICK);
                label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                labels.add(label);
            }
            data.addSeries(s);
            PrimBox c = f.trajectory().get(f.chosen());
            chosen.add(c.coverage(), c.density());
            finals.add(f.box().coverage(), f.box().density());
            alt.add("box " + (b + 1) + ": " + f.trajectory().size() + " steps, chosen at coverage "
                    + DiscoveryReport.percent(c.coverage()) + " and density " + DiscoveryReport.percent(c.density())
                    + ", after pasting " + DiscoveryReport.percent(f.box().coverage()) + " and "
                    + DiscoveryReport.percent(f.box().density()));
        }
        int boxes = data.getSeriesCount();
        data.addSeries(chosen);
        data.addSeries(finals);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int b = 0; b < boxes; b++) {
            renderer.setSeriesPaint(b, ChartStyle.colour(b));
            renderer.setSeriesShape(b, new Ellipse2D.Double(-3, -3, 6, 6));
            renderer.setSeriesStroke(b, new BasicStroke(1.5f));
        }
        renderer.setSeriesLinesVisible(boxes, false);
        renderer.setSeriesLinesVisible(boxes + 1, false);
        renderer.setSeriesPaint(boxes, Color.BLACK);
        renderer.setSeriesShape(boxes, new Ellipse2D.Double(-8, -8, 16, 16));
        renderer.setSeriesShapesFilled(boxes, false);
        renderer.setSeriesStroke(boxes, new BasicStroke(2.5f));
        renderer.setSeriesPaint(boxes + 1, new Color(0xD55E00));
        renderer.setSeriesShape(boxes + 1, new Rectangle2D.Double(-6, -6, 12, 12));
        NumberAxis x = new NumberAxis("coverage: share of the points where the rule holds that the box holds");
        NumberAxis y = new NumberAxis("density: share of the box's points where the rule holds");
        x.setRange(0, 1.05);
        y.setRange(0, 1.05);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        labels.forEach(plot::addAnnotation);
        String title = "Peeling trajectory: " + DiscoveryReport.subject(r.rule());
        return new RenderedChart("prim-trajectory-" + ruleSlug(r) + ".png", title,
                "Coverage against density of the boxes PRIM visited while peeling; the number by each point is how "
                        + "many parameters the box restricts. " + String.join("; ", alt) + ".",
                ChartStyle.png(ChartStyle.chart(title, "Each peel trades coverage for density; the number at each "
                        + "point is the parameters the box restricts", plot, true)));
    }

    /** The pairs of parameters to plot: among those the first box restricts, else with the next parameter. */
    static List<int[]> pairs(RuleDiscovery r) {
        int k = r.parameters().size();
        List<int[]> pairs = new ArrayList<>();
        if (k < 2) {
            return pairs;
        }
        List<Integer> restricted = new ArrayList<>(RuleDiscovery.restricted(r.prim().boxes().get(0).box()));
        for (int j = 0; restricted.size() < 2 && j < k; j++) {
            if (!restricted.contains(j)) {
                restricted.add(j);
            }
        }
        for (int a = 0; a < restricted.size() && pairs.size() < MOST_PAIRS; a++) {
            for (int b = a + 1; b < restricted.size() && pairs.size() < MOST_PAIRS; b++) {
                pairs.add(new int[] {restricted.get(a), restricted.get(b)});
            }
        }
        return pairs;
    }

    private static RenderedChart scatter(RuleDiscovery r, int a, int b) throws IOException {
        XYSeries holds = new XYSeries("the rule holds", false, true);
        XYSeries not = new XYSeries("it does not", false, true);
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < r.x().length; i++) {
            double xa = r.x()[i][a];
            double xb = r.x()[i][b];
            (r.holds()[i] ? holds : not).add(xa, xb);
            lo[0] = Math.min(lo[0], xa);
            hi[0] = Math.max(hi[0], xa);
            lo[1] = Math.min(lo[1], xb);
            hi[1] = Math.max(hi[1], xb);
        }
        double padA = pad(lo[0], hi[0]);
        double padB = pad(lo[1], hi[1]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(not);
        data.addSeries(holds);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, GREY);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, ChartStyle.colour(0));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        SweptParameter pa = r.parameters().get(a);
        SweptParameter pb = r.parameters().get(b);
        ValueAxis x = axis(pa);
        ValueAxis y = axis(pb);
        x.setRange(lo[0] - padA, hi[0] + padA);
        y.setRange(lo[1] - padB, hi[1] + padB);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        List<String> drawn = new ArrayList<>();
        for (int n = 0; n < r.prim().boxes().size(); n++) {
            PrimBox box = r.prim().boxes().get(n).box();
            if (box.restrictions() == 0) {
                continue;
            }
            double x0 = Double.isInfinite(box.lower()[a]) ? lo[0] - padA / 2 : box.lower()[a] - padA / 4;
            double x1 = Double.isInfinite(box.upper()[a]) ? hi[0] + padA / 2 : box.upper()[a] + padA / 4;
            double y0 = Double.isInfinite(box.lower()[b]) ? lo[1] - padB / 2 : box.lower()[b] - padB / 4;
            double y1 = Double.isInfinite(box.upper()[b]) ? hi[1] + padB / 2 : box.upper()[b] + padB / 4;
            Color c = new Color(0xD55E00);
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0),
                    new BasicStroke(3f), c));
            XYTextAnnotation label = new XYTextAnnotation("box " + (n + 1), x0, y1);
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            label.setPaint(c);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
            drawn.add("box " + (n + 1) + ": " + DiscoveryReport.conditions(r.parameters(), box));
        }
        String title = DiscoveryReport.subject(r.rule());
        return new RenderedChart("prim-scatter-" + ruleSlug(r) + "-" + slug(pa.path()) + "-" + slug(pb.path()) + ".png",
                title + ": " + pa.path() + " and " + pb.path(),
                "The " + r.x().length + " design points on " + pa.path() + " and " + pb.path() + ", " + r.held()
                        + " where the rule holds in colour, the others grey; " + (drawn.isEmpty() ? "no box"
                        : String.join("; ", drawn)) + ".",
                ChartStyle.png(ChartStyle.chart(title, "Each design point, coloured where the rule holds on the mean "
                        + "of its replications; the boxes PRIM found, drawn on these two parameters", plot, true)));
    }

    private static ValueAxis axis(SweptParameter p) {
        if (p instanceof SweptParameter.Choice c && !c.values().stream().allMatch(v -> v.isNumber())) {
            SymbolAxis axis = new SymbolAxis(p.path(), c.values().stream().map(SweptParameter::text)
                    .toArray(String[]::new));
            ChartStyle.axis(axis);
            return axis;
        }
        NumberAxis axis = new NumberAxis(p.path());
        axis.setAutoRangeIncludesZero(false);
        ChartStyle.axis(axis);
        return axis;
    }

    private static double pad(double lo, double hi) {
        return hi > lo ? 0.05 * (hi - lo) : 0.5;
    }

    private static RenderedChart regret(Experiment e, DiscoveryAnalysis.RobustOutcome o) throws IOException {
        XYSeries mean = new XYSeries("mean regret", false, true);
        XYSeries max = new XYSeries("largest regret", false, true);
        List<String> alt = new ArrayList<>();
        for (Robustness.StrategyRegret s : o.result().strategies()) {
            mean.add(s.strategy() - 0.18, s.meanRegret());
            max.add(s.strategy() + 0.18, s.maxRegret());
            alt.add(e.strategies().get(s.strategy()) + " mean " + DiscoveryReport.number(s.meanRegret()) + ", largest "
                    + DiscoveryReport.number(s.maxRegret()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(mean);
        data.addSeries(max);
        data.setIntervalWidth(0.34);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.faded(ChartStyle.colour(0), 150));
        renderer.setSeriesPaint(1, ChartStyle.colour(1));
        SymbolAxis x = new SymbolAxis("strategy", e.strategies().toArray(String[]::new));
        x.setRange(-0.6, e.strategies().size() - 0.4);
        String unit = o.metric() == null ? "weighted objective" : o.metric().unit();
        NumberAxis y = new NumberAxis("regret: shortfall from the best strategy at the point (" + unit + ")");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String who = e.strategies().get(o.result().minimax());
        String title = "Regret on " + DiscoveryReport.title(o).toLowerCase(java.util.Locale.ROOT);
        return new RenderedChart("robustness-" + slug(o.name()) + ".png", title,
                "Each strategy's mean and largest regret over " + o.result().points() + " points: " + String.join("; ",
                        alt) + ". The minimax-regret strategy is " + who + ".",
                ChartStyle.png(ChartStyle.chart(title, "Over " + o.result().points() + " design points; the "
                        + "minimax-regret strategy, " + who + ", has the lowest orange bar", plot, true)));
    }

    private static RenderedChart map(DiscoveryAnalysis.Discovery d) throws IOException {
        Experiment e = d.experiment();
        DiscoveryAnalysis.PolicyMap m = d.map();
        List<String> strategies = e.strategies();
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        List<List<Double>> shades = new ArrayList<>();
        for (String s : strategies) {
            XYSeries xy = new XYSeries(s + " best", false, true);
            series.add(xy);
            shades.add(new ArrayList<>());
        }
        SweptParameter px = e.parameters().get(m.x());
        SweptParameter py = e.parameters().get(m.y());
        org.groundswell.experiments.design.DesignPoints points = new org.groundswell.experiments.design.DesignPoints(e);
        int[] count = new int[strategies.size()];
        for (int i = 0; i < m.points().length; i++) {
            double[] c = DiscoveryAnalysis.coordinates(points, m.points()[i]);
            series.get(m.winner()[i]).add(c[m.x()], c[m.y()]);
            shades.get(m.winner()[i]).add(m.share()[i]);
            count[m.winner()[i]]++;
        }
        series.forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                double share = shades.get(row).get(column);
                int alpha = Double.isNaN(share) ? 120 : (int) Math.round(60 + 195 * share);
                return ChartStyle.faded(ChartStyle.colour(row), Math.min(255, alpha));
            }
        };
        for (int s = 0; s < strategies.size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.colour(s));
            renderer.setSeriesShape(s, new Rectangle2D.Double(-7, -7, 14, 14));
        }
        ValueAxis x = axis(px);
        ValueAxis y = axis(py);
        if (x instanceof NumberAxis) {
            ((NumberAxis) x).setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        List<String> alt = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            alt.add(strategies.get(s) + " best at " + count[s] + " points");
        }
        String on = m.outcome().equals("objective") ? "the objective" : m.outcome();
        String title = "Policy map: the best strategy on " + on;
        return new RenderedChart("policy-map.png", title, "Over " + px.path() + " and " + py.path() + ", the strategy "
                + "that does best at each design point on " + on + ", darker where it was best in more of the "
                + "replications: " + String.join("; ", alt) + ".",
                ChartStyle.png(ChartStyle.chart(title, "Each design point coloured by the strategy that does best "
                        + "there on the mean of its replications; darker where it was best in more replications",
                        plot, true)));
    }
}
