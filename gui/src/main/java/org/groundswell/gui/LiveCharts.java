package org.groundswell.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javax.swing.JComponent;
import javax.swing.JPanel;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts: harm, cost per patient-day, burnout, adoption and relational coordination against the
 * day, one line per hospital in the strategy's colour, the warm-up shaded and day 0 marked. Harm and cost
 * are noisy from day to day and are drawn as a {@value #WINDOW}-day trailing mean, as in the charts of a
 * run. Drawn with JFreeChart 1.5 (MASON's own chart package needs an older JFreeChart and is not used).
 * Touched only on the Swing event thread.
 */
final class LiveCharts {

    /** Days in the trailing mean of the noisy metrics. */
    static final int WINDOW = 14;

    /** One chart: a title, the metric, whether it is smoothed, and how its axis reads. */
    record Spec(String title, Metric metric, boolean smoothed, String axis, boolean percent) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("Harm", Metrics.ADVERSE_EVENTS_PER_1000_PD, true, "adverse events / 1,000 patient-days", false),
            new Spec("Cost per patient-day", Metrics.COST_PER_PATIENT_DAY, true, "USD", false),
            new Spec("Burnout", Metrics.BURNOUT_RATE, false, "share of frontline staff burned out", true),
            new Spec("Adoption", Metrics.ADOPTION_FRACTION, false, "unit \u00d7 problem types with a working practice",
                    true),
            new Spec("Relational coordination", Metrics.RC_INDEX_METRIC, false, "RC index (1-5)", false));

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final JPanel panel = new JPanel(new GridLayout(1, SPECS.size(), 4, 0));
    private final int hospitals;
    private final XYSeriesCollection[] data = new XYSeriesCollection[SPECS.size()];
    private final XYPlot[] plots = new XYPlot[SPECS.size()];
    private Trailing[][] trailing;

    /** Charts for {@code hospitals} lines each. */
    LiveCharts(int hospitals) {
        this.hospitals = hospitals;
        panel.setBackground(Color.WHITE);
        for (int c = 0; c < SPECS.size(); c++) {
            Spec spec = SPECS.get(c);
            data[c] = new XYSeriesCollection();
            NumberAxis days = new NumberAxis("day (0: strategy starts)");
            days.setAutoRangeIncludesZero(false);
            days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            NumberAxis values = new NumberAxis(spec.axis());
            values.setAutoRangeIncludesZero(false);
            if (spec.percent()) {
                NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
                percent.setMaximumFractionDigits(1);
                values.setNumberFormatOverride(percent);
            }
            for (NumberAxis axis : List.of(days, values)) {
                axis.setLabelFont(SMALL);
                axis.setTickLabelFont(TICKS);
            }
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int h = 0; h < hospitals; h++) {
                renderer.setSeriesPaint(h, Palette.strategy(h));
                renderer.setSeriesStroke(h, new BasicStroke(2f));
            }
            XYPlot plot = new XYPlot(data[c], days, values, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xdddddd));
            plot.setRangeGridlinePaint(new Color(0xdddddd));
            plot.setOutlinePaint(new Color(0x999999));
            plots[c] = plot;
            JFreeChart chart = new JFreeChart(spec.title(), TITLE, plot, hospitals > 1);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setAntiAlias(true);
            chart.addSubtitle(new TextTitle(spec.smoothed() ? WINDOW + "-day mean" : "daily", SMALL));
            LegendTitle legend = chart.getLegend();
            if (legend != null) {
                legend.setItemFont(SMALL);
                legend.setPosition(RectangleEdge.BOTTOM);
            }
            ChartPanel chartPanel = new ChartPanel(chart, 320, 320, 100, 100, 4000, 4000, true, false, false, false,
                    false, true);
            chartPanel.setMouseWheelEnabled(false);
            panel.add(chartPanel);
        }
        reset(List.of(), 0, 1);
    }

    JComponent component() {
        return panel;
    }

    /**
     * Empties the charts for a run from {@code firstDay} to {@code lastDay}, one line per name (the strategy
     * of each hospital).
     */
    void reset(List<String> names, int firstDay, int lastDay) {
        trailing = new Trailing[SPECS.size()][hospitals];
        for (int c = 0; c < SPECS.size(); c++) {
            data[c].removeAllSeries();
            for (int h = 0; h < names.size(); h++) {
                data[c].addSeries(new XYSeries(names.get(h) + (names.indexOf(names.get(h)) < h ? " (" + (h + 1) + ")" : ""),
                        false, true));
                trailing[c][h] = new Trailing(SPECS.get(c).smoothed() ? WINDOW : 1);
            }
            XYPlot plot = plots[c];
            plot.getDomainAxis().setRange(firstDay, Math.max(firstDay + 1, lastDay));
            plot.clearDomainMarkers();
            if (firstDay < 0) {
                IntervalMarker warmUp = new IntervalMarker(firstDay, 0, new Color(0xeeeeee));
                warmUp.setLabel("warm-up");
                warmUp.setLabelFont(SMALL);
                warmUp.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                warmUp.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(warmUp, Layer.BACKGROUND);
                ValueMarker start = new ValueMarker(0, new Color(0x777777), new BasicStroke(1f));
                plot.addDomainMarker(start, Layer.FOREGROUND);
            }
        }
    }

    /** Adds day {@code day} of hospital {@code hospital}, without redrawing; call {@link #publish()} after. */
    void add(int hospital, DayRecord day) {
        for (int c = 0; c < SPECS.size(); c++) {
            if (hospital >= data[c].getSeriesCount()) {
                continue;
            }
            double mean = trailing[c][hospital].add(day.value(SPECS.get(c).metric()));
            if (!Double.isNaN(mean)) {
                data[c].getSeries(hospital).add(day.day(), mean, false);
            }
        }
    }

    /**
     * Redraws every chart with the days added since the last call. Once the strategy period has begun, the
     * value axis fits it, so that the start-up of the warm-up (an empty hospital filling up) does not squash
     * the lines the class is watching.
     */
    void publish() {
        for (int c = 0; c < data.length; c++) {
            XYSeriesCollection collection = data[c];
            for (int s = 0; s < collection.getSeriesCount(); s++) {
                collection.getSeries(s).fireSeriesChanged();
            }
            fit(plots[c], collection);
        }
    }

    /**
     * The smallest margin above and below the lines: half a percentage point of a share, so that a flat line
     * (no adoption yet) gets an axis of distinct ticks rather than a sliver labelled 0% at every tick.
     */
    static final double MINIMUM_MARGIN = 0.005;

    /**
     * Fits the value axis to the lines, over the strategy period once it has begun: 8% of their spread above
     * and below, at least 1% of their level and {@link #MINIMUM_MARGIN}; never below 0, which none of the
     * charted metrics goes below.
     */
    static void fit(XYPlot plot, XYSeriesCollection collection) {
        boolean strategyPeriod = false;
        for (int s = 0; s < collection.getSeriesCount(); s++) {
            XYSeries series = collection.getSeries(s);
            strategyPeriod |= series.getItemCount() > 0 && series.getMaxX() >= 0;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < collection.getSeriesCount(); s++) {
            XYSeries series = collection.getSeries(s);
            for (int i = 0; i < series.getItemCount(); i++) {
                if (!strategyPeriod || series.getX(i).doubleValue() >= 0) {
                    double y = series.getY(i).doubleValue();
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        if (low > high) {
            return;
        }
        double margin = Math.max(Math.max((high - low) * 0.08, Math.abs(high) * 0.01), MINIMUM_MARGIN);
        double bottom = low >= 0 ? Math.max(0, low - margin) : low - margin;
        plot.getRangeAxis().setRange(bottom, high + margin);
    }

    /** The last value drawn for hospital {@code hospital} on chart {@code chart}, or NaN. */
    double last(int chart, int hospital) {
        XYSeries series = data[chart].getSeries(hospital);
        return series.getItemCount() == 0 ? Double.NaN : series.getY(series.getItemCount() - 1).doubleValue();
    }

    /** The trailing mean of the non-missing values among the last {@code window} days. */
    private static final class Trailing {
        private final double[] values;
        private int next;
        private int seen;

        Trailing(int window) {
            values = new double[window];
        }

        double add(double value) {
            values[next] = value;
            next = (next + 1) % values.length;
            seen = Math.min(seen + 1, values.length);
            double sum = 0;
            int n = 0;
            for (int i = 0; i < seen; i++) {
                if (!Double.isNaN(values[i])) {
                    sum += values[i];
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }
}
