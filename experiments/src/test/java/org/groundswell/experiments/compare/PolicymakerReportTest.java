package org.groundswell.experiments.compare;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.stats.Estimate;
import org.groundswell.model.metrics.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare report as a policymaker receives it, forwarded: on the made-up comparison of
 * {@link ManyStrategiesReportTest} (a strategy 10% below the baseline in every replication, one the same).
 */
class PolicymakerReportTest {

    private static CompareResults results;
    private static List<RenderedChart> charts;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        results = ManyStrategiesReportTest.results();
        List<ComparisonRow> rows = ComparisonRow.of(results);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            charts = CompareCharts.render(results, rows, thread);
        } finally {
            thread.shutdown();
        }
        html = CompareReport.render(results, rows, charts, List.of());
    }

    @Test
    void itLeadsWithWhatEachStrategyDoesOverThePeriodInCountsAndDollars() {
        int lead = html.indexOf("What each strategy does over the 30-day strategy period");
        assertTrue(lead > 0 && lead < html.indexOf("At the end of the period"), "the period comes first");
        double base = Estimate.of(results.period(0, PeriodTotal.ADVERSE_EVENTS)).mean();
        double lower = Estimate.of(results.period(1, PeriodTotal.ADVERSE_EVENTS)).mean();
        assertTrue(base > lower * 1.1, "the made-up strategy has fewer events");
        String avoided = PeriodOutcomes.whole(base - lower);
        assertTrue(html.contains("lower compared with none: " + avoided + " fewer adverse events"), html);
        assertTrue(html.contains("same compared with none: no clear difference in adverse events"));
        assertTrue(html.contains("more nurses not burned out") && html.contains("more staff stayed"));
        assertTrue(html.contains(" less spent ("), "period_cost is 10% lower under 'lower'");
        assertTrue(html.contains("Cost of the strategy period"));
    }

    @Test
    void periodCountsArePairedDifferencesOfTheRunsOwnTotals() {
        double[] base = results.period(0, PeriodTotal.QUITS);
        double[] same = results.period(2, PeriodTotal.QUITS);
        for (int r = 0; r < base.length; r++) {
            assertEquals(base[r], same[r], 1e-9, "an identical strategy quits as often");
            assertTrue(base[r] > 0);
        }
    }

    @Test
    void ratesAreShownAsPercentagesAndIntervalsStayOnOneLine() {
        assertTrue(CompareReport.isRate(Metrics.BURNOUT_RATE) && CompareReport.isRate(Metrics.MORTALITY_30D_RATE));
        assertFalse(CompareReport.isRate(Metrics.COST_PER_PATIENT_DAY));
        assertEquals("29.4%", CompareReport.percent(0.2936));
        assertEquals("2.88%", CompareReport.percent(0.02879));
        assertEquals("\u22120.412%", CompareReport.percent(-0.004123));
        Matcher burnout = Pattern.compile("<td>Burnout, frontline staff</td><td class=\"unit\">%</td><td><span "
                + "class=\"figure\">([0-9.]+)%</span> <span class=\"ci\">\\[([0-9.]+)%, ([0-9.]+)%\\]</span>")
                .matcher(html);
        assertTrue(burnout.find(), "burnout as a percentage with its interval in a span of its own");
        double mean = Estimate.of(results.values(0, Metrics.BURNOUT_RATE)).mean();
        assertEquals(100 * mean, Double.parseDouble(burnout.group(1)), 0.05 + 100 * mean * 0.001);
        assertTrue(html.contains(".figure, .ci { white-space: nowrap;"), "intervals do not wrap");
    }

    @Test
    void nothingLinksToAFileThatDoesNotTravelWithTheReport() {
        Matcher link = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        List<String> targets = new ArrayList<>();
        while (link.find()) {
            targets.add(link.group(1));
        }
        for (String target : targets) {
            assertTrue(target.startsWith("data:") || target.startsWith("https://") || target.startsWith("#"),
                    "a link that breaks once forwarded: " + target);
        }
        assertFalse(html.contains("<link "), "no external stylesheet");
        assertFalse(html.contains("<script src"), "no external script");
    }

    @Test
    void theDetailsAreFoldedBelowAndThePageHasAPrintStylesheet() {
        int details = html.indexOf("<summary>Statistical details");
        int pValues = html.indexOf("<th>p (paired t)</th>");
        assertTrue(details > html.indexOf("At the end of the period") && pValues > details
                && pValues < html.indexOf("</details>", details), "p-values inside the folded details");
        assertTrue(html.indexOf("d<sub>z</sub></th>") > details);
        assertTrue(html.contains("@media print {"));
    }

    @Test
    void chartsAreEmbeddedAsSvgThatParsesAsXmlWithThePngWrittenBeside() throws Exception {
        Matcher svg = Pattern.compile("<svg.*?</svg\\s*>", Pattern.DOTALL).matcher(html);
        int count = 0;
        List<String> ids = new ArrayList<>();
        while (svg.find()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                    svg.group().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            ids.add(doc.getDocumentElement().getAttribute("id"));
            count++;
        }
        assertEquals(charts.size(), count, "every chart inline as SVG");
        assertEquals(count, ids.stream().distinct().count(), "distinct ids, so definitions do not collide");
        assertFalse(html.contains("data:image/png"), "no PNG where an SVG is");
        for (RenderedChart c : charts) {
            assertTrue(c.hasSvg() && c.png().length > 1000 && c.svgFile().endsWith(".svg"), c.file());
        }
    }

    @Test
    void theSameComparisonGivesTheSameSvg() throws Exception {
        List<ComparisonRow> rows = ComparisonRow.of(results);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            List<RenderedChart> again = CompareCharts.render(results, rows, thread);
            for (int i = 0; i < charts.size(); i++) {
                assertEquals(charts.get(i).svg(), again.get(i).svg(), charts.get(i).file());
            }
        } finally {
            thread.shutdown();
        }
    }
}
