package org.groundswell.experiments.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void rollingMeanAveragesTheTrailingWindowAndSkipsMissingDays() {
        double[] mean = Charts.rollingMean(new double[] {2, 4, Double.NaN, 6, 8}, 2);
        assertArrayEquals(new double[] {2, 3, 4, 6, 7}, mean, 1e-12);
    }

    @Test
    void rollingMeanIsMissingWhereTheWholeWindowIs() {
        double[] mean = Charts.rollingMean(new double[] {Double.NaN, Double.NaN, 1}, 2);
        assertTrue(Double.isNaN(mean[0]) && Double.isNaN(mean[1]));
        assertEquals(1, mean[2]);
    }

    @Test
    void everyChartIsWrittenAsAPngFromAFewKeptSeries(@TempDir Path tmp) throws Exception {
        ChartSeries series = new ChartSeries(Charts.metrics());
        int width = Metrics.all().size();
        for (int day = -30; day < 60; day++) {
            double[] values = new double[width];
            for (int i = 0; i < width; i++) {
                values[i] = day % 7 == 0 ? Double.NaN : i + Math.sin(day / 5.0);
            }
            series.onDay(new org.groundswell.model.metrics.DayRecord(day, values, new double[0][]));
        }
        assertEquals(90, series.days().length);
        List<Path> files = Charts.write(tmp.resolve("charts"), series, "test, seed 1");
        assertEquals(List.of("quality.png", "cost.png", "burnout.png", "staffing.png", "relationships.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f.toString());
        }
    }

    @Test
    void axisLabelsCarryTheUnitsFromTheRegistry() {
        assertEquals("USD/patient-day", new Charts.Panel(Metrics.COST_PER_PATIENT_DAY).axisLabel());
        assertEquals("share 0-1", new Charts.Panel(Metrics.VACANCY_RATE, Metrics.AGENCY_SHARE).axisLabel());
    }
}
