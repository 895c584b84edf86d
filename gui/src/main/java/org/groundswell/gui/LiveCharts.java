package org.groundswell.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javax.swing.JComboBox;
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
 * day, one line per hospital in the strategy's colour, the warm-up shaded and day 0 marked; and a last chart
 * with a drop-down to pick one of the outcomes patients and staff feel ({@link #FELT}: patient experience,
 * falls, pressure injuries, failure to rescue, ED boarding, diversion hours, physician burnout, nurses'
 * intent to leave). Every felt outcome is kept as the run goes, so the one picked shows the whole run so far.
 * Harm, cost and the counted outcomes are noisy from day to day and are drawn as a {@value #WINDOW}-day
 * trailing mean, as in the charts of a run. Drawn with JFreeChart 1.5 (MASON's own chart package needs an older JFreeChart and is not used).
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

    /** The outcomes patients and staff feel, one at a time on the last chart, picked from its drop-down. */
    static final List<Spec> FELT = List.of(
            new Spec("Patient experience", Metrics.PATIENT_EXPERIENCE, true, "share who would recommend", true),
            new Spec("Falls with injury", Metrics.FALLS_PER_1000_PD, true, "falls / 1,000 patient-days", false),
            new Spec("Pressure injuries", Metrics.PRESSURE_INJURY_RATE, true, "share of stays", true),
            new Spec("Failure to rescue", Metrics.FAILURE_TO_RESCUE_RATE, true, "deaths / complicated stay", true),
            new Spec("ED boarding", Metrics.ED_BOARDING_PATIENTS, true, "patients waiting in the ED for a bed", false),
            new Spec("Ambulance diversion", Metrics.DIVERSION_HOURS_METRIC, true, "hours a day", false),
            new Spec("Physician burnout", Metrics.PHYSICIAN_BURNOUT_RATE, false, "share of physicians burned out",
                    true),
            new Spec("Nurses' intent to leave", Metrics.INTENT_TO_LEAVE_RATE, false,
                    "share of RNs intending to leave", true));

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final JPanel panel = new JPanel(new GridLayout(1, SPECS.size() + 1, 4, 0));
    private final int hospitals;
    private final XYSeriesCollection[] data = new XYSeriesCollection[SPECS.size()];
    private final XYPlot[] plots = new XYPlot[SPECS.size()];
    private Trailing[][] trailing;
    /** The felt outcomes' lines, every one kept; the felt chart shows the one picked. */
    private final XYSeriesCollection[] feltData = new XYSeriesCollection[FELT.size()];
    private Trailing[][] feltTrailing;
    private final JComboBox<String> feltChoice = new JComboBox<>(FELT.stream().map(Spec::title)
            .toArray(String[]::new));
    private XYPlot feltPlot;
    private JFreeChart feltChart;
    private int felt;

    /** Charts for {@code hospitals} lines each. */
    LiveCharts(int hospitals) {
        this.hospitals = hospitals;
        panel.setBackground(Color.WHITE);
        for (int c = 0; c < SPECS.size(); c++) {
            Spec spec = SPECS.get(c);
            data[c] = new XYSeriesCollection();
            plots[c] = plot(data[c], spec);
            JFreeChart chart = chart(plots[c], spec);
            panel.add(chartPanel(chart));
        }
        for (int f = 0; f < FELT.size(); f++) {
            feltData[f] = new XYSeriesCollection();
        }
        feltPlot = plot(feltData[0], FELT.get(0));
        feltChart = chart(feltPlot, FELT.get(0));
        feltChoice.setFont(SMALL);
        feltChoice.setToolTipText("Outcomes patients and staff feel: pick one to draw");
        feltChoice.addActionListener(e -> show(feltChoice.getSelectedIndex()));
        JPanel feltCell = new JPanel(new BorderLayout());
        feltCell.setBackground(Color.WHITE);
        feltCell.add(feltChoice, BorderLayout.NORTH);
        feltCell.add(chartPanel(feltChart), BorderLayout.CENTER);
        panel.add(feltCell);
        reset(List.of(), 0, 1);
    }

    private XYPlot plot(XYSeriesCollection collection, Spec spec) {
        NumberAxis days = new NumberAxis("day (0: strategy starts)");
        days.setAutoRangeIncludesZero(false);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis values = new NumberAxis(spec.axis());
        values.setAutoRangeIncludesZero(false);
        format(values, spec);
        for (NumberAxis axis : List.of(days, values)) {
            axis.setLabelFont(SMALL);
            axis.setTickLabelFont(TICKS);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int h = 0; h < hospitals; h++) {
            renderer.setSeriesPaint(h, Palette.strategy(h));
            renderer.setSeriesStroke(h, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(collection, days, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x999999));
        return plot;
    }

    /** A share's axis reads in percent; any other in plain numbers. */
    private static void format(NumberAxis values, Spec spec) {
        if (spec.percent()) {
            NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
            percent.setMaximumFractionDigits(1);
            values.setNumberFormatOverride(percent);
        } else {
            values.setNumberFormatOverride(null);
        }
    }

    private JFreeChart chart(XYPlot plot, Spec spec) {
        JFreeChart chart = new JFreeChart(spec.title(), TITLE, plot, hospitals > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.addSubtitle(new TextTitle(subtitle(spec), SMALL));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(SMALL);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static String subtitle(Spec spec) {
        return spec.smoothed() ? WINDOW + "-day mean" : "daily";
    }

    private static ChartPanel chartPanel(JFreeChart chart) {
        ChartPanel chartPanel = new ChartPanel(chart, 320, 320, 100, 100, 4000, 4000, true, false, false, false,
                false, true);
        chartPanel.setMouseWheelEnabled(false);
        return chartPanel;
    }

    JComponent component() {
        return panel;
    }

    /** The drop-down of the felt chart. */
    JComboBox<String> feltChoice() {
        return feltChoice;
    }

    /** The felt outcome the felt chart shows, an index of {@link #FELT}. */
    int felt() {
        return felt;
    }

    /** The felt chart's plot, drawing the outcome picked. */
    XYPlot feltPlot() {
        return feltPlot;
    }

    /** The felt chart's title: the outcome picked. */
    String feltTitle() {
        return feltChart.getTitle().getText();
    }

    /** Shows felt outcome {@code f} (an index of {@link #FELT}) on the felt chart, with the run so far. */
    private void show(int f) {
        if (f < 0 || f == felt) {
            return;
        }
        felt = f;
        Spec spec = FELT.get(f);
        feltPlot.setDataset(feltData[f]);
        feltPlot.getRangeAxis().setLabel(spec.axis());
        format((NumberAxis) feltPlot.getRangeAxis(), spec);
        feltChart.setTitle(new TextTitle(spec.title(), TITLE));
        feltPlot.getRangeAxis().setAutoRange(true);
        fit(feltPlot, feltData[f]);
        note();
    }

    /**
     * Empties the charts for a run from {@code firstDay} to {@code lastDay}, one line per name (the strategy
     * of each hospital).
     */
    void reset(List<String> names, int firstDay, int lastDay) {
        trailing = new Trailing[SPECS.size()][hospitals];
        feltTrailing = new Trailing[FELT.size()][hospitals];
        for (int f = 0; f < FELT.size(); f++) {
            lines(feltData[f], feltTrailing[f], FELT.get(f), names);
        }
        List<XYPlot> all = new java.util.ArrayList<>(List.of(plots));
        all.add(feltPlot);
        for (int c = 0; c < SPECS.size(); c++) {
            lines(data[c], trailing[c], SPECS.get(c), names);
        }
        for (XYPlot plot : all) {
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

    /** Empties {@code collection} for a line per name, each with its trailing mean. */
    private void lines(XYSeriesCollection collection, Trailing[] means, Spec spec, List<String> names) {
        collection.removeAllSeries();
        for (int h = 0; h < names.size(); h++) {
            collection.addSeries(new XYSeries(names.get(h) + (names.indexOf(names.get(h)) < h ? " (" + (h + 1) + ")" : ""),
                    false, true));
            means[h] = new Trailing(spec.smoothed() ? WINDOW : 1);
        }
    }

    /** Adds day {@code day} of hospital {@code hospital}, without redrawing; call {@link #publish()} after. */
    void add(int hospital, DayRecord day) {
        for (int c = 0; c < SPECS.size(); c++) {
            add(data[c], trailing[c], SPECS.get(c), hospital, day);
        }
        for (int f = 0; f < FELT.size(); f++) {
            add(feltData[f], feltTrailing[f], FELT.get(f), hospital, day);
        }
    }

    private static void add(XYSeriesCollection collection, Trailing[] means, Spec spec, int hospital, DayRecord day) {
        if (hospital >= collection.getSeriesCount()) {
            return;
        }
        double mean = means[hospital].add(day.value(spec.metric()));
        if (!Double.isNaN(mean)) {
            collection.getSeries(hospital).add(day.day(), mean, false);
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
        XYSeriesCollection shown = feltData[felt];
        for (int s = 0; s < shown.getSeriesCount(); s++) {
            shown.getSeries(s).fireSeriesChanged();
        }
        fit(feltPlot, shown);
        note();
    }

    /**
     * The felt chart's subtitle: the mean it draws and, once the run has days but the outcome none to draw (a
     * rate with nothing to divide by, such as failure to rescue before any complication), that nothing has been
     * counted yet, so that an empty chart does not read as a broken one.
     */
    private void note() {
        boolean days = false;
        boolean drawn = false;
        for (int f = 0; f < FELT.size(); f++) {
            for (int s = 0; s < feltData[f].getSeriesCount(); s++) {
                boolean any = feltData[f].getSeries(s).getItemCount() > 0;
                days |= any;
                drawn |= any && f == felt;
            }
        }
        String text = subtitle(FELT.get(felt)) + (days && !drawn ? " \u00b7 nothing counted yet" : "");
        TextTitle subtitle = (TextTitle) feltChart.getSubtitle(feltChart.getSubtitleCount() - 1);
        if (!text.equals(subtitle.getText())) {
            subtitle.setText(text);
        }
    }

    /** The felt chart's subtitle, as {@link #note()} leaves it. */
    String feltSubtitle() {
        return ((TextTitle) feltChart.getSubtitle(feltChart.getSubtitleCount() - 1)).getText();
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

    /** The last value of felt outcome {@code f} (an index of {@link #FELT}) for hospital {@code hospital}, or NaN. */
    double lastFelt(int f, int hospital) {
        XYSeries series = feltData[f].getSeries(hospital);
        return series.getItemCount() == 0 ? Double.NaN : series.getY(series.getItemCount() - 1).doubleValue();
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
