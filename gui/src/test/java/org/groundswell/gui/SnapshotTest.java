package org.groundswell.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the real window (MASON's Console, the views, the charts), plays a short run through the Console and
 * writes a PNG of the window. Needs a display: CI runs the build under {@code xvfb-run}; elsewhere without one
 * the test is skipped, saying so.
 */
class SnapshotTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsADisplay() {
        String why = "SnapshotTest skipped: no display to open the window on (DISPLAY=" + System.getenv("DISPLAY")
                + "); run the build under 'xvfb-run -a' to include it";
        if (!Classroom.displayAvailable()) {
            System.err.println(why);
        }
        assumeTrue(Classroom.displayAvailable(), why);
    }

    @Test
    void aSnapshotOfTwoStrategiesSideBySideShowsViewsAndCharts() throws Exception {
        Scenario scenario = ScenarioLoader.load("community-hospital",
                List.of("warmupDays=5", "days=30", "strategy=top-down"));
        Path file = tmp.resolve("pictures/gui.png");
        BufferedImage returned = Classroom.snapshot(scenario, "partnership", file, Duration.ofMinutes(2));

        assertTrue(Files.size(file) > 50_000, "a picture, not an empty frame: " + Files.size(file) + " bytes");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(ClassroomWindow.WIDTH, image.getWidth());
        assertEquals(ClassroomWindow.HEIGHT, image.getHeight());
        assertEquals(returned.getWidth(), image.getWidth());
        assertTrue(colours(image, 0, 0, image.getWidth(), image.getHeight()) > 200, "many colours");
        int viewsBottom = ClassroomWindow.HEIGHT - ClassroomWindow.CHARTS_HEIGHT;
        int half = (ClassroomWindow.WIDTH - ClassroomWindow.LEGEND_WIDTH) / 2;
        assertTrue(colours(image, 0, 120, half, viewsBottom) > 50, "the left hospital is drawn");
        assertTrue(colours(image, half, 120, 2 * half, viewsBottom) > 50, "the right hospital is drawn");
        assertTrue(colours(image, 0, viewsBottom, image.getWidth(), image.getHeight()) > 20, "the charts are drawn");
        assertTrue(Files.list(file.getParent()).allMatch(f -> f.equals(file)), "no partial file is left");
    }

    @Test
    void oneHospitalAloneFillsTheWindow() throws Exception {
        Scenario scenario = ScenarioLoader.load("community-hospital", List.of("warmupDays=3", "days=5"));
        Path file = tmp.resolve("one.png");
        BufferedImage image = Classroom.snapshot(scenario, null, file, Duration.ofMinutes(2));
        assertEquals(ClassroomWindow.WIDTH, image.getWidth());
        int viewsBottom = ClassroomWindow.HEIGHT - ClassroomWindow.CHARTS_HEIGHT;
        int right = ClassroomWindow.WIDTH - ClassroomWindow.LEGEND_WIDTH;
        assertTrue(colours(image, right / 2 + 50, 120, right, viewsBottom) > 50, "the view spans the window");
    }

    /** The distinct colours in a rectangle of {@code image}. */
    private static int colours(BufferedImage image, int x0, int y0, int x1, int y1) {
        Set<Integer> seen = new HashSet<>();
        for (int y = y0; y < y1; y += 2) {
            for (int x = x0; x < x1; x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
