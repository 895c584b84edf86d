package org.groundswell.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The live charts' value axes show the lines: a flat line gets an axis of distinct ticks. */
class LiveChartsTest {

    @Test
    void aFlatLineOfNoAdoptionGetsDistinctPercentTicksAndNoNegativeShare() {
        Range flat = fitted(0, 0, 0, 0);
        assertEquals(0, flat.getLowerBound(), "a share is never drawn below 0");
        assertTrue(flat.getUpperBound() >= LiveCharts.MINIMUM_MARGIN, flat.toString());
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(1);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i <= 4; i++) {
            labels.add(percent.format(flat.getLowerBound() + i * flat.getLength() / 4));
        }
        assertEquals(5, labels.size(), "five ticks, five labels: " + labels);
    }

    @Test
    void aMovingLineKeepsItsMarginAboveAndBelow() {
        Range moving = fitted(0.30, 0.32, 0.35, 0.40);
        assertEquals(0.30 - 0.008, moving.getLowerBound(), 1e-12, "8% of the spread below");
        assertEquals(0.40 + 0.008, moving.getUpperBound(), 1e-12, "and above");
        Range level = fitted(3.90, 3.90, 3.90);
        assertEquals(3.90 * 0.99, level.getLowerBound(), 1e-12, "a flat RC line: 1% of its level");
    }

    private static Range fitted(double... values) {
        XYSeries series = new XYSeries("h");
        for (int d = 0; d < values.length; d++) {
            series.add(d, values[d]);
        }
        XYSeriesCollection data = new XYSeriesCollection(series);
        XYPlot plot = new XYPlot(data, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
        LiveCharts.fit(plot, data);
        return plot.getRangeAxis().getRange();
    }
}
