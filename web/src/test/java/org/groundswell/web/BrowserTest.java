package org.groundswell.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page in a real browser: Debian's Chromium, headless, driven by Selenium through chromedriver. Where
 * neither can be found the tests are skipped, and say so; CI installs both ({@code .ci/run}).
 */
class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ClassroomServer server;
    private static WebDriver browser;

    @BeforeAll
    static void open() {
        HeadlessChrome.require();
        server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 10, Duration.ofMinutes(5)));
        browser = HeadlessChrome.open(1700, 1400);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static long number(String script) {
        return ((Number) js("return " + script + ";")).longValue();
    }

    /** Opens the page and waits for its first run to be drawn. */
    private static void load() {
        browser.get(server.url());
        new WebDriverWait(browser, WAIT).until(b -> number("window.groundswell.framesDrawn") > 0);
    }

    /** Starts a run from the form with {@code left} and {@code right} for {@code days} days. */
    private static void startRun(String left, String right, int days) {
        new Select(browser.findElement(By.id("strategy-0"))).selectByValue(left);
        new Select(browser.findElement(By.id("strategy-1"))).selectByValue(right);
        WebElement box = browser.findElement(By.id("days"));
        box.clear();
        box.sendKeys(String.valueOf(days));
        String before = (String) js("return window.groundswell.structure.id;");
        browser.findElement(By.id("start")).click();
        new WebDriverWait(browser, WAIT).until(b -> !before.equals(js("return window.groundswell.structure.id;"))
                && number("window.groundswell.framesDrawn") > 0 && js("return window.groundswell.state") != null
                && number("window.groundswell.state.daysSimulated") == 0);
    }

    /** Waits for {@code condition}, and on a timeout says where the page stood. */
    private static void await(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, WAIT).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the page: " + js("var g=window.groundswell;"
                    + "return JSON.stringify({frames: g.framesDrawn, days: g.state && g.state.daysSimulated, playing: "
                    + "g.state && g.state.playing, finished: g.state && g.state.finished, error: "
                    + "document.getElementById('error').textContent});"), e);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void thePageLoadsWithTwoHospitalsAndItsCharts() {
        load();
        assertEquals("Groundswell — the classroom", browser.getTitle());
        assertEquals("top-down", browser.findElement(By.id("caption-0")).getText());
        assertEquals("partnership", browser.findElement(By.id("caption-1")).getText());
        assertTrue(browser.findElements(By.cssSelector("#charts .chart canvas")).size() >= 5, "a canvas per chart");
        assertTrue(browser.findElement(By.id("error")).getAttribute("hidden") != null, "no error shown");
    }

    @Test
    void theOutcomesPatientsAndStaffFeelHaveTheirChartsUnderAHeading() throws IOException {
        load();
        List<WebElement> headings = browser.findElements(By.cssSelector("#charts h2.chart-group"));
        assertEquals(1, headings.size());
        assertEquals(Charts.FELT, headings.get(0).getText());
        for (String metric : List.of("patient_experience", "falls_per_1000_pd", "ed_boarding_patients",
                "physician_burnout_rate")) {
            assertEquals(1, browser.findElements(By.cssSelector("#charts .chart[data-metric='" + metric + "'] canvas"))
                    .size(), metric);
            assertTrue((Boolean) js("var h=document.querySelector('#charts h2.chart-group');"
                    + "var c=document.querySelector(\"#charts .chart[data-metric='" + metric + "']\");"
                    + "return !!(h.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);"), metric
                    + " under the heading");
        }
        startRun("top-down", "partnership", 200);
        for (int i = 0; i < 3; i++) {
            browser.findElement(By.id("step")).click();
        }
        await("three steps", b -> number("window.groundswell.state.daysSimulated") == 3);
        // A chart says "nothing counted yet" exactly when none of its values is a number.
        assertEquals(Boolean.TRUE, js("return window.groundswell.charts.every(function(c){"
                + "var any=c.plot.data.slice(1).some(function(y){return y.some(function(v){return v!==null&&v!==undefined;});});"
                + "return c.note.hidden===any;});"));
        screenshot("felt-charts.png");
    }

    @Test
    void playAdvancesTheDayCounterAndTheChartsDraw() throws IOException {
        load();
        startRun("top-down", "partnership", 700);
        browser.findElement(By.id("step")).click();
        browser.findElement(By.id("step")).click();
        await("two steps", b -> number("window.groundswell.state.daysSimulated") == 2);
        assertEquals("Warm-up day -89", browser.findElement(By.id("day")).getText());
        new Select(browser.findElement(By.id("speed"))).selectByValue("25");
        browser.findElement(By.id("play")).click();
        await("day 30", b -> number("window.groundswell.state.day") >= 30);
        browser.findElement(By.id("pause")).click();
        await("the pause", b -> !(Boolean) js("return window.groundswell.state.playing;"));
        long days = number("window.groundswell.state.daysSimulated");
        assertTrue(days >= 90 + 30, "played " + days + " days");
        String shown = browser.findElement(By.id("day")).getText();
        assertTrue(shown.startsWith("Day "), shown);
        // The charts hold a point a day for each hospital, and their canvases are drawn on.
        assertEquals(days, number("window.groundswell.charts[0].plot.data[0].length"));
        assertEquals(days, number("window.groundswell.charts[0].plot.data[2].length"));
        long coloured = number("(function(){var c=document.querySelector('#charts .chart canvas');"
                + "var d=c.getContext('2d').getImageData(0,0,c.width,c.height).data,n=0;"
                + "for(var i=0;i<d.length;i+=4){if(d[i+3]>0&&(d[i]!==d[i+1]||d[i+1]!==d[i+2]))n++;}return n;})()");
        assertTrue(coloured > 100, "the first chart has " + coloured + " coloured pixels: its lines are drawn");
        long people = number("(function(){var c=document.getElementById('hospital-1');"
                + "var d=c.getContext('2d').getImageData(0,0,c.width,c.height).data,n=0;"
                + "for(var i=0;i<d.length;i+=4){if(d[i+2]>150&&d[i]<120)n++;}return n;})()");
        assertTrue(people > 200, "the hospital shows rested (blue) staff: " + people + " pixels");
        browser.findElement(By.id("step")).click();
        await("a step", b -> number("window.groundswell.state.daysSimulated") == days + 1);
        screenshot("watch.png");
    }

    @Test
    void anInterventionScheduledFromThePageChangesTheRun() throws IOException {
        load();
        startRun("none", "none", 300);
        new Select(browser.findElement(By.id("step-days"))).selectByValue("90");
        browser.findElement(By.id("step")).click();
        await("the warm-up", b -> number("window.groundswell.state.daysSimulated") == 90);
        assertEquals("Warm-up day -1", browser.findElement(By.id("day")).getText());
        new Select(browser.findElement(By.id("intervention"))).selectByValue("huddles");
        new Select(browser.findElement(By.id("intervention-hospital"))).selectByValue("1");
        browser.findElement(By.id("intervene")).click();
        await("the decision", b -> b.findElements(By.cssSelector("#decided li")).size() == 1);
        String decided = browser.findElement(By.cssSelector("#decided li")).getText();
        assertTrue(decided.startsWith("huddles in none (right) from day "), decided);
        assertTrue(decided.endsWith("from day 0"), decided);
        new Select(browser.findElement(By.id("speed"))).selectByValue("0");
        browser.findElement(By.id("play")).click();
        await("the end of the run", b -> (Boolean) js("return window.groundswell.state.finished;"));
        double left = ((Number) js("var v=window.groundswell.series[0].values.rc_index;return v[v.length-1];")).doubleValue();
        double right = ((Number) js("var v=window.groundswell.series[1].values.rc_index;return v[v.length-1];")).doubleValue();
        assertTrue(right - left > 0.03, "huddles in the right hospital raise its RC index: " + left + " -> " + right);
        screenshot("intervention.png");
    }

    @Test
    void aSliderOutOfRangeShowsWhyItIsRefused() {
        load();
        WebElement box = browser.findElement(By.cssSelector("#sliders input[type=number][data-path='staffing.patientsPerNurse']"));
        box.clear();
        box.sendKeys("40");
        browser.findElement(By.id("start")).click();
        WebElement error = browser.findElement(By.id("error"));
        new WebDriverWait(browser, WAIT).until(b -> error.isDisplayed());
        assertEquals("--set: staffing.patientsPerNurse = 40: a number from 1 to 12", error.getText());
    }
}
