package org.groundswell.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Selenium through chromedriver, for the browser tests. Where neither
 * can be found ({@code CHROME_BIN}, {@code CHROMEDRIVER}, or their usual places) the calling test is skipped and
 * says so; CI installs both ({@code .ci/run}).
 */
final class HeadlessChrome {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChrome() {
    }

    /** Skips the calling test unless a browser and its driver are here. */
    static void require() {
        Optional<String> binary = find("CHROME_BIN", BROWSERS);
        Optional<String> driver = find("CHROMEDRIVER", DRIVERS);
        Assumptions.assumeTrue(binary.isPresent() && driver.isPresent(), "skipped: the browser tests need Chromium "
                + "and chromedriver (Debian: apt-get install chromium chromium-driver; or set CHROME_BIN and "
                + "CHROMEDRIVER); found browser " + binary.orElse("none") + ", driver " + driver.orElse("none"));
    }

    /** A headless browser whose window is {@code width} × {@code height}; call {@link #require()} first. */
    static ChromeDriver open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("CHROME_BIN", BROWSERS).orElseThrow());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find("CHROMEDRIVER", DRIVERS).orElseThrow())).usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }

    private static Optional<String> find(String variable, List<String> places) {
        String set = System.getenv(variable);
        if (set != null && Files.isExecutable(Path.of(set))) {
            return Optional.of(set);
        }
        return places.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
