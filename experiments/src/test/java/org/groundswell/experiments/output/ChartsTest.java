package org.groundswell.experiments.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        assertEquals(List.of("quality.png", "cost.png", "burnout.png", "staffing.png", "relationships.png",
                        "felt-patients.png", "felt-flow-staff.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f.toString());
        }
    }

    @Test
    void theFeltChartsDrawWhatPatientsAndTheStaffFeel() {
        assertEquals(List.of(Metrics.PATIENT_EXPERIENCE, Metrics.PATIENT_ENGAGEMENT, Metrics.FALLS_PER_1000_PD,
                Metrics.PRESSURE_INJURY_RATE), metricsOf(Charts.FELT_PATIENTS));
        assertEquals(List.of(Metrics.ED_BOARDING_PATIENTS, Metrics.DIVERSION_HOURS_METRIC,
                Metrics.PHYSICIAN_BURNOUT_RATE, Metrics.INTENT_TO_LEAVE_RATE, Metrics.JOB_DISSATISFACTION_RATE),
                metricsOf(Charts.FELT_FLOW_STAFF));
        assertTrue(Charts.metrics().containsAll(metricsOf(Charts.FELT_FLOW_STAFF)), "kept as the run goes");
    }

    /**
     * Before their mechanisms are built the felt outcomes are 0, or NaN where nothing was counted: the charts
     * are still written, a flat 0 gets an axis from 0 to 1 (not ±1e-9), and a panel with nothing says so.
     */
    @Test
    void feltChartsOfZerosAndMissingValuesAreWrittenAndReadable(@TempDir Path tmp) throws Exception {
        ChartSeries series = new ChartSeries(Charts.metrics());
        int width = Metrics.all().size();
        int pressure = Metrics.all().indexOf(Metrics.PRESSURE_INJURY_RATE);
        int firstFelt = Metrics.all().indexOf(Metrics.ED_BOARDING_PATIENTS);
        for (int day = -20; day < 60; day++) {
            double[] values = new double[width];
            for (int i = 0; i < width; i++) {
                values[i] = i == pressure ? Double.NaN : i >= firstFelt ? 0 : 1 + i;
            }
            series.onDay(new DayRecord(day, values, new double[0][]));
        }
        List<Path> files = Charts.write(tmp, series, "test");
        for (String name : List.of(Charts.FELT_PATIENTS, Charts.FELT_FLOW_STAFF)) {
            assertTrue(files.contains(tmp.resolve(name)) && Files.size(tmp.resolve(name)) > 1000, name);
            Charts.Chart chart = chart(name);
            CombinedDomainXYPlot plot = (CombinedDomainXYPlot) Charts.render(chart, series, "t").getXYPlot();
            for (int p = 0; p < chart.panels().size(); p++) {
                XYPlot panel = (XYPlot) plot.getSubplots().get(p);
                org.jfree.data.Range range = panel.getRangeAxis().getRange();
                assertTrue(range.getLowerBound() <= 0 && range.getUpperBound() >= 1, name + " panel " + p + ": "
                        + range);
                boolean empty = chart.panels().get(p).metrics().equals(List.of(Metrics.PRESSURE_INJURY_RATE));
                assertEquals(empty, !panel.getAnnotations().isEmpty(), name + " panel " + p
                        + ": a note where there is nothing to draw");
            }
        }
    }

    private static Charts.Chart chart(String file) {
        return Charts.CHARTS.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    private static List<org.groundswell.model.metrics.Metric> metricsOf(String file) {
        return chart(file).panels().stream().flatMap(p -> p.metrics().stream()).toList();
    }

    @Test
    void axisLabelsCarryTheLabelsAndUnitsFromTheRegistry() {
        assertEquals("Cost per patient-day (USD/patient-day)",
                new Charts.Panel(Metrics.COST_PER_PATIENT_DAY).axisLabel());
        assertEquals("share 0-1", new Charts.Panel(Metrics.VACANCY_RATE, Metrics.AGENCY_SHARE).axisLabel());
        assertEquals("hours/day", Charts.Panel.unit("hours/day", Metrics.DIVERSION_HOURS_METRIC).axisLabel(),
                "a short axis of three panels says only the unit; the legend names the line");
    }

    @Test
    void everySeriesOfAChartHasItsOwnColourAndIsNamedByItsLabel() {
        ChartSeries series = series();
        for (Charts.Chart chart : Charts.CHARTS) {
            JFreeChart jfc = Charts.render(chart, series, "test");
            CombinedDomainXYPlot plot = (CombinedDomainXYPlot) jfc.getXYPlot();
            Set<Paint> colours = new HashSet<>();
            List<String> names = new ArrayList<>();
            int count = 0;
            for (Object o : plot.getSubplots()) {
                XYPlot panel = (XYPlot) o;
                for (int i = 0; i < panel.getDataset(0).getSeriesCount(); i++) {
                    colours.add(panel.getRenderer(0).getSeriesPaint(i));
                    names.add(panel.getDataset(0).getSeriesKey(i).toString());
                    count++;
                }
            }
            assertEquals(count, colours.size(), chart.file() + ": a colour per series");
            List<String> labels = chart.panels().stream().flatMap(p -> p.metrics().stream())
                    .map(org.groundswell.model.metrics.Metric::label).toList();
            assertEquals(labels, names, chart.file());
        }
    }

    @Test
    void rcIndexAndWorkaroundsNoLongerShareABlue() {
        ChartSeries series = series();
        Charts.Chart relationships = Charts.CHARTS.stream().filter(c -> c.file().equals("relationships.png"))
                .findFirst().orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) Charts.render(relationships, series, "t").getXYPlot();
        List<?> panels = plot.getSubplots();
        Paint rc = ((XYPlot) panels.get(0)).getRenderer(0).getSeriesPaint(0);
        Paint workarounds = ((XYPlot) panels.get(2)).getRenderer(0).getSeriesPaint(1);
        assertNotEquals(rc, workarounds);
    }

    private static ChartSeries series() {
        ChartSeries series = new ChartSeries(Charts.metrics());
        int width = Metrics.all().size();
        for (int day = -5; day < 20; day++) {
            double[] values = new double[width];
            for (int i = 0; i < width; i++) {
                values[i] = i + day;
            }
            series.onDay(new DayRecord(day, values, new double[0][]));
        }
        return series;
    }
}
