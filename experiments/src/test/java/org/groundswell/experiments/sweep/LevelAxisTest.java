package org.groundswell.experiments.sweep;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelAxisTest {

    @Test
    void integerLevelsGetATickEachAndNoneBetween() {
        SweepCharts.LevelAxis axis = new SweepCharts.LevelAxis("staffing.patientsPerNurse",
                new double[] {4, 5, 6, 7}, new String[] {"4", "5", "6", "7"});
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            @SuppressWarnings("unchecked")
            List<NumberTick> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(50, 50, 900, 500),
                    RectangleEdge.BOTTOM);
            assertEquals(List.of("4", "5", "6", "7"), ticks.stream().map(NumberTick::getText).toList());
            assertEquals(List.of(4.0, 5.0, 6.0, 7.0), ticks.stream().map(NumberTick::getValue).toList());
        } finally {
            g2.dispose();
        }
        assertTrue(axis.getLowerBound() < 4 && axis.getLowerBound() > 3.5, "a small margin, not a stretch");
        assertTrue(axis.getUpperBound() > 7 && axis.getUpperBound() < 7.5);
    }

    @Test
    void aParameterAxisNamesThePathAsTheExperimentDoesThenItsUnit() {
        assertEquals("staffing.patientsPerNurse (patients/RN)", SweepCharts.withUnit("staffing.patientsPerNurse"));
        assertEquals("workforce.initialVacancyRate (share 0-1)", SweepCharts.withUnit("workforce.initialVacancyRate"));
    }
}
