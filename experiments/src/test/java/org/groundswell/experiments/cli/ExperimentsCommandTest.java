package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.ExperimentLoader;
import org.groundswell.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listNamesEveryBundledExperimentWithItsRuns() {
        Execution e = groundswell("experiments", "list");

        assertEquals(0, e.exitCode(), e.err());
        List<String> names = ExperimentLoader.LIBRARY.names();
        assertEquals(List.of("staffing-sweep", "verdict-morris", "verdict-sobol", "where-partnership-fails",
                "where-top-down-wins"), names);
        List<String> lines = e.out().lines().toList();
        assertTrue(lines.get(0).matches("staffing-sweep +36 runs  How do nurse staffing .*"), lines.get(0));
        assertTrue(lines.get(2).matches("verdict-sobol +1,536 runs  .*"), lines.get(2));
        assertTrue(lines.get(4).matches("where-top-down-wins +432 runs  Where does top-down change beat .*"),
                lines.get(4));
        for (String line : lines.subList(0, names.size())) {
            assertTrue(line.endsWith(".") || line.endsWith("?"),
                    "a whole sentence, not one cut at a line end: " + line);
        }
    }

    @Test
    void everyExperimentFileShippedIsListedAndRunnableByName() throws IOException {
        Path folder = Path.of("src/main/resources/org/groundswell/experiments/examples");
        List<String> shipped;
        try (var files = Files.list(folder)) {
            shipped = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length())).sorted().toList();
        }
        assertTrue(shipped.size() >= 5, "found the shipped files: " + shipped);
        assertEquals(shipped, ExperimentLoader.LIBRARY.names().stream().sorted().toList(),
                "every file in " + folder + " is in its index.txt, and nothing else is");
        for (String name : shipped) {
            String text = ExperimentLoader.LIBRARY.text(name).orElseThrow();
            assertTrue(text.contains("./groundswell sweep " + name + "\n"),
                    name + " says how to run it by its name, not by a path into the sources");
        }
    }

    @Test
    void showPrintsTheFileAsShippedAndItLoadsBackToTheSameExperiment() throws IOException, ScenarioException {
        Execution shown = groundswell("experiments", "show", "verdict-morris");
        assertEquals(0, shown.exitCode(), shown.err());
        assertEquals(ExperimentLoader.LIBRARY.text("verdict-morris").orElseThrow(), shown.out());

        Path copy = tmp.resolve("my-sweep.yaml");
        Files.writeString(copy, shown.out());
        Experiment fromFile = ExperimentLoader.load(copy.toString());
        Experiment bundled = ExperimentLoader.load("verdict-morris");
        assertEquals(bundled.name(), fromFile.name());
        assertEquals(bundled.parameters(), fromFile.parameters());
        assertEquals(copy.toString(), fromFile.source());
        assertEquals("bundled:verdict-morris", bundled.source());
    }

    @Test
    void aBundledNameResolvesWithOrWithoutItsExtensionAndAFolderMeansAFile() throws ScenarioException {
        assertEquals("bundled:staffing-sweep", ExperimentLoader.open("staffing-sweep.yaml").name());
        assertEquals("bundled:staffing-sweep", ExperimentLoader.open("staffing-sweep").name());

        Execution inFolder = groundswell("sweep", tmp.resolve("staffing-sweep.yaml").toString());
        assertEquals(2, inFolder.exitCode());
        assertTrue(inFolder.err().contains("no such file"), inFolder.err());
    }

    @Test
    void aMisspeltNameGetsTheClosestAndTheList() {
        Execution e = groundswell("sweep", "stafing-sweep", "--out", tmp.resolve("x").toString());

        assertEquals(2, e.exitCode());
        assertTrue(e.err().startsWith("error: stafing-sweep: no such file, and no bundled experiment of that name; "
                + "did you mean staffing-sweep? The bundled experiments are: staffing-sweep, verdict-morris, "
                + "verdict-sobol, where-partnership-fails, where-top-down-wins"), e.err());
        assertTrue(Files.notExists(tmp.resolve("x")));
    }
}
