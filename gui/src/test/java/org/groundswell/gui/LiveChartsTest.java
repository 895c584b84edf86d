package org.groundswell.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.swing.JComboBox;
import javax.swing.SwingUtilities;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The live charts' value axes show the lines: a flat line gets an axis of distinct ticks; and the last chart
 * draws the outcome patients and staff feel picked from its drop-down.
 */
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

    @Test
    void theFeltChartsDropDownListsTheOutcomesPatientsAndStaffFeel() throws Exception {
        List<Metric> expected = List.of(Metrics.PATIENT_EXPERIENCE, Metrics.FALLS_PER_1000_PD,
                Metrics.PRESSURE_INJURY_RATE, Metrics.FAILURE_TO_RESCUE_RATE, Metrics.ED_BOARDING_PATIENTS,
                Metrics.DIVERSION_HOURS_METRIC, Metrics.PHYSICIAN_BURNOUT_RATE, Metrics.INTENT_TO_LEAVE_RATE);
        assertEquals(expected, LiveCharts.FELT.stream().map(LiveCharts.Spec::metric).toList());
        onEventThread(() -> {
            LiveCharts charts = new LiveCharts(2);
            JComboBox<String> choice = charts.feltChoice();
            List<String> items = new ArrayList<>();
            for (int i = 0; i < choice.getItemCount(); i++) {
                items.add(choice.getItemAt(i));
            }
            assertEquals(LiveCharts.FELT.stream().map(LiveCharts.Spec::title).toList(), items);
            assertEquals(List.of("Patient experience", "Falls with injury", "Pressure injuries", "Failure to rescue",
                    "ED boarding", "Ambulance diversion", "Physician burnout", "Nurses' intent to leave"), items);
            assertTrue(javax.swing.SwingUtilities.isDescendingFrom(choice, charts.component()), "on the window");
            assertEquals(0, charts.felt());
            assertEquals("Patient experience", charts.feltTitle());
        });
    }

    /** Picking an outcome draws the whole run so far of it, with its own title and axis; nothing counted says so. */
    @Test
    void pickingAFeltOutcomeDrawsItsRunSoFar() throws Exception {
        onEventThread(() -> {
            LiveCharts charts = new LiveCharts(2);
            charts.reset(List.of("top-down", "partnership"), -5, 30);
            int width = Metrics.all().size();
            int boarding = Metrics.all().indexOf(Metrics.ED_BOARDING_PATIENTS);
            int rescue = Metrics.all().indexOf(Metrics.FAILURE_TO_RESCUE_RATE);
            for (int day = -5; day < 10; day++) {
                for (int h = 0; h < 2; h++) {
                    double[] values = new double[width];
                    values[boarding] = 2 + h;
                    values[rescue] = Double.NaN;
                    charts.add(h, new DayRecord(day, values, new double[0][]));
                }
            }
            charts.publish();
            int ed = LiveCharts.FELT.stream().map(LiveCharts.Spec::metric).toList()
                    .indexOf(Metrics.ED_BOARDING_PATIENTS);
            charts.feltChoice().setSelectedIndex(ed);
            assertEquals(ed, charts.felt());
            assertEquals("ED boarding", charts.feltTitle());
            assertEquals("patients waiting in the ED for a bed", charts.feltPlot().getRangeAxis().getLabel());
            XYSeriesCollection shown = (XYSeriesCollection) charts.feltPlot().getDataset();
            assertEquals(2, shown.getSeriesCount(), "a line per hospital");
            assertEquals(15, shown.getSeries(0).getItemCount(), "every day so far, from before the pick");
            assertEquals(3.0, charts.lastFelt(ed, 1), 1e-12);
            assertTrue(charts.feltPlot().getRangeAxis().getRange().contains(2.0)
                    && charts.feltPlot().getRangeAxis().getRange().contains(3.0));
            assertEquals(LiveCharts.WINDOW + "-day mean", charts.feltSubtitle());

            int ftr = LiveCharts.FELT.stream().map(LiveCharts.Spec::metric).toList()
                    .indexOf(Metrics.FAILURE_TO_RESCUE_RATE);
            charts.feltChoice().setSelectedIndex(ftr);
            assertEquals("Failure to rescue", charts.feltTitle());
            assertEquals(0, ((XYSeriesCollection) charts.feltPlot().getDataset()).getSeries(0).getItemCount());
            assertTrue(charts.feltSubtitle().endsWith("nothing counted yet"), charts.feltSubtitle());
            assertTrue(Double.isNaN(charts.lastFelt(ftr, 0)));
        });
    }

    /** Runs {@code test} on the Swing event thread, rethrowing what it throws. */
    private static void onEventThread(Runnable test) throws Exception {
        Throwable[] thrown = new Throwable[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                test.run();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        if (thrown[0] instanceof Exception e) {
            throw e;
        }
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
