package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.groundswell.experiments.cli.RunCommandTest.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a region scenario writes: a row per day and hospital, its units by hospital, each hospital's summary. */
class RegionOutputsTest {

    private static final List<String> MEMBERS = List.of("hub", "north", "south", "east");

    @TempDir
    Path tmp;

    @Test
    void aRunOfARegionWritesARowPerDayAndHospital() throws IOException {
        Path dir = tmp.resolve("run");
        Execution e = groundswell("run", "--scenario", "regional-care-system", "--set", "warmupDays=5", "--days", "10",
                "--out", dir.toString());
        assertEquals(0, e.exitCode(), e.err());
        List<String> rows = Files.readAllLines(dir.resolve("hospitals.csv"));
        assertTrue(rows.get(0).startsWith("day,hospital,census,"), rows.get(0));
        assertEquals(1 + 15 * MEMBERS.size(), rows.size());
        for (int i = 0; i < MEMBERS.size(); i++) {
            assertTrue(rows.get(1 + i).startsWith("-5," + MEMBERS.get(i) + ","), rows.get(1 + i));
        }
        assertTrue(Files.readString(dir.resolve("units.csv")).contains("north/ward"));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(MEMBERS, iterable(summary.get("hospitals").fieldNames()));
        assertTrue(summary.get("hospitals").get("hub").get("census").asDouble() > 0);
    }

    @Test
    void aComparisonOfARegionShowsEachHospital() throws IOException {
        Path dir = tmp.resolve("compare");
        Execution e = groundswell("compare", "--scenario", "regional-care-system", "--strategies", "none,partnership",
                "--replications", "2", "--set", "warmupDays=5", "--days", "20", "--threads", "2", "--out",
                dir.toString());
        assertEquals(0, e.exitCode(), e.err());
        List<String> rows = Files.readAllLines(dir.resolve("hospitals.csv"));
        assertTrue(rows.get(0).startsWith("strategy,replication,seed,run_id,hospital,"), rows.get(0));
        assertEquals(1 + 2 * 2 * MEMBERS.size(), rows.size());
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("Each hospital of the region"));
        for (String member : MEMBERS) {
            assertTrue(report.contains("<td>" + member + "</td>"), member);
        }
    }

    @Test
    void aComparisonOfOneHospitalWritesNoHospitalsFile() {
        Path dir = tmp.resolve("one");
        Execution e = groundswell("compare", "--strategies", "none", "--replications", "1", "--set", "warmupDays=5",
                "--days", "5", "--out", dir.toString());
        assertEquals(0, e.exitCode(), e.err());
        assertFalse(Files.exists(dir.resolve("hospitals.csv")));
    }

    @Test
    void aMemberWithAnUnknownStrategyIsAnErrorNamingTheFieldAndWhatIsAllowed() {
        Execution e = groundswell("run", "--scenario", "regional-care-system", "--set",
                "region.hospitals[1].strategy=sideways", "--out", tmp.resolve("bad").toString());
        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("region.hospitals[1].strategy"), e.err());
        assertTrue(e.err().contains("partnership"), e.err());
        assertFalse(Files.exists(tmp.resolve("bad")));
    }

    @Test
    void aMemberThatExtendsAMissingScenarioIsAnErrorWithItsFileAndLine() throws IOException {
        Path file = tmp.resolve("my-region.yaml");
        Files.writeString(file, """
                name: my-region
                region:
                  hospitals:
                    - name: a
                    - name: b
                      extends: comunity-hospital
                """);
        Execution e = groundswell("scenarios", "validate", file.toString());
        assertEquals(2, e.exitCode());
        assertTrue(e.err().contains("my-region.yaml:6: region.hospitals[1].extends"), e.err());
        assertTrue(e.err().contains("community-hospital"), e.err());
    }

    @Test
    void aHospitalSettingOnARegionIsEveryMembersAndAMembersSettingIsItsOwn() throws IOException {
        Execution e = groundswell("scenarios", "show", "regional-care-system", "--set", "staffing.patientsPerNurse=6",
                "--set", "region.hospitals[2].parameters.staffing.patientsPerNurse=4");
        assertEquals(0, e.exitCode(), e.err());
        Path file = tmp.resolve("shown.yaml");
        Files.writeString(file, e.out());
        JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(file.toFile());
        JsonNode members = tree.get("region").get("hospitals");
        assertEquals(6, members.get(0).get("parameters").get("staffing").get("patientsPerNurse").asDouble());
        assertEquals(4, members.get(2).get("parameters").get("staffing").get("patientsPerNurse").asDouble());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
