package org.groundswell.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Labels for the points of a scatter chart that do not overlap one another, the points, or the plot's edge. The
 * chart is laid out once at {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} to learn where each point falls
 * in pixels; then, point by point in the order given (most important first), the label takes the first place
 * free of the labels already placed and of every point: right of the point, left of it, and then a step further
 * up or down at a time. A label placed away from its point gets a thin leader line to it.
 */
public final class PointLabels {

    /** The radius around a point that no label may cover, pixels. */
    private static final double POINT_RADIUS = 6;
    /** How far from its point a label starts, pixels. */
    private static final double GAP = 6;
    /** How many steps up and down a label may move before the least crowded place is taken. */
    private static final int STEPS = 12;

    private PointLabels() {
    }

    /**
     * Adds the labels to {@code chart}'s plot as annotations.
     *
     * @param chart  an XY chart whose axes' ranges are already set
     * @param x      the points' x values, in data units
     * @param y      their y values
     * @param labels their labels
     * @param order  the order to place them in, indices into the arrays
     * @return where each label went, in pixels (index as the arrays), for tests
     */
    public static List<Rectangle2D> place(JFreeChart chart, double[] x, double[] y, String[] labels,
                                          List<Integer> order) {
        XYPlot plot = chart.getXYPlot();
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        FontMetrics metrics = g2.getFontMetrics(ChartStyle.TICK);
        g2.dispose();
        int n = x.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = plot.getDomainAxis().valueToJava2D(x[i], area, RectangleEdge.BOTTOM);
            py[i] = plot.getRangeAxis().valueToJava2D(y[i], area, RectangleEdge.LEFT);
        }
        double height = metrics.getAscent() + metrics.getDescent();
        List<Rectangle2D> placed = new ArrayList<>();
        Rectangle2D[] where = new Rectangle2D[n];
        for (int i : order) {
            double width = metrics.stringWidth(labels[i]) + 2;
            Rectangle2D best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (Rectangle2D candidate : candidates(px[i], py[i], width, height)) {
                double cost = overlap(candidate, placed, px, py, area);
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                    if (cost == 0) {
                        break;
                    }
                }
            }
            placed.add(best);
            where[i] = best;
            double dataX = plot.getDomainAxis().java2DToValue(best.getX(), area, RectangleEdge.BOTTOM);
            double dataY = plot.getRangeAxis().java2DToValue(best.getY(), area, RectangleEdge.LEFT);
            XYTextAnnotation label = new XYTextAnnotation(labels[i], dataX, dataY);
            label.setFont(ChartStyle.TICK);
            label.setTextAnchor(TextAnchor.TOP_LEFT);
            plot.addAnnotation(label);
            double nearX = Math.max(best.getMinX(), Math.min(px[i], best.getMaxX()));
            double nearY = Math.max(best.getMinY(), Math.min(py[i], best.getMaxY()));
            if (Math.hypot(nearX - px[i], nearY - py[i]) > GAP + height) {
                plot.addAnnotation(new XYLineAnnotation(x[i], y[i],
                        plot.getDomainAxis().java2DToValue(nearX, area, RectangleEdge.BOTTOM),
                        plot.getRangeAxis().java2DToValue(nearY, area, RectangleEdge.LEFT),
                        new BasicStroke(0.8f), new Color(0x888888)));
            }
        }
        return List.of(where);
    }

    /** The places to try, in order: right of the point, left of it, then a step up or down at a time. */
    private static List<Rectangle2D> candidates(double px, double py, double width, double height) {
        List<Rectangle2D> out = new ArrayList<>();
        double top = py - height / 2;
        double right = px + GAP;
        double left = px - GAP - width;
        out.add(new Rectangle2D.Double(right, top, width, height));
        out.add(new Rectangle2D.Double(left, top, width, height));
        for (int step = 1; step <= STEPS; step++) {
            for (int sign : new int[] {-1, 1}) {
                double t = top + sign * step * height;
                out.add(new Rectangle2D.Double(right, t, width, height));
                out.add(new Rectangle2D.Double(left, t, width, height));
            }
        }
        return out;
    }

    /** How badly {@code box} is placed: the area it shares with other labels, points and the outside. */
    private static double overlap(Rectangle2D box, List<Rectangle2D> placed, double[] px, double[] py,
                                  Rectangle2D area) {
        double cost = 0;
        for (Rectangle2D other : placed) {
            cost += shared(box, other);
        }
        for (int j = 0; j < px.length; j++) {
            cost += shared(box, new Rectangle2D.Double(px[j] - POINT_RADIUS, py[j] - POINT_RADIUS,
                    2 * POINT_RADIUS, 2 * POINT_RADIUS));
        }
        double inside = shared(box, area);
        cost += 4 * (box.getWidth() * box.getHeight() - inside);
        return cost;
    }

    private static double shared(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
