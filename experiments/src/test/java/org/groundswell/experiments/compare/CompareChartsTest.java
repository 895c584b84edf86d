package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.experiments.output.Charts;
import org.groundswell.experiments.stats.DailyBands;
import org.groundswell.model.metrics.Metrics;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareChartsTest {

    /**
     * Two strategies whose rolling means sit near 70 once their window is full, but swing to 5 and 300 in the
     * first days, as means over one or two days do.
     */
    @Test
    void theValueAxisFitsTheFullWindowsAndNotTheFirstDaysNoise() {
        int days = 120;
        List<DailyBands> bands = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            DailyBands band = new DailyBands(1, days);
            for (int r = 0; r < 3; r++) {
                double[] values = new double[days];
                for (int d = 0; d < days; d++) {
                    values[d] = 70 + s + 0.5 * r + Math.sin(d / 9.0);
                }
                values[0] = s == 0 ? 5 : 300;
                values[1] = s == 0 ? 300 : 5;
                band.add(0, values);
            }
            bands.add(band);
        }
        XYPlot plot = CompareCharts.timeSeriesPlot(Metrics.ADVERSE_EVENTS_PER_1000_PD, List.of("none", "other"),
                bands, 0, new ArrayList<>());
        Range values = plot.getRangeAxis().getRange();
        assertTrue(values.getLowerBound() > 60 && values.getUpperBound() < 80, values.toString());
        Range dayRange = plot.getDomainAxis().getRange();
        assertEquals(Charts.WINDOW - 1, dayRange.getLowerBound(), 1e-9, "from the first full window");
        assertEquals(days - 1, dayRange.getUpperBound(), 1e-9);
        assertEquals("Adverse events (events/1000 patient-days)", plot.getRangeAxis().getLabel());
        assertTrue(plot.getRenderer().getSeriesPaint(0) != plot.getRenderer().getSeriesPaint(1)
                && !plot.getRenderer().getSeriesPaint(0).equals(plot.getRenderer().getSeriesPaint(1)));
    }
}
