package org.groundswell.experiments.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.ChartStyle;
import org.groundswell.experiments.report.ParameterSources;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.model.metrics.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The charts of a sweep (JFreeChart), for each charted metric:
 * <ul>
 *   <li>{@code <metric>-vs-<parameter>.png} for each swept parameter: every run as a faint dot, and a line
 *       through the mean of the runs in each of up to {@value #BINS} bins of the parameter (or at each of its
 *       values, when it takes at most {@value #BINS}): a smoothed mean that shows the trend under the noise.
 *       One colour per strategy.</li>
 *   <li>{@code heatmap-<metric>[-<strategy>].png} when exactly two parameters are swept: the mean of the
 *       metric in each cell of the two parameters' bins.</li>
 * </ul>
 * Runs are read in {@code run_id} order, so the charts do not depend on which run finished first.
 */
final class SweepCharts {

    /** The most bins of a smoothed mean or a heat map axis. */
    static final int BINS = 20;

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    private SweepCharts() {
    }

    /** The charts of a finished sweep. */
    static List<RenderedChart> render(SweepPlan plan, List<String> header, List<List<String>> rows)
            throws IOException {
        List<SweptParameter> parameters = plan.experiment().parameters();
        List<String> strategies = plan.experiment().strategies();
        int strategyColumn = header.indexOf("strategy");
        int firstParameter = header.indexOf("seed") + 1;
        List<RenderedChart> charts = new ArrayList<>();
        for (Metric metric : plan.experiment().metrics()) {
            int y = header.indexOf(metric.name());
            for (int i = 0; i < parameters.size(); i++) {
                charts.add(scatter(plan, metric, i, strategies, rows, strategyColumn, firstParameter + i, y));
            }
            if (parameters.size() == 2) {
                for (String strategy : strategies) {
                    charts.add(heatMap(plan, metric, strategy, strategies.size() > 1, rows, strategyColumn,
                            firstParameter, y));
                }
            }
        }
        return charts;
    }

    private static RenderedChart scatter(SweepPlan plan, Metric metric, int parameter, List<String> strategies,
                                         List<List<String>> rows, int strategyColumn, int x, int y)
            throws IOException {
        SweptParameter p = plan.experiment().parameters().get(parameter);
        Axis axis = Axis.of(p, rows, x);
        DefaultXYDataset dots = new DefaultXYDataset();
        DefaultXYDataset means = new DefaultXYDataset();
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer meanRenderer = new XYLineAndShapeRenderer(true, true);
        List<String> trends = new ArrayList<>();
        int runs = 0;
        for (int s = 0; s < strategies.size(); s++) {
            List<double[]> points = new ArrayList<>();
            for (List<String> row : rows) {
                double value = number(row.get(y));
                if (row.get(strategyColumn).equals(strategies.get(s)) && Double.isFinite(value)) {
                    points.add(new double[] {axis.position(row.get(x)), value});
                }
            }
            runs += points.size();
            double[][] dotData = new double[2][points.size()];
            for (int i = 0; i < points.size(); i++) {
                dotData[0][i] = points.get(i)[0];
                dotData[1][i] = points.get(i)[1];
            }
            double[][] binned = axis.binnedMeans(points);
            dots.addSeries(strategies.get(s) + " (runs)", dotData);
            means.addSeries(strategies.get(s), binned);
            Color colour = ChartStyle.colour(s);
            dotRenderer.setSeriesPaint(s, ChartStyle.faded(colour, 70));
            dotRenderer.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dotRenderer.setSeriesVisibleInLegend(s, false);
            meanRenderer.setSeriesPaint(s, colour);
            meanRenderer.setSeriesStroke(s, new BasicStroke(2.5f));
            meanRenderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            if (binned[0].length > 1) {
                int last = binned[0].length - 1;
                trends.add(strategies.get(s) + ": mean " + SummaryTable.human(binned[1][0]) + " at "
                        + axis.label(binned[0][0]) + ", " + SummaryTable.human(binned[1][last]) + " at "
                        + axis.label(binned[0][last]));
            }
        }
        NumberAxis values = new NumberAxis(metric.label() + " (" + metric.unit() + ")");
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(means, axis.axis(withUnit(p.path())), values, meanRenderer);
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer);
        String title = Headlines.label(metric) + " against " + p.path();
        String subtitle = plan.experiment().name() + ": " + runs + " runs (dots) and their mean by "
                + (axis.binned() ? "bin" : "value") + " of " + p.path() + " (line)";
        JFreeChart chart = ChartStyle.chart(title, subtitle, plot, true);
        String alt = "Scatter chart of " + metric.label() + " (" + metric.unit() + ") against " + p.path() + ", "
                + runs + " runs, with the mean by " + (axis.binned() ? "bin" : "value") + ". "
                + String.join("; ", trends) + ".";
        String file = metric.name() + "-vs-" + UNSAFE.matcher(p.path()).replaceAll("-") + ".png";
        return new RenderedChart(file, title, alt, ChartStyle.png(chart));
    }

    private static RenderedChart heatMap(SweepPlan plan, Metric metric, String strategy, boolean named,
                                         List<List<String>> rows, int strategyColumn, int firstParameter, int y)
            throws IOException {
        SweptParameter px = plan.experiment().parameters().get(0);
        SweptParameter py = plan.experiment().parameters().get(1);
        Axis ax = Axis.of(px, rows, firstParameter);
        Axis ay = Axis.of(py, rows, firstParameter + 1);
        int nx = ax.cells();
        int ny = ay.cells();
        double[][] sum = new double[nx][ny];
        int[][] count = new int[nx][ny];
        for (List<String> row : rows) {
            double value = number(row.get(y));
            if (row.get(strategyColumn).equals(strategy) && Double.isFinite(value)) {
                int i = ax.cell(ax.position(row.get(firstParameter)));
                int j = ay.cell(ay.position(row.get(firstParameter + 1)));
                sum[i][j] += value;
                count[i][j]++;
            }
        }
        List<double[]> cells = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                if (count[i][j] > 0) {
                    double mean = sum[i][j] / count[i][j];
                    cells.add(new double[] {i, j, mean});
                    low = Math.min(low, mean);
                    high = Math.max(high, mean);
                }
            }
        }
        double[][] data = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int k = 0; k < 3; k++) {
                data[k][c] = cells.get(c)[k];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(metric.name(), data);
        if (!(high > low)) {
            high = low + Math.max(Math.abs(low) * 1e-6, 1e-9);
        }
        Gradient scale = new Gradient(cells.isEmpty() ? 0 : low, cells.isEmpty() ? 1 : high);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, ax.cellAxis(withUnit(px.path())), ay.cellAxis(withUnit(py.path())),
                renderer);
        String title = Headlines.label(metric) + (named ? " under " + strategy : "");
        JFreeChart chart = ChartStyle.chart(title, plan.experiment().name() + ": mean of the runs in each cell, by "
                + px.path() + " and " + py.path() + " (" + metric.unit() + ")", plot, false);
        NumberAxis legendAxis = new NumberAxis(metric.unit());
        ChartStyle.axis(legendAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(8, 8, 8, 8);
        legend.setStripWidth(18);
        chart.addSubtitle(legend);
        String alt = "Heat map of the mean " + metric.label().toLowerCase(java.util.Locale.ROOT) + " (" + metric.unit() + ")"
                + (named ? " under " + strategy : "") + " over " + px.path() + " (horizontal) and " + py.path()
                + " (vertical): from " + SummaryTable.human(scale.getLowerBound()) + " to "
                + SummaryTable.human(scale.getUpperBound()) + ".";
        String file = "heatmap-" + metric.name() + (named ? "-" + UNSAFE.matcher(strategy).replaceAll("-") : "")
                + ".png";
        return new RenderedChart(file, title, alt, ChartStyle.png(chart));
    }

    /** A parameter's axis label: its path, as the experiment names it, and its unit. */
    static String withUnit(String path) {
        String unit = ParameterSources.unit(path);
        return unit.isEmpty() ? path : path + " (" + unit + ")";
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

    /**
     * How a swept parameter is laid along an axis: by value when all its values are numbers, else by the
     * position of each value in its list; and how its range is cut into bins for means and heat maps.
     */
    private static final class Axis {

        private final List<String> categories;
        private final double min;
        private final double max;
        private final TreeMap<Double, Integer> distinct;
        private final TreeMap<Double, String> texts;
        private final boolean binned;

        private Axis(List<String> categories, double min, double max, TreeMap<Double, Integer> distinct,
                     TreeMap<Double, String> texts) {
            this.categories = categories;
            this.min = min;
            this.max = max;
            this.distinct = distinct;
            this.texts = texts;
            this.binned = distinct.size() > BINS;
        }

        static Axis of(SweptParameter p, List<List<String>> rows, int column) {
            List<String> categories = null;
            if (p instanceof SweptParameter.Choice c && !c.values().stream().allMatch(v -> v.isNumber())) {
                categories = c.values().stream().map(v -> v.isTextual() ? v.asText() : v.toString()).toList();
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            TreeMap<Double, Integer> distinct = new TreeMap<>();
            TreeMap<Double, String> texts = new TreeMap<>();
            for (List<String> row : rows) {
                double x = categories != null ? categories.indexOf(row.get(column)) : number(row.get(column));
                if (Double.isFinite(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                    if (distinct.size() <= BINS) {
                        distinct.putIfAbsent(x, 0);
                        texts.putIfAbsent(x, row.get(column));
                    }
                }
            }
            int i = 0;
            for (var e : distinct.entrySet()) {
                e.setValue(i++);
            }
            return new Axis(categories, min, max, distinct, texts);
        }

        boolean binned() {
            return binned;
        }

        double position(String cell) {
            return categories != null ? categories.indexOf(cell) : number(cell);
        }

        /** A value as written in the files when it is one of the parameter's values, else rounded. */
        String label(double x) {
            if (categories != null) {
                return categories.get((int) Math.round(x));
            }
            String text = texts.get(x);
            return text != null ? text : SummaryTable.human(x);
        }

        ValueAxis axis(String name) {
            if (categories != null) {
                SymbolAxis axis = new SymbolAxis(name, categories.toArray(String[]::new));
                axis.setGridBandsVisible(false);
                return axis;
            }
            if (binned || distinct.isEmpty()) {
                NumberAxis axis = new NumberAxis(name);
                axis.setAutoRangeIncludesZero(false);
                return axis;
            }
            double[] levels = distinct.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            return new LevelAxis(name, levels, distinct.keySet().stream().map(this::label).toArray(String[]::new));
        }

        int cells() {
            return binned ? BINS : Math.max(1, distinct.size());
        }

        int cell(double x) {
            if (!binned) {
                return distinct.getOrDefault(x, 0);
            }
            return max > min ? Math.min(BINS - 1, (int) Math.floor((x - min) / (max - min) * BINS)) : 0;
        }

        /** The label of each cell: its value, or its bin's range. */
        ValueAxis cellAxis(String name) {
            String[] labels = new String[cells()];
            if (binned) {
                double width = (max - min) / BINS;
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = SummaryTable.human(min + i * width) + "\u2013" + SummaryTable.human(min + (i + 1) * width);
                }
            } else {
                distinct.forEach((x, i) -> labels[i] = label(x));
            }
            SymbolAxis axis = new SymbolAxis(name, labels);
            axis.setGridBandsVisible(false);
            return axis;
        }

        /** Mean y per cell, at the mean x of the cell, in x order: {xs, ys}. */
        double[][] binnedMeans(List<double[]> points) {
            int n = cells();
            double[] sx = new double[n];
            double[] sy = new double[n];
            int[] count = new int[n];
            for (double[] p : points) {
                int c = cell(p[0]);
                sx[c] += p[0];
                sy[c] += p[1];
                count[c]++;
            }
            List<double[]> means = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (count[c] > 0) {
                    means.add(new double[] {sx[c] / count[c], sy[c] / count[c]});
                }
            }
            double[][] out = new double[2][means.size()];
            for (int i = 0; i < means.size(); i++) {
                out[0][i] = means.get(i)[0];
                out[1][i] = means.get(i)[1];
            }
            return out;
        }
    }

    /**
     * A number axis whose ticks are a parameter's levels, each labelled as the files write it: a sweep over 4,
     * 5, 6 and 7 patients per nurse gets the ticks 4, 5, 6 and 7, not a tick every 0.1. With a small margin on
     * either side, so that the end levels' dots show whole.
     */
    static final class LevelAxis extends NumberAxis {

        private static final long serialVersionUID = 1L;

        private final double[] levels;
        private final String[] labels;

        LevelAxis(String name, double[] levels, String[] labels) {
            super(name);
            this.levels = levels.clone();
            this.labels = labels.clone();
            setAutoRangeIncludesZero(false);
            double low = this.levels[0];
            double high = this.levels[this.levels.length - 1];
            double margin = high > low ? (high - low) * 0.05 : Math.max(Math.abs(low) * 0.1, 1);
            setRange(low - margin, high + margin);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            boolean horizontal = RectangleEdge.isTopOrBottom(edge);
            List<NumberTick> ticks = new ArrayList<>();
            for (int i = 0; i < levels.length; i++) {
                ticks.add(new NumberTick(levels[i], labels[i],
                        horizontal ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }

        /** The tick values, in order. */
        double[] levels() {
            return levels.clone();
        }
    }

    /** A sequential colour scale from pale yellow (low) through green to dark blue (high). */
    private record Gradient(double lower, double upper) implements PaintScale {

        private static final Color[] STOPS = {new Color(0xFFFFD9), new Color(0x41B6C4), new Color(0x081D58)};

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            double scaled = t * (STOPS.length - 1);
            int i = Math.min((int) scaled, STOPS.length - 2);
            double f = scaled - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}
