package org.groundswell.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.groundswell.model.metrics.DayRecord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Class mode in real browsers: the teacher's projector and two students, each in a browser of their own
 * (Debian's Chromium, headless, through chromedriver; skipped, and saying so, without them). Both students join
 * with the room's code; one answers the decision put to her seat, the other lets his time run out. Both reach
 * the projector's log, and the class's hospital, identical to its twin until the first answer, parts from it
 * after.
 */
class ClassBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ClassroomServer server;
    private static final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void open() {
        HeadlessChrome.require();
        server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, 4, Duration.ofMinutes(5)),
                run -> "<html>" + run.decisions().size() + "</html>");
        browsers.add(HeadlessChrome.open(1700, 1250));
        browsers.add(HeadlessChrome.open(430, 900));
        browsers.add(HeadlessChrome.open(430, 900));
    }

    @AfterAll
    static void close() {
        browsers.forEach(WebDriver::quit);
        if (server != null) {
            server.close();
        }
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void await(WebDriver browser, String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, WAIT).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; error shown: "
                    + browser.findElement(By.id("error")).getText(), e);
        }
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A copy of screenshot {@code from}, {@code width} pixels wide, for the README (which keeps pictures small). */
    private static void small(String from, String to, int width) throws IOException {
        java.awt.image.BufferedImage full = javax.imageio.ImageIO.read(Path.of("target", "screenshots", from).toFile());
        int height = full.getHeight() * width / full.getWidth();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(full, 0, 0, width, height, null);
        g.dispose();
        // 256 colours are plenty for a page of flat colours, and a third of the bytes.
        java.awt.image.BufferedImage indexed = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_BYTE_INDEXED);
        java.awt.Graphics2D h = indexed.createGraphics();
        h.drawImage(out, 0, 0, null);
        h.dispose();
        javax.imageio.ImageIO.write(indexed, "png", Path.of("target", "screenshots", to).toFile());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement box = browser.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    private static void join(WebDriver browser, String code, String name, String seat) {
        browser.get(server.url() + "class.html?room=" + code);
        await(browser, "the seats of room " + code, b -> b.findElements(By.cssSelector("#seat option")).size() > 2);
        type(browser, "name", name);
        new Select(browser.findElement(By.id("seat"))).selectByValue(seat);
        browser.findElement(By.id("join")).click();
        await(browser, name + " seated", b -> b.findElement(By.id("seat-view")).isDisplayed());
    }

    @Test
    void twoStudentsJoinAndTheirDecisionsReachTheModelOrTimeOutToIt() throws IOException {
        WebDriver teacher = browsers.get(0);
        WebDriver ana = browsers.get(1);
        WebDriver ben = browsers.get(2);
        teacher.get(server.url() + "projector.html");
        await(teacher, "the form", b -> b.findElements(By.cssSelector("#scenario option")).size() > 0);
        type(teacher, "seed", "4");
        type(teacher, "days", "90");
        type(teacher, "time-limit", "5");
        type(teacher, "stand-days", "7");
        teacher.findElement(By.id("open")).click();
        await(teacher, "the room's code", b -> b.findElement(By.id("code")).getText().length() == Rooms.CODE_LENGTH);
        String code = teacher.findElement(By.id("code")).getText();

        join(ana, code.toLowerCase(), "Ana", "0");
        join(ben, code, "Ben", "1");
        assertTrue(ana.findElement(By.id("seat-label")).getText().endsWith(" manager"));
        assertTrue(ben.findElement(By.id("seat-label")).getText().endsWith(" frontline"));
        await(teacher, "both students on the projector", b -> b.findElement(By.id("seats")).getText().contains("Ana")
                && b.findElement(By.id("seats")).getText().contains("Ben"));

        new Select(teacher.findElement(By.id("speed"))).selectByValue("25");
        teacher.findElement(By.id("play")).click();

        // Ana answers the first decision put to the unit's manager, against the model's usual answer; Ben lets
        // the first decision put to the unit's frontline staff time out (the model decides it), then answers.
        String choice = null;
        String benSkipped = null;
        String benAnswered = null;
        boolean shotAna = false;
        long until = System.currentTimeMillis() + 45_000;
        while (System.currentTimeMillis() < until && (choice == null
                || !teacher.findElement(By.id("log")).getText().contains("time ran out for Ben"))) {
            if (choice == null && ana.findElement(By.id("prompt")).isDisplayed()) {
                if (!shotAna) {
                    screenshot(ana, "class-student.png");
                    shotAna = true;
                }
                WebElement against = ana.findElements(By.cssSelector("#choices button")).stream()
                        .filter(c -> c.getAttribute("id").equals("choice-blame") || c.getAttribute("id").equals("choice-hold"))
                        .findFirst().orElseThrow();
                String id = against.getAttribute("id").substring("choice-".length());
                against.click();
                choice = id;
            }
            if (ben.findElement(By.id("prompt")).isDisplayed()) {
                String prompt = ben.findElement(By.id("choices")).getAttribute("data-prompt");
                if (benSkipped == null) {
                    benSkipped = prompt;
                } else if (!benSkipped.equals(prompt) && !prompt.equals(benAnswered)) {
                    ben.findElement(By.id("choice-raise")).click();
                    benAnswered = prompt;
                }
            }
            sleep(150);
        }
        String answered = choice;
        assertTrue(answered != null, "no decision reached Ana: " + js(teacher, "return JSON.stringify(window.groundswellRoom.info);"));
        await(teacher, "Ana's answer in the log", b -> b.findElement(By.id("log")).getText()
                .contains("Ana answered: " + answered));
        assertTrue(teacher.findElement(By.id("log")).getText().contains("time ran out for Ben"),
                "Ben's decision timed out to the model: " + teacher.findElement(By.id("log")).getText());
        await(teacher, "a month of the strategy period", b -> ((Number) js(b,
                "return window.groundswell.state.day;")).intValue() >= 30 || b.findElement(By.id("pending")).isDisplayed());
        screenshot(teacher, "class-projector.png");
        small("class-projector.png", "class-projector-small.png", 900);
        teacher.findElement(By.id("pause")).click();

        // The model's state: the class's hospital is its twin until Ana's answer, and differs after it.
        ClassRun run = server.room(code).classRun();
        ClassRun.Decision first = run.decisions().stream().filter(d -> d.how().equals("answered")).findFirst()
                .orElseThrow();
        ClassRun.Decision hers = run.decisions().stream().filter(d -> d.by().equals("Ana") && d.how().equals("answered"))
                .findFirst().orElseThrow();
        assertTrue(hers.choice().equals(answered), "Ana's answer reached the model: " + hers);
        int warmup = run.scenario().parameters().warmupDays();
        List<DayRecord> mine = run.classDays();
        List<DayRecord> twin = run.modelDays();
        for (int d = 0; d < warmup + first.day(); d++) {
            assertArrayEquals(twin.get(d).values(), mine.get(d).values(), 0.0, "day " + mine.get(d).day());
        }
        int n = Math.min(mine.size(), twin.size());
        boolean parted = false;
        for (int d = warmup + first.day(); d < n && !parted; d++) {
            parted = !Arrays.equals(twin.get(d).values(), mine.get(d).values());
        }
        assertTrue(parted, "the class's hospital parted from its twin after its first answer, " + first);
    }
}
