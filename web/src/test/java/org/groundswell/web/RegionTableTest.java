package org.groundswell.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.groundswell.model.DayLog;
import org.groundswell.model.Hospital;
import org.groundswell.model.care.UnitState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionTableTest {

    private static final List<String> MEMBERS = List.of("hub", "north", "south", "east");

    private static Watch watch(String scenario) {
        WatchRequest.Checked checked = WatchRequest.parse("{\"scenario\": \"" + scenario + "\", \"strategies\": "
                + "[\"top-down\", \"partnership\"], \"seed\": 5, \"warmupDays\": 5, \"days\": 30}");
        return new Watch("test", checked.scenario(), checked.strategies(), 0);
    }

    /** The names of the units of {@code hospital}. */
    private static List<String> units(Hospital hospital) {
        List<String> out = new ArrayList<>();
        for (UnitState unit : hospital.units()) {
            out.add(unit.parameters().name());
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Checks that {@code values} are the columns' values on the last day of {@code log}. */
    private static void assertLatest(DayLog log, JsonNode values, String what) {
        assertEquals(RegionTable.COLUMNS.size(), values.size(), what);
        for (int c = 0; c < RegionTable.COLUMNS.size(); c++) {
            double expected = log.latest().value(RegionTable.COLUMNS.get(c).metric());
            JsonNode sent = values.get(c);
            if (Double.isFinite(expected)) {
                assertEquals(expected, sent.asDouble(), 1e-4, what + ", " + RegionTable.COLUMNS.get(c).title());
            } else {
                assertTrue(sent.isNull(), what + ": nothing counted is null");
            }
        }
    }

    @Test
    void aRegionsStateHasItsMembersTheOneOnShowAndTheLatestDayOfTheRegionAndEachMemberUnderEachStrategy() {
        Watch watch = watch("regional-care-system");
        watch.step(12);
        JsonNode region = watch.latest().get("region");
        assertEquals(MEMBERS, texts(region.get("members")));
        assertEquals(0, region.get("shown").asInt());
        List<String> columns = new ArrayList<>();
        region.get("columns").forEach(c -> columns.add(c.get("metric").asText()));
        assertEquals(List.of("adverse_events_per_1000_pd", "burnout_rate", "cost_per_patient_day",
                "adoption_fraction", "agency_share", "bank_share"), columns);
        JsonNode rows = region.get("rows");
        assertEquals(1 + MEMBERS.size(), rows.size(), "the whole region, then each hospital");
        assertEquals(RegionTable.WHOLE_REGION, rows.get(0).get("name").asText());
        assertEquals(-1, rows.get(0).get("member").asInt());
        for (int s = 0; s < 2; s++) {
            assertLatest(watch.lockstep().regionLog(s), rows.get(0).get("values").get(s), "region, strategy " + s);
            for (int m = 0; m < MEMBERS.size(); m++) {
                JsonNode row = rows.get(1 + m);
                assertEquals(MEMBERS.get(m), row.get("name").asText());
                assertEquals(m, row.get("member").asInt());
                assertEquals(2, row.get("values").size(), "a set of values per strategy");
                assertLatest(watch.lockstep().memberLogs(s).get(m), row.get("values").get(s), MEMBERS.get(m)
                        + ", strategy " + s);
            }
        }
        assertNotEquals(rows.get(1).get("values"), rows.get(2).get("values"), "the hub is not north");
        JsonNode structure = watch.structure();
        assertEquals(MEMBERS, texts(structure.get("members")));
        assertEquals(0, structure.get("shown").asInt());
    }

    @Test
    void showingAnotherMemberSendsItsUnitsAndItsDaysFromTheFirst() {
        Watch watch = watch("regional-care-system");
        watch.step(8);
        int run = watch.latest().get("run").asInt();
        watch.show(2);
        JsonNode state = watch.state(8, run);
        assertNotEquals(run, state.get("run").asInt(), "the page's days are of another hospital");
        assertEquals(0, state.get("from").asInt());
        assertEquals(8, state.get("hospitals").get(0).get("days").size());
        assertEquals(2, state.get("region").get("shown").asInt());
        JsonNode structure = watch.structure();
        assertEquals(2, structure.get("shown").asInt());
        Hospital south = watch.lockstep().regions().get(0).members().get(2);
        List<String> sent = new ArrayList<>();
        structure.get("units").forEach(u -> sent.add(u.get("name").asText()));
        assertEquals(units(south), sent);
        assertNotEquals(units(watch.lockstep().regions().get(0).members().get(0)), units(south));
        assertEquals(south.units().size(), state.get("hospitals").get(1).get("units").size());
        assertEquals(8, watch.lockstep().daysSimulated(), "nothing re-run");
        BadRequest none = assertThrows(BadRequest.class, () -> watch.show(4));
        assertTrue(none.getMessage().contains("hub, north, south, east"), none.getMessage());
    }

    @Test
    void theTwentyHospitalSystemHasARowPerMemberAfterTheWholeRegion() {
        Watch watch = watch("health-system-20");
        watch.step(2);
        JsonNode region = watch.latest().get("region");
        assertEquals(watch.lockstep().memberNames(), texts(region.get("members")));
        assertEquals(20, region.get("members").size());
        assertEquals(21, region.get("rows").size());
        List<String> rows = new ArrayList<>();
        region.get("rows").forEach(row -> rows.add(row.get("name").asText()));
        assertEquals(texts(region.get("members")), rows.subList(1, 21));
        watch.show(19);
        assertEquals(19, watch.structure().get("shown").asInt());
    }

    @Test
    void aSingleHospitalsJsonHasNoRegion() {
        Watch watch = watch("community-hospital");
        watch.step(3);
        assertFalse(watch.latest().has("region"));
        assertFalse(watch.structure().has("members"));
        assertFalse(watch.structure().has("shown"));
        BadRequest refused = assertThrows(BadRequest.class, () -> watch.show(0));
        assertTrue(refused.getMessage().contains("single hospital"), refused.getMessage());
    }
}
