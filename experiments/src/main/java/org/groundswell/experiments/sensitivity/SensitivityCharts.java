package org.groundswell.experiments.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.MorrisDesign;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.design.SaltelliDesign;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.PointLabels;
import org.groundswell.experiments.report.RenderedChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a sensitivity analysis (JFreeChart, in the sweep's style), one per analysed outcome:
 * <ul>
 *   <li>{@code morris-<outcome>.png}: each parameter at its (μ*, σ), labelled where the label overlaps no
 *       other label or point ({@link PointLabels}) — right means influential, up
 *       means its effect depends on the other parameters — with the replication-noise floor of μ* as a dashed
 *       line;</li>
 *   <li>{@code sobol-<outcome>.png}: horizontal bars of each parameter's first-order (S1) and total-order (ST)
 *       index with their 95% bootstrap intervals as whiskers, the most influential parameter on top;</li>
 *   <li>{@code prcc-<outcome>.png}: a tornado of the partial rank correlations, largest on top, coloured by
 *       direction, grey when not significant.</li>
 * </ul>
 * {@code <outcome>} is the metric, then the strategy, then {@code minus-<strategy>} for a contrast.
 */
public final class SensitivityCharts {

    private static final Color GREY = new Color(0x999999);

    private SensitivityCharts() {
    }

    /** The charts of every outcome that was analysed, in the experiment's order. */
    public static List<RenderedChart> render(Experiment experiment, List<OutcomeSensitivity> results)
            throws IOException {
        List<RenderedChart> charts = new ArrayList<>();
        for (OutcomeSensitivity r : results) {
            if (!r.analysed()) {
                continue;
            }
            charts.add(switch (r.method()) {
                case MORRIS -> morris(experiment, r);
                case SOBOL -> sobol(experiment, r);
                case PRCC -> prcc(experiment, r);
                case NONE, DISCOVERY -> throw new IllegalStateException("no sensitivity analysis");
            });
        }
        return charts;
    }

    /** The outcome in a file name: {@code metric-strategy}, or {@code metric-strategy-minus-other}. */
    static String slug(Outcome o) {
        String s = o.metric().name() + "-" + o.strategy() + (o.isContrast() ? "-minus-" + o.minus() : "");
        return s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** The outcome for people: "Adverse events under partnership", "Adverse events: partnership − top-down". */
    static String title(Outcome o) {
        String metric = Headlines.label(o.metric());
        return o.isContrast() ? metric + ": " + o.strategy() + " \u2212 " + o.minus()
                : metric + " under " + o.strategy();
    }

    private static RenderedChart morris(Experiment experiment, OutcomeSensitivity r) throws IOException {
        MorrisDesign design = (MorrisDesign) experiment.design();
        XYSeries series = new XYSeries("parameters", false, true);
        List<String> described = new ArrayList<>();
        double widest = Double.isFinite(r.noise().floor()) ? r.noise().floor() : 0;
        double highest = 0;
        for (int i = 0; i < r.parameters().size(); i++) {
            MorrisResult m = r.morris().get(i);
            series.add(m.muStar(), m.sigma());
            widest = Math.max(widest, m.muStar());
            highest = Math.max(highest, m.sigma());
        }
        for (int i : r.ranking()) {
            MorrisResult m = r.morris().get(i);
            described.add(r.parameters().get(i).path() + " \u03bc* " + SummaryTable.human(m.muStar()) + ", \u03c3 "
                    + SummaryTable.human(m.sigma()));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.colour(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        String unit = r.outcome().metric().unit();
        NumberAxis x = new NumberAxis("\u03bc*, mean |elementary effect| (" + unit + " per range of the parameter)");
        NumberAxis y = new NumberAxis("\u03c3, SD of the elementary effects (" + unit + ")");
        // From a little below 0, so that points at 0 show whole; room on the right for the labels.
        widest = widest > 0 ? widest : 1;
        highest = highest > 0 ? highest : 1;
        x.setRange(-0.03 * widest, 1.35 * widest);
        y.setRange(-0.04 * highest, 1.12 * highest);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
        double floor = r.noise().floor();
        if (Double.isFinite(floor) && floor > 0) {
            ValueMarker marker = new ValueMarker(floor, GREY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            marker.setLabel("replication noise");
            marker.setLabelFont(ChartStyle.TICK);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        String title = "Morris screening: " + title(r.outcome());
        String subtitle = experiment.name() + ": " + design.trajectories() + " trajectories on " + design.levels()
                + " levels, each point the mean of " + experiment.replications() + " replication"
                + (experiment.replications() == 1 ? "" : "s") + "; right = influential, up = interacting";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
        int k = r.parameters().size();
        double[] mus = new double[k];
        double[] sigmas = new double[k];
        String[] names = new String[k];
        for (int i = 0; i < k; i++) {
            mus[i] = r.morris().get(i).muStar();
            sigmas[i] = r.morris().get(i).sigma();
            names[i] = r.parameters().get(i).path();
        }
        PointLabels.place(chart, mus, sigmas, names, r.ranking());
        String alt = "Scatter chart of the Morris measures of " + title(r.outcome()) + " (" + unit + "): μ* "
                + "across, σ up, one labelled point per parameter. By μ*: " + String.join("; ", described)
                + (Double.isFinite(floor) ? ". Replication noise alone would give μ* about "
                + SummaryTable.human(floor) : "") + ".";
        return new RenderedChart("morris-" + slug(r.outcome()) + ".png", title, alt, ChartStyle.png(chart));
    }

    private static RenderedChart sobol(Experiment experiment, OutcomeSensitivity r) throws IOException {
        List<Integer> order = new ArrayList<>(r.ranking());
        Collections.reverse(order);
        XYIntervalSeries first = new XYIntervalSeries("first order S1 (alone)");
        XYIntervalSeries total = new XYIntervalSeries("total order ST (with interactions)");
        String[] names = new String[order.size()];
        List<String> described = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            SobolIndex s = r.sobol().get(i);
            names[position] = r.parameters().get(i).path();
            add(first, position + 0.18, 0.16, s.first(), s.firstLow(), s.firstHigh());
            add(total, position - 0.18, 0.16, s.total(), s.totalLow(), s.totalHigh());
        }
        for (int i : r.ranking()) {
            SobolIndex s = r.sobol().get(i);
            described.add(r.parameters().get(i).path() + " ST " + SummaryTable.human(s.total()) + ", S1 "
                    + SummaryTable.human(s.first()));
        }
        XYPlot plot = bars(List.of(first, total), true, names, "Sobol' index: share of the outcome's variance");
        SaltelliDesign design = (SaltelliDesign) experiment.design();
        String title = "Sobol' indices: " + title(r.outcome());
        String subtitle = experiment.name() + ": Saltelli sample of N = " + design.samples() + ", each point the mean "
                + "of " + experiment.replications() + " replication" + (experiment.replications() == 1 ? "" : "s")
                + "; whiskers: 95% bootstrap intervals";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        String alt = "Bar chart of the first- and total-order Sobol' indices of " + title(r.outcome()) + ", one pair "
                + "of bars per parameter with 95% intervals, most influential on top: " + String.join("; ", described)
                + ".";
        return new RenderedChart("sobol-" + slug(r.outcome()) + ".png", title, alt, ChartStyle.png(chart));
    }

    private static RenderedChart prcc(Experiment experiment, OutcomeSensitivity r) throws IOException {
        List<Integer> order = new ArrayList<>(r.ranking());
        Collections.reverse(order);
        XYIntervalSeries raises = new XYIntervalSeries("higher value, higher outcome (p < 0.05)");
        XYIntervalSeries lowers = new XYIntervalSeries("higher value, lower outcome (p < 0.05)");
        XYIntervalSeries neither = new XYIntervalSeries("not significant");
        String[] names = new String[order.size()];
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            PrccResult c = r.prcc().get(i);
            names[position] = r.parameters().get(i).path();
            XYIntervalSeries series = r.negligible(i) ? neither : c.coefficient() > 0 ? raises : lowers;
            add(series, position, 0.3, c.coefficient(), Double.NaN, Double.NaN);
        }
        List<String> described = new ArrayList<>();
        for (int i : r.ranking()) {
            PrccResult c = r.prcc().get(i);
            described.add(r.parameters().get(i).path() + " " + SummaryTable.human(c.coefficient()) + " (p "
                    + SummaryTable.human(c.pValue()) + ")");
        }
        XYPlot plot = bars(List.of(raises, lowers, neither), false, names, "partial rank correlation coefficient");
        plot.getRangeAxis().setRange(-1.05, 1.05);
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.colour(1));
        renderer.setSeriesPaint(1, ChartStyle.colour(0));
        renderer.setSeriesPaint(2, GREY);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        String title = "Partial rank correlation: " + title(r.outcome());
        String subtitle = experiment.name() + ": " + r.spread().points() + " points, each the mean of "
                + experiment.replications() + " replication" + (experiment.replications() == 1 ? "" : "s")
                + " (Marino et al. 2008)";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        String alt = "Tornado chart of the partial rank correlation of each parameter with " + title(r.outcome())
                + ", largest on top: " + String.join("; ", described) + ".";
        return new RenderedChart("prcc-" + slug(r.outcome()) + ".png", title, alt, ChartStyle.png(chart));
    }

    /** A bar {@code 2 · half} wide at {@code x}, from 0 to {@code y}, with its interval (or none). */
    private static void add(XYIntervalSeries series, double x, double half, double y, double low, double high) {
        series.add(x, x - half, x + half, y, Double.isFinite(low) ? low : y, Double.isFinite(high) ? high : y);
    }

    /**
     * Horizontal bars, one row per name, from 0 to each item's y; with {@code whiskers}, its y interval drawn
     * over the bar.
     */
    private static XYPlot bars(List<XYIntervalSeries> series, boolean whiskers, String[] names, String valueLabel) {
        SymbolAxis parameters = new SymbolAxis(null, names);
        parameters.setGridBandsVisible(false);
        parameters.setLowerMargin(0.02);
        parameters.setUpperMargin(0.02);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int s = 0; s < series.size(); s++) {
            bars.setSeriesPaint(s, ChartStyle.colour(s));
        }
        XYPlot plot = new XYPlot(collection(series), parameters, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (whiskers) {
            // A dataset of its own: the plot finds a dataset's renderer by the dataset's first index.
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDrawXError(false);
            errors.setDefaultShapesVisible(false);
            errors.setErrorPaint(Color.DARK_GRAY);
            errors.setCapLength(8);
            errors.setDefaultSeriesVisibleInLegend(false);
            plot.setDataset(1, collection(series));
            plot.setRenderer(1, errors);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return plot;
    }

    private static XYIntervalSeriesCollection collection(List<XYIntervalSeries> series) {
        XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
        series.forEach(c::addSeries);
        return c;
    }
}
