package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** How a coordinate of a design point in [0, 1] becomes a parameter's value. */
class SweptParameterTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final SweptParameter.Range NURSES =
            new SweptParameter.Range("staffing.patientsPerNurse", 4, 7, false, 0);
    private static final SweptParameter.Range BEDS = new SweptParameter.Range("units.icu.beds", 10, 14, true, 0);
    private static final SweptParameter.Choice MEETINGS = new SweptParameter.Choice("meetings",
            List.of(JSON.numberNode(1), JSON.numberNode(2), JSON.numberNode(4), JSON.numberNode(8)));

    @Test
    void aRangeScalesTheCoordinateLinearlyFromMinToMax() {
        assertEquals("4", NURSES.valueAt(0));
        assertEquals("4.6", NURSES.valueAt(0.2));
        assertEquals("5.5", NURSES.valueAt(0.5));
        assertEquals("7", NURSES.valueAt(1));
    }

    @Test
    void aListCutsTheCoordinatesIntoOneEqualBinPerValueTheLastHoldingOne() {
        assertEquals("1", MEETINGS.valueAt(0));
        assertEquals("2", MEETINGS.valueAt(0.4999));
        assertEquals("4", MEETINGS.valueAt(0.5));
        assertEquals("8", MEETINGS.valueAt(1));
    }

    @Test
    void aMorrisGridWithAsManyLevelsAsValuesVisitsEachValueOnce() {
        for (int level = 0; level < 4; level++) {
            assertEquals(MEETINGS.values().get(level).asText(), MEETINGS.valueAt(level / 3.0));
        }
    }

    @Test
    void aWholeNumberRangeGivesEachWholeNumberAnEqualShare() {
        int[] count = new int[5];
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            count[Integer.parseInt(BEDS.valueAt((i + 0.5) / n)) - 10]++;
        }
        for (int c : count) {
            assertEquals(n / 5, c);
        }
        assertEquals("14", BEDS.valueAt(1.0));
        assertEquals("10", BEDS.valueAt(0.0));
    }

    @Test
    void continuousValuesAreRoundedAsTheFilesWriteThem() {
        assertEquals("5.1234568", NURSES.valueAt(1.1234567891 / 3));
        assertEquals("7", NURSES.valueAt(1));
    }

    @Test
    void textValuesAreAppliedQuotedAndShownPlain() {
        SweptParameter.Choice names = new SweptParameter.Choice("strategyLike",
                List.of(JSON.textNode("a, \"b\""), JSON.booleanNode(true)));
        assertEquals("\"a, \\\"b\\\"\"", names.valueAt(0.2));
        assertEquals("a, \"b\"", SweptParameter.display(names.valueAt(0.2)));
        assertEquals("true", names.valueAt(0.9));
    }

    @Test
    void valuesAreCheckedWhereTheyAreMade() {
        assertMessage("ratio: max = 3.0 must be above min = 3.0",
                () -> new SweptParameter.Range("ratio", 3, 3, false, 0));
        assertMessage("ratio: max = 3.0 must be above min = NaN",
                () -> new SweptParameter.Range("ratio", Double.NaN, 3, false, 0));
        assertMessage("meetings: no values", () -> new SweptParameter.Choice("meetings", List.of()));
        assertMessage("coordinate 1.5: a number from 0 to 1", () -> NURSES.valueAt(1.5));
        assertMessage("coordinate NaN: a number from 0 to 1", () -> MEETINGS.valueAt(Double.NaN));
    }

    private static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
