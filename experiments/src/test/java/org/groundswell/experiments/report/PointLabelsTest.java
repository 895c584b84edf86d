package org.groundswell.experiments.report;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointLabelsTest {

    /** Five parameters whose (μ*, σ) nearly coincide, as unimportant ones do at the origin of a Morris chart. */
    @Test
    void labelsOfCrowdedPointsOverlapNeitherEachOtherNorAnyPoint() {
        double[] x = {0.10, 0.11, 0.12, 0.10, 5.0};
        double[] y = {0.20, 0.21, 0.20, 0.22, 3.0};
        String[] labels = {"leadership.blameResponse", "culture.psychologicalSafety", "change.successRate",
                "coordination.initialRc", "staffing.patientsPerNurse"};
        XYSeries series = new XYSeries("p", false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        NumberAxis xa = new NumberAxis("x");
        xa.setRange(-0.2, 7);
        NumberAxis ya = new NumberAxis("y");
        ya.setRange(-0.1, 3.5);
        JFreeChart chart = ChartStyle.chart("t", "s", new XYPlot(new XYSeriesCollection(series), xa, ya,
                new XYLineAndShapeRenderer(false, true)), false);
        List<Rectangle2D> boxes = PointLabels.place(chart, x, y, labels, List.of(4, 0, 1, 2, 3));
        assertEquals(labels.length, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), labels[i] + " overlaps " + labels[j]);
            }
        }
        assertEquals(labels.length, chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation).count());
        assertTrue(chart.getXYPlot().getAnnotations().size() > labels.length, "displaced labels get a leader");
    }
}
