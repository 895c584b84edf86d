package org.groundswell.experiments.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.groundswell.experiments.output.FeltOutcomes;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcomes patients and staff feel in the compare report and its charts, on the made-up comparison of
 * {@link ManyStrategiesReportTest}: their section, a row per outcome with each strategy's mean and paired
 * difference, the full statistics among the folded details, and their chart of differences; and, with the
 * values the model gives before their mechanisms are built (0, and NaN for failure to rescue), "n/a" rather
 * than a broken page or chart.
 */
class FeltOutcomesReportTest {

    private static final List<String> LABELS = List.of("Patient experience", "Falls with injury",
            "Pressure injuries", "Failure to rescue", "ED boarding", "Ambulance diversion", "Burnout, physicians",
            "Intent to leave, RNs");

    @Test
    void theFeltOutcomesAreTheEightTheReportPromisesByTheirRegistryLabels() {
        assertEquals(LABELS, FeltOutcomes.metrics().stream().map(Metric::label).toList());
    }

    @Test
    void theReportHasTheSectionWithARowPerOutcomeAndEachStrategysMeanAndDifference() throws Exception {
        Rendered r = render(false);
        int section = r.html.indexOf("<h2 id=\"felt\">Outcomes patients and staff feel</h2>");
        assertTrue(section > r.html.indexOf("At the end of the period") && section < r.html.indexOf("<h2>Charts</h2>"),
                "after the end-of-period table, before the charts");
        String table = feltTable(r.html);
        assertTrue(table.contains("<th>none</th><th>lower</th><th>lower &minus; none</th><th>same</th>"
                + "<th>same &minus; none</th>"), table);
        List<List<String>> rows = rows(table);
        assertEquals(LABELS, rows.stream().map(row -> row.get(0)).toList(), "a row per felt outcome, in order");
        for (List<String> row : rows) {
            assertEquals(2 + 5, row.size(), "label, unit, none, lower, its difference, same, its difference: " + row);
            for (String cell : row.subList(2, row.size())) {
                assertTrue(cell.matches(".*\\[.*, .*\\].*"), "a figure with its 95% interval: " + row);
            }
        }
        // 'lower' is 10% below the baseline in every replication: its differences are negative, those of
        // 'same' are 0; a share is a percentage and its difference in points.
        List<String> experience = rows.get(0);
        assertTrue(experience.get(1).startsWith("%; differences in percentage points"), experience.toString());
        assertTrue(experience.get(4).startsWith("&minus;"), experience.toString());
        assertTrue(experience.get(6).startsWith("0 ["), experience.toString());
        List<String> boarding = rows.get(LABELS.indexOf("ED boarding"));
        assertEquals("patients", boarding.get(1));
        assertEquals("% of complicated stays; differences in percentage points",
                rows.get(LABELS.indexOf("Failure to rescue")).get(1));
    }

    @Test
    void theDifferenceIsThePairedStatisticOfComparisonCsv() throws Exception {
        Rendered r = render(false);
        ComparisonRow row = r.rows.stream().filter(x -> x.strategy().equals("lower")
                && x.metric() == Metrics.ED_BOARDING_PATIENTS).findFirst().orElseThrow();
        String expected = CompareCharts.signedInterval(row.difference().mean(), row.difference().ciLow(),
                row.difference().ciHigh());
        List<String> boarding = rows(feltTable(r.html)).get(LABELS.indexOf("ED boarding"));
        assertEquals(expected.replace("\u2212", "&minus;"), boarding.get(4));
    }

    @Test
    void theFullStatisticsOfTheFeltOutcomesAreAmongTheFoldedDetails() throws Exception {
        Rendered r = render(false);
        int details = r.html.indexOf("<summary>Statistical details");
        int end = r.html.indexOf("</details>", details);
        String folded = r.html.substring(details, end);
        assertEquals(2, count(folded, "<tr><th colspan=\"7\">Outcomes patients and staff feel</th></tr>"),
                "a felt block in the table of each strategy against the baseline");
        for (String label : LABELS) {
            assertEquals(2, count(folded, "<tr><td>" + label + "</td>"), label + " once per strategy");
        }
    }

    @Test
    void outcomesTheModelDoesNotYetMoveShowZeroAndMissingOnesNaWithoutBreakingThePage() throws Exception {
        Rendered r = render(true);
        List<List<String>> rows = rows(feltTable(r.html));
        assertEquals(LABELS.size(), rows.size());
        List<String> rescue = rows.get(LABELS.indexOf("Failure to rescue"));
        for (String cell : rescue.subList(2, rescue.size())) {
            assertEquals("n/a", cell, rescue.toString());
        }
        List<String> experience = rows.get(0);
        assertTrue(experience.get(2).startsWith("0%"), experience.toString());
        assertFalse(r.html.contains("NaN"), "no NaN shown to people");

        RenderedChart felt = r.charts.stream().filter(c -> c.file().equals(CompareCharts.FELT_DIFFERENCES))
                .findFirst().orElseThrow();
        assertTrue(felt.png().length > 1000 && felt.hasSvg());
        assertTrue(felt.svg().contains("Failure to rescue (n/a)"), "the row is kept, labelled n/a");
        assertTrue(felt.alt().contains("failure to rescue n/a"), felt.alt());
    }

    @Test
    void theChartOfFeltDifferencesHasARowPerOutcomeAndIsInTheReport() throws Exception {
        Rendered r = render(false);
        RenderedChart felt = r.charts.stream().filter(c -> c.file().equals(CompareCharts.FELT_DIFFERENCES))
                .findFirst().orElseThrow();
        assertEquals("Outcomes patients and staff feel: difference from none", felt.title());
        for (String label : LABELS) {
            assertTrue(felt.svg().contains(">" + label + "<"), label);
        }
        assertFalse(felt.svg().contains("(n/a)"), "every outcome has a relative difference here");
        assertTrue(felt.alt().contains("lower against none: patient experience \u221210.0%"), felt.alt());
        assertTrue(felt.png().length > 1000);
        assertTrue(r.html.contains("aria-label=\"Dot-and-interval chart"), "embedded with its alternative text");
        assertTrue(r.html.contains("<figcaption>Outcomes patients and staff feel: difference from none</figcaption>"));
    }

    private record Rendered(List<ComparisonRow> rows, List<RenderedChart> charts, String html) {
    }

    private static Rendered render(boolean unbuilt) throws Exception {
        CompareResults results = ManyStrategiesReportTest.results(unbuilt);
        List<ComparisonRow> rows = ComparisonRow.of(results);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            List<RenderedChart> charts = CompareCharts.render(results, rows, thread);
            return new Rendered(rows, charts, CompareReport.render(results, rows, charts, List.of()));
        } finally {
            thread.shutdown();
        }
    }

    private static String feltTable(String html) {
        int start = html.indexOf("<table class=\"felt\">");
        assertTrue(start > 0, "the felt outcomes' table");
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The rows of a table body: label, unit and each figure (the figure and its interval, tags dropped). */
    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher("<td>" + row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
