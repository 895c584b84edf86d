package org.groundswell.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class ScenarioLibraryTest {

    private static final Path FOLDER = Path.of("src/main/resources/org/groundswell/scenarios/library");

    @Test
    void theIndexListsExactlyTheBundledFilesSorted() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertEquals(files, ScenarioLibrary.names());
        List<String> sorted = new ArrayList<>(ScenarioLibrary.names());
        sorted.sort(null);
        assertEquals(sorted, ScenarioLibrary.names());
        assertTrue(ScenarioLibrary.names().contains(ScenarioLibrary.DEFAULT));
    }

    @Test
    void everyBundledScenarioLoadsUnderItsOwnNameWithAPlainWordsDescription() throws ScenarioException {
        for (String name : ScenarioLibrary.names()) {
            Scenario scenario = ScenarioLoader.load(name);
            assertEquals(name, scenario.name());
            assertEquals("bundled:" + name, scenario.source());
            assertFalse(scenario.description().isBlank(), name);
        }
    }

    @Test
    void theCommunityHospitalFileHoldsNoParameterValuesOnlyItsNameAndDescription() throws ScenarioException {
        String text = ScenarioLibrary.text("community-hospital").orElseThrow();
        JsonNode tree = YamlDocument.parse(text, "community-hospital").tree();

        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("name", "description"), keys);
    }

    @Test
    void unknownOrMalformedNamesAreNotBundled() {
        assertFalse(ScenarioLibrary.contains("no-such-hospital"));
        assertFalse(ScenarioLibrary.contains("../library/community-hospital"));
        assertFalse(ScenarioLibrary.contains(null));
        assertTrue(ScenarioLibrary.contains("community-hospital"));
    }
}
