package org.groundswell.experiments.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The charts of a run, as PNG files in {@code charts/}: quality, cost, burnout, staffing and relationships over
 * time, and the outcomes patients and staff feel ({@value #FELT_PATIENTS}: patient experience and engagement,
 * falls with injury, pressure injuries; {@value #FELT_FLOW_STAFF}: ED boarding, ambulance diversion, physician
 * burnout, nurses' intent to leave and job dissatisfaction). Each
 * plots a {@value #WINDOW}-day rolling mean of the daily values (bold) over the daily values themselves
 * (faint), against the day, with the warm-up shaded and day 0 marked; the value axis fits the strategy
 * period, so the start-up of the warm-up may run off the chart. Series are named by their registry labels and
 * axes by label and unit; every series of a chart has its own colour of the colour-blind-safe palette
 * ({@link ChartStyle#colour}), counted across the chart's panels. Rendered with JFreeChart; needs no display
 * ({@code java.awt.headless=true}).
 */
public final class Charts {

    /** Days in the rolling mean. */
    public static final int WINDOW = 14;

    /** Pixel size of every chart. */
    public static final int WIDTH = 1000;
    /** Pixel size of every chart. */
    public static final int HEIGHT = 600;

    /** The chart of the outcomes patients feel. */
    public static final String FELT_PATIENTS = "felt-patients.png";
    /** The chart of the outcomes the emergency department's flow and the staff feel. */
    public static final String FELT_FLOW_STAFF = "felt-flow-staff.png";

    /** The charts written, in order. */
    public static final List<Chart> CHARTS = List.of(
            new Chart("quality.png", "Quality of care: harm and 30-day mortality",
                    new Panel(Metrics.ADVERSE_EVENTS_PER_1000_PD),
                    new Panel(Metrics.MORTALITY_30D_RATE)),
            new Chart("cost.png", "Cost per patient-day",
                    new Panel(Metrics.COST_PER_PATIENT_DAY)),
            new Chart("burnout.png", "Burnout of frontline staff",
                    new Panel(Metrics.BURNOUT_RATE, Metrics.NURSE_BURNOUT_RATE, Metrics.MEAN_EXHAUSTION)),
            new Chart("staffing.png", "Staffing: patients per nurse, vacancies, overtime and agency",
                    new Panel(Metrics.PATIENTS_PER_NURSE),
                    new Panel(Metrics.VACANCY_RATE, Metrics.OVERTIME_SHARE, Metrics.AGENCY_SHARE)),
            new Chart("relationships.png", "Relationships and voice: coordination, safety and broken systems",
                    new Panel(Metrics.RC_INDEX_METRIC, Metrics.RC_CROSS_UNIT_METRIC),
                    new Panel(Metrics.PSYCH_SAFETY_METRIC),
                    new Panel(Metrics.PROBLEMS_OPEN_METRIC, Metrics.WORKAROUNDS_ACTIVE)),
            new Chart(FELT_PATIENTS, "What patients feel: experience, engagement, falls and pressure injuries",
                    Panel.unit("share, score 0-1", Metrics.PATIENT_EXPERIENCE, Metrics.PATIENT_ENGAGEMENT),
                    Panel.unit("per 1000 pt-days", Metrics.FALLS_PER_1000_PD),
                    Panel.unit("share of stays", Metrics.PRESSURE_INJURY_RATE)),
            new Chart(FELT_FLOW_STAFF, "What the ED and staff feel: boarding, diversion, burnout and intent to leave",
                    Panel.unit("patients", Metrics.ED_BOARDING_PATIENTS),
                    Panel.unit("hours/day", Metrics.DIVERSION_HOURS_METRIC),
                    Panel.unit("share 0-1", Metrics.PHYSICIAN_BURNOUT_RATE, Metrics.INTENT_TO_LEAVE_RATE,
                            Metrics.JOB_DISSATISFACTION_RATE)));

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

    private Charts() {
    }

    /**
     * One chart: a file name, a title, and one or more stacked panels sharing the day axis.
     *
     * @param file   file name inside {@code charts/}
     * @param title  chart title
     * @param panels stacked top to bottom
     */
    public record Chart(String file, String title, List<Panel> panels) {

        public Chart(String file, String title, Panel... panels) {
            this(file, title, List.of(panels));
        }
    }

    /**
     * A panel of a chart: metrics drawn against one value axis, named in the legend by their labels.
     *
     * @param metrics the metrics drawn, each in its own colour
     * @param axis    the value axis's label, or null for {@link #axisLabel()}'s default
     */
    public record Panel(List<Metric> metrics, String axis) {

        public Panel(List<Metric> metrics) {
            this(metrics, null);
        }

        public Panel(Metric... metrics) {
            this(List.of(metrics));
        }

        /**
         * A panel whose value axis says only {@code axis} (a unit): for a chart of three panels, whose axes are
         * too short for a label and a unit, the legend naming what each line is.
         */
        public static Panel unit(String axis, Metric... metrics) {
            return new Panel(List.of(metrics), axis);
        }

        /**
         * The axis label: the one given, else the metric's label and unit for one metric ("Cost per patient-day
         * (USD/patient-day)"), the distinct units of several (their labels are in the legend).
         */
        public String axisLabel() {
            if (axis != null) {
                return axis;
            }
            if (metrics.size() == 1) {
                return metrics.get(0).label() + " (" + metrics.get(0).unit() + ")";
            }
            Set<String> units = new LinkedHashSet<>();
            metrics.forEach(m -> units.add(m.unit()));
            return String.join("; ", units);
        }
    }

    /** Every metric some chart draws, once each, in chart order: what {@link ChartSeries} must keep. */
    public static List<Metric> metrics() {
        Set<Metric> all = new LinkedHashSet<>();
        CHARTS.forEach(c -> c.panels().forEach(p -> all.addAll(p.metrics())));
        return List.copyOf(all);
    }

    /**
     * Writes every chart of {@link #CHARTS} into {@code directory} (created if missing).
     *
     * @param directory  where to write the PNG files
     * @param series     the daily values, holding at least {@link #metrics()}
     * @param subtitle   a line under each title saying what run this is
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path directory, ChartSeries series, String subtitle) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Chart chart : CHARTS) {
            Path file = directory.resolve(chart.file());
            ChartUtils.saveChartAsPNG(file.toFile(), render(chart, series, subtitle), WIDTH, HEIGHT);
            written.add(file);
        }
        return written;
    }

    /**
     * The trailing rolling mean of {@code values} over {@code window} days: at day i, the mean of the
     * non-missing values of days i-window+1 to i (fewer at the start); NaN if all of them are missing.
     */
    public static double[] rollingMean(double[] values, int window) {
        double[] mean = new double[values.length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
            int leaving = i - window;
            if (leaving >= 0 && !Double.isNaN(values[leaving])) {
                sum -= values[leaving];
                count--;
            }
            mean[i] = count == 0 ? Double.NaN : sum / count;
        }
        return mean;
    }

    static JFreeChart render(Chart chart, ChartSeries series, String subtitle) {
        int[] days = series.days();
        double[] x = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            x[i] = days[i];
        }
        NumberAxis dayAxis = new NumberAxis("Day (0 = strategy period starts; negative = warm-up)");
        styleAxis(dayAxis);
        dayAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        dayAxis.setAutoRangeIncludesZero(false);
        if (days.length > 1) {
            dayAxis.setRange(days[0], days[days.length - 1]);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dayAxis);
        plot.setGap(12);
        int colour = 0;
        boolean first = true;
        for (Panel panel : chart.panels()) {
            plot.add(panel(panel, series, x, days, colour, first), 1);
            colour += panel.metrics().size();
            first = false;
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart jfc = new JFreeChart(chart.title(), TITLE_FONT, plot, true);
        jfc.setBackgroundPaint(Color.WHITE);
        jfc.setAntiAlias(true);
        jfc.addSubtitle(new TextTitle(subtitle + "  \u00b7  bold: " + WINDOW + "-day rolling mean; faint: daily values",
                SUBTITLE_FONT));
        LegendTitle legend = jfc.getLegend();
        legend.setItemFont(LABEL_FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        return jfc;
    }

    private static XYPlot panel(Panel panel, ChartSeries series, double[] x, int[] days, int firstColour,
                                boolean top) {
        DefaultXYDataset means = new DefaultXYDataset();
        DefaultXYDataset daily = new DefaultXYDataset();
        XYLineAndShapeRenderer meanRenderer = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer dailyRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < panel.metrics().size(); i++) {
            Metric m = panel.metrics().get(i);
            double[] values = series.values(m);
            means.addSeries(m.label(), new double[][] {x, rollingMean(values, WINDOW)});
            daily.addSeries(m.label() + " (daily)", new double[][] {x, values});
            Color c = colour(firstColour + i);
            meanRenderer.setSeriesPaint(i, c);
            meanRenderer.setSeriesStroke(i, new BasicStroke(2.2f));
            dailyRenderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            dailyRenderer.setSeriesStroke(i, new BasicStroke(1.0f));
            dailyRenderer.setSeriesVisibleInLegend(i, false);
        }
        NumberAxis valueAxis = new NumberAxis(panel.axisLabel());
        styleAxis(valueAxis);
        valueAxis.setAutoRangeIncludesZero(false);
        Optional<Range> range = strategyPeriodRange(panel, series, days);
        range.ifPresent(valueAxis::setRange);
        XYPlot plot = new XYPlot(means, null, valueAxis, meanRenderer);
        if (range.isEmpty() && days.length > 1 && days[days.length - 1] >= 0) {
            // Nothing to draw (a rate with nothing counted yet, such as failure to rescue before any stay had a
            // complication): say so, rather than leave an empty panel to be read as a fault of the chart.
            valueAxis.setRange(0, 1);
            XYTextAnnotation none = new XYTextAnnotation("no values in the strategy period (nothing to count yet)",
                    days[days.length - 1] / 2.0, 0.5);
            none.setFont(MARKER_FONT);
            none.setPaint(new Color(0x666666));
            plot.addAnnotation(none);
        }
        plot.setDataset(1, daily);
        plot.setRenderer(1, dailyRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x999999));
        if (days.length > 0 && days[0] < 0) {
            IntervalMarker warmUp = new IntervalMarker(days[0], 0, new Color(0, 0, 0, 18));
            if (top) {
                warmUp.setLabel("warm-up");
                warmUp.setLabelFont(MARKER_FONT);
                warmUp.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                warmUp.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(warmUp, Layer.BACKGROUND);
        }
        ValueMarker start = new ValueMarker(0, new Color(0x444444), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        if (top) {
            start.setLabel("strategy period starts");
            start.setLabelFont(MARKER_FONT);
            start.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            start.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        plot.addDomainMarker(start, Layer.FOREGROUND);
        return plot;
    }

    /**
     * The value range of the strategy period's daily values, with a margin: the start-up of the warm-up (an
     * empty hospital filling up) would otherwise squash everything else. Empty if there is no strategy period.
     */
    private static Optional<Range> strategyPeriodRange(Panel panel, ChartSeries series, int[] days) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Metric m : panel.metrics()) {
            double[] values = series.values(m);
            for (int i = 0; i < days.length; i++) {
                if (days[i] >= 0 && Double.isFinite(values[i])) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
        }
        if (min > max) {
            return Optional.empty();
        }
        if (max == 0 && min == 0) {
            // A flat line at 0 (an outcome nothing has happened to yet): an axis from 0 to 1, with the line just
            // above the axis's edge, rather than a sliver of ±1e-9 labelled in scientific notation.
            return Optional.of(new Range(-0.02, 1));
        }
        double margin = max > min ? (max - min) * 0.05 : Math.max(Math.abs(max) * 0.05, 1e-9);
        return Optional.of(new Range(min - margin, max + margin));
    }

    /** The colour of series {@code i} of a chart, counted across its panels. */
    static Color colour(int i) {
        return ChartStyle.colour(i);
    }

    private static void styleAxis(NumberAxis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
    }
}
