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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A region on the watch page, in a real browser (Debian's Chromium, headless, through chromedriver; skipped,
 * and saying so, without them): the Hospitals table with the whole region and its four hospitals, and the
 * choice of the hospital the drawings and charts show; and the table on the projector of a class's room.
 */
class RegionBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Days stepped: the warm-up, then the first quarter of the strategy period. */
    private static final long DAYS = 180;
    private static final List<String> ROWS = List.of(RegionTable.WHOLE_REGION, "hub", "north", "south", "east");

    private static ClassroomServer server;
    private static WebDriver browser;

    @BeforeAll
    static void open() {
        HeadlessChrome.require();
        server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 4, Duration.ofMinutes(5)));
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

    private static void await(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, WAIT).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the page: " + js("var g=window.groundswell;"
                    + "return JSON.stringify({days: g.state && g.state.daysSimulated, shown: g.structure.shown, "
                    + "error: document.getElementById('error').textContent});"), e);
        }
    }

    /**
     * The names in the table's first column (the "on show" mark aside), read in one script: the page builds
     * the table again as each day arrives, so elements found a moment before may be gone.
     */
    @SuppressWarnings("unchecked")
    private static List<String> rowNames() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#region-table tbody tr'))"
                + ".map(function(r){return r.cells[0].firstChild.textContent;});");
    }

    private static String shownRow() {
        return (String) js("var r=document.querySelectorAll('#region-table tbody tr.shown');"
                + "return r.length===1 ? r[0].cells[0].firstChild.textContent : 'rows marked: '+r.length;");
    }

    @Test
    void theWatchPageOfARegionHasATableOfItsHospitalsAndShowsTheOneChosen() throws IOException {
        browser.get(server.url());
        await("the first run", b -> number("window.groundswell.framesDrawn") > 0);
        assertTrue(!browser.findElement(By.id("region")).isDisplayed(), "a single hospital has no table of hospitals");

        new Select(browser.findElement(By.id("scenario"))).selectByValue("regional-care-system");
        await("the scenario's description", b -> b.findElement(By.id("scenario-description")).getText()
                .startsWith("Four hospitals"));
        WebElement days = browser.findElement(By.id("days"));
        days.clear();
        days.sendKeys("200");
        browser.findElement(By.id("start")).click();
        await("the region's run", b -> (Boolean) js("var s=window.groundswell.structure;"
                + "return !!s.members && s.members.length===4 && window.groundswell.state.daysSimulated===0;"));
        assertTrue(browser.findElement(By.id("region")).isDisplayed());
        assertEquals(List.of("hub", "north", "south", "east"), new Select(browser.findElement(By.id("member")))
                .getOptions().stream().map(WebElement::getText).toList());
        assertEquals("top-down · hub", browser.findElement(By.id("caption-0")).getText());

        new Select(browser.findElement(By.id("step-days"))).selectByValue("90");
        browser.findElement(By.id("step")).click();
        browser.findElement(By.id("step")).click();
        await("a quarter of the strategy period in the table", b -> number("window.groundswell.state.daysSimulated")
                == DAYS && rowNames().equals(ROWS));
        assertEquals("hub", shownRow());
        @SuppressWarnings("unchecked")
        List<String> hub = (List<String>) js("return Array.from(document.querySelector("
                + "\"#region-table tbody tr[data-member='0']\").cells).map(function(c){return c.textContent;});");
        assertEquals(1 + 6 * 2, hub.size(), "six outcomes under each of two strategies");
        assertTrue(hub.get(5).startsWith("$"), "cost per patient-day: " + hub.get(5));
        long hubUnits = number("window.groundswell.structure.units.length");

        new Select(browser.findElement(By.id("member"))).selectByVisibleText("north");
        await("north on show", b -> number("window.groundswell.structure.shown") == 1
                && number("window.groundswell.state.region.shown") == 1 && "north".equals(shownRow()));
        assertEquals("top-down · north", browser.findElement(By.id("caption-0")).getText());
        assertEquals("partnership · north", browser.findElement(By.id("caption-1")).getText());
        assertNotEquals(hubUnits, number("window.groundswell.structure.units.length"), "north's units, not the hub's");
        await("north's days from the first", b -> number("window.groundswell.series[0].days.length") == DAYS
                && number("window.groundswell.charts[0].plot.data[0].length") == DAYS);
        assertEquals(number("window.groundswell.structure.units.length"),
                number("window.groundswell.state.hospitals[0].units.length"), "the drawing is of north's units");
        assertEquals(DAYS, number("window.groundswell.state.daysSimulated"), "nothing was re-run");
        assertEquals(ROWS, rowNames());

        browser.findElement(By.cssSelector("#region-table tbody tr[data-member='2']")).click();
        await("south on show, chosen in the table", b -> "south".equals(shownRow())
                && "2".equals(new Select(b.findElement(By.id("member"))).getFirstSelectedOption().getAttribute("value")));
        Path file = Path.of("target", "screenshots", "region.png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // Chosen while the run plays, the member's days come from the first, and go on arriving, as its own.
        new Select(browser.findElement(By.id("speed"))).selectByValue("25");
        browser.findElement(By.id("play")).click();
        await("playing", b -> (Boolean) js("return window.groundswell.state.playing;"));
        new Select(browser.findElement(By.id("member"))).selectByVisibleText("east");
        await("east on show while playing", b -> "east".equals(shownRow())
                && number("window.groundswell.structure.shown") == 3
                && number("window.groundswell.state.daysSimulated") > DAYS + 10);
        browser.findElement(By.id("pause")).click();
        await("the pause", b -> !(Boolean) js("return window.groundswell.state.playing;"));
        await("every day of east, once", b -> number("window.groundswell.series[0].days.length")
                == number("window.groundswell.state.daysSimulated"));
        assertEquals("partnership · east", browser.findElement(By.id("caption-1")).getText());
        assertEquals(Boolean.TRUE, js("var d=window.groundswell.series[1].days;"
                + "return d.every(function(v,i){return i===0||v===d[i-1]+1;});"), "no day twice, none missed");
    }

    @Test
    void theProjectorOfARegionHasTheTableWithTheClasssHospitalOnShow() {
        browser.get(server.url() + "projector.html");
        await("the form", b -> b.findElements(By.cssSelector("#scenario option")).size() > 0);
        new Select(browser.findElement(By.id("scenario"))).selectByValue("regional-care-system");
        WebElement days = browser.findElement(By.id("days"));
        days.clear();
        days.sendKeys("30");
        browser.findElement(By.id("open")).click();
        await("the room's table of hospitals", b -> b.findElement(By.id("code")).getText().length()
                == Rooms.CODE_LENGTH && rowNames().equals(ROWS));
        assertEquals("hub", shownRow(), "the class decides in the hub");
        assertEquals("The class's decisions · hub", browser.findElement(By.id("caption-0")).getText());
        assertTrue(browser.findElements(By.id("member")).isEmpty(), "the class's hospital is not chosen here");
        assertTrue(browser.findElements(By.cssSelector("#region-table tr.choosable")).isEmpty());
    }
}
