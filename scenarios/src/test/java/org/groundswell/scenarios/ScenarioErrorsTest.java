package org.groundswell.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScenarioErrorsTest {

    private static final String BAD = "src/test/resources/bad/";

    private static ScenarioException error(String scenario, String... sets) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario, List.of(sets)));
    }

    private static void assertAt(ScenarioException e, String source, int line, String field) {
        assertEquals(source, e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    private static void assertContains(String expected, ScenarioException e) {
        assertTrue(e.getMessage().contains(expected), () -> "«" + expected + "» not in: " + e.getMessage());
    }

    @Test
    void theMessageNamesSourceLineFieldValueAndWhatIsAllowed() {
        ScenarioException e = new ScenarioException("scenarios/bad.yaml", 12, "staffing.patientsPerNurse", "40",
                "a number from 1 to 12");

        assertEquals("scenarios/bad.yaml:12: staffing.patientsPerNurse = 40: a number from 1 to 12", e.getMessage());
        assertEquals("--set: days: a value is required",
                new ScenarioException("--set", 0, "days", null, "a value is required").getMessage());
    }

    @Test
    void anUnknownKeyIsReportedAtItsLineWithTheClosestValidName() {
        ScenarioException e = error(BAD + "unknown-key.yaml");

        assertAt(e, BAD + "unknown-key.yaml", 4, "staffing.patientsPerNurses");
        assertContains("did you mean patientsPerNurse?", e);
        assertNull(e.value());
    }

    @Test
    void everyUnknownKeyOfAFileIsReportedNotOnlyTheFirst() {
        ScenarioException e = error(BAD + "unknown-key.yaml");

        assertEquals(1, e.others().size());
        ScenarioException second = e.others().get(0);
        assertAt(second, BAD + "unknown-key.yaml", 6, "workforce.initialVacancyRat");
        assertContains("did you mean initialVacancyRate?", second);
    }

    @Test
    void textWhereANumberBelongsSaysWhatNumberIsAllowed() {
        ScenarioException e = error(BAD + "wrong-type.yaml");

        assertAt(e, BAD + "wrong-type.yaml", 4, "staffing.patientsPerNurse");
        assertEquals("\"five\"", e.value());
        assertEquals("a number from 1 to 12", e.problem());
    }

    @Test
    void aUnitEntryWithoutARequiredValueIsReportedAtThatEntry() {
        ScenarioException e = error(BAD + "missing-unit-value.yaml");

        assertAt(e, BAD + "missing-unit-value.yaml", 11, "units[1].beds");
        assertContains("a value is required", e);
        assertContains("a whole number from 1 to 5000", e);
    }

    @Test
    void aValueOutOfRangeIsReportedWithTheRangeAndEveryRecordIsChecked() {
        ScenarioException e = error(BAD + "out-of-range.yaml");

        assertAt(e, BAD + "out-of-range.yaml", 4, "staffing.patientsPerNurse");
        assertEquals(BAD + "out-of-range.yaml:4: staffing.patientsPerNurse = 40: a number from 1 to 12", e.getMessage());
        assertEquals(1, e.others().size());
        assertAt(e.others().get(0), BAD + "out-of-range.yaml", 6, "workforce.initialVacancyRate");
        assertContains("= 0.9: a number from 0 to 0.6", e.others().get(0));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAnError() {
        ScenarioException e = error(BAD + "float-for-int.yaml");

        assertAt(e, BAD + "float-for-int.yaml", 3, "warmupDays");
        assertEquals("30.5", e.value());
        assertContains("a whole number from 0 to 3650", e);
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtTheParsersLine() {
        ScenarioException e = error(BAD + "syntax.yaml");

        assertAt(e, BAD + "syntax.yaml", 5, "");
        assertContains("not valid YAML", e);
        assertContains("started on line 4", e);
    }

    @Test
    void aKeyGivenTwiceIsReportedAtItsSecondLine() {
        ScenarioException e = error(BAD + "duplicate.yaml");

        assertAt(e, BAD + "duplicate.yaml", 5, "staffing.patientsPerNurse");
        assertContains("twice", e);
    }

    @Test
    void aTransferToAUnitThatDoesNotExistListsTheUnits() {
        ScenarioException e = error(BAD + "bad-transfer.yaml");

        assertAt(e, BAD + "bad-transfer.yaml", 13, "units[0].transfers[1].to");
        assertEquals("nowhere", e.value());
        assertContains("ed, ward", e);
    }

    @Test
    void aMissingFileIsNamed() {
        ScenarioException e = error("no/such/scenario.yaml");

        assertAt(e, "no/such/scenario.yaml", 0, "");
        assertEquals("no/such/scenario.yaml: no such file", e.getMessage());
    }

    @Test
    void anUnknownBundledNameListsTheBundledScenarios() {
        ScenarioException e = error("comunity-hospital");

        assertAt(e, "comunity-hospital", 0, "");
        assertContains("community-hospital", e);
    }

    @Test
    void scenariosThatExtendEachOtherInACircleAreAnError() {
        ScenarioException e = error("src/test/resources/scenarios/cycle-a.yaml");

        assertAt(e, "src/test/resources/scenarios/cycle-b.yaml", 2, "extends");
        assertContains("circle", e);
    }

    @Test
    void extendingAnUnknownScenarioIsReportedAtTheExtendsLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("name: x\n\nextends: nowhere-hospital\n", "x.yaml", List.of()));

        assertAt(e, "x.yaml", 3, "extends");
        assertEquals("nowhere-hospital", e.value());
    }

    @Test
    void anUnknownSetPathSuggestsTheClosestPaths() {
        ScenarioException e = error(null, "staffing.patientsPerNurses=5");

        assertAt(e, "--set", 0, "staffing.patientsPerNurses");
        assertContains("did you mean staffing.patientsPerNurse", e);

        ScenarioException byName = error(null, "units.icu.bed=5");
        assertAt(byName, "--set", 0, "units.icu.bed");
        assertContains("did you mean units.icu.beds", byName);

        ScenarioException noPrefix = error(null, "initialVacancyRate=0.2");
        assertContains("workforce.initialVacancyRate", noPrefix);
    }

    @Test
    void aSetValueOutOfRangeNamesThePathAsTyped() {
        ScenarioException e = error(null, "staffing.patientsPerNurse=40");

        assertAt(e, "--set", 0, "staffing.patientsPerNurse");
        assertEquals("--set: staffing.patientsPerNurse = 40: a number from 1 to 12", e.getMessage());

        ScenarioException byName = error(null, "units.icu.beds=0");
        assertAt(byName, "--set", 0, "units.icu.beds");
        assertContains("a whole number from 1 to 5000", byName);
    }

    @Test
    void aSetValueOfTheWrongTypeIsAnError() {
        ScenarioException e = error(null, "days=soon");

        assertAt(e, "--set", 0, "days");
        assertContains("a whole number from 0 to 36500", e);

        assertAt(error(null, "days="), "--set", 0, "days");
        assertAt(error(null, "days"), "--set", 0, "days");
    }

    @Test
    void anErrorInTheFileAfterASetIsStillReportedAtTheFileLine() {
        ScenarioException e = error(BAD + "out-of-range.yaml", "days=10");

        assertAt(e, BAD + "out-of-range.yaml", 4, "staffing.patientsPerNurse");
    }

    @Test
    void everyErrorOfAFileIsReportedAtOnceInFileOrder() {
        ScenarioException e = error(BAD + "many-errors.yaml");

        List<String> messages = e.all().stream().map(ScenarioException::getMessage).toList();
        String file = BAD + "many-errors.yaml";
        assertEquals(List.of(
                file + ":4: staffing.patientsPerNurse = 40: a number from 1 to 12",
                file + ":5: staffing.shiftsPerDay = \"two\": a whole number from 1 to 3",
                file + ":7: workforce.initialVacancyRat: unknown parameter; did you mean initialVacancyRate?",
                file + ":8: workforce.daysToFill = 0: a number from 1 to 1000",
                file + ":9: strategy = bottom-up: one of none, top-down, frontline, partnership",
                file + ":16: units[0].highAcuityShare = 1.5: a number from 0 to 1"), messages);
    }

    @Test
    void aRuleOfTheWholeScenarioIsCheckedEvenWhenOtherValuesAreWrong() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "days: -1\nunits:\n  - {name: ed, beds: 5, admissionsPerDay: 1, meanStayDays: 1, staySdDays: 1,"
                        + " highAcuityShare: 0, nurseRatioFactor: 1, transfers: [{to: nowhere, share: 0.5}]}\n",
                "x.yaml", List.of()));

        assertEquals(List.of("days", "units[0].transfers[0].to"),
                e.all().stream().map(ScenarioException::field).toList());
        assertEquals(3, e.all().get(1).line(), e.all().get(1).getMessage());
    }

    @Test
    void everyBadSetIsReportedAtOnceInCommandLineOrder() {
        ScenarioException e = error(null, "staffing.patientsPerNurses=5", "days=-4", "units.icu.bed=3",
                "seed", "workforce.initialVacancyRate=0.2");

        assertEquals(List.of("staffing.patientsPerNurses", "days", "units.icu.bed", "seed"),
                e.all().stream().map(ScenarioException::field).toList());
        assertTrue(e.all().stream().allMatch(x -> x.source().equals("--set")));
        assertContains("did you mean staffing.patientsPerNurse", e);
    }

    @Test
    void badSetsAreReportedAfterTheFilesOwnErrors() {
        ScenarioException e = error(BAD + "out-of-range.yaml", "days=soon", "staffing.nope=1");

        assertEquals(List.of("staffing.patientsPerNurse", "workforce.initialVacancyRate", "days", "staffing.nope"),
                e.all().stream().map(ScenarioException::field).toList());
    }
}
