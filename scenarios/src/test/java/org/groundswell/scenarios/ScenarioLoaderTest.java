package org.groundswell.scenarios;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {

    private static final String DIR = "src/test/resources/scenarios/";

    private static final HospitalParameters DEFAULTS = HospitalParameters.communityHospital();

    @Test
    void noScenarioGivesTheBundledCommunityHospitalWhichIsTheBuiltInDefaults() throws ScenarioException {
        Scenario none = ScenarioLoader.load(null, List.of());
        Scenario empty = ScenarioLoader.load("");
        Scenario named = ScenarioLoader.load("community-hospital");

        assertEquals(DEFAULTS, none.parameters());
        assertEquals(DEFAULTS, empty.parameters());
        assertEquals(DEFAULTS, named.parameters());
        assertEquals("community-hospital", named.name());
        assertEquals("bundled:community-hospital", named.source());
        assertTrue(named.description().contains("360 beds"), named.description());
    }

    @Test
    void aFileOverridesOneValueAndKeepsEveryOtherDefault() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(DIR + "short-staffed.yaml");

        assertEquals("short-staffed", scenario.name());
        assertEquals("The default hospital with six patients per nurse.", scenario.description());
        assertEquals(DIR + "short-staffed.yaml", scenario.source());
        assertEquals(6.0, scenario.parameters().staffing().patientsPerNurse());
        assertEquals(DEFAULTS.staffing().shiftsPerDay(), scenario.parameters().staffing().shiftsPerDay());
        assertEquals(DEFAULTS.units(), scenario.parameters().units());
        assertEquals(DEFAULTS.workforce(), scenario.parameters().workforce());
    }

    @Test
    void aFileExtendsABundledScenario() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(DIR + "bundled-base.yaml").parameters();

        assertEquals(0.2, p.workforce().initialVacancyRate());
        assertEquals(DEFAULTS.withWorkforce(p.workforce()), p);
    }

    @Test
    void aFileExtendsAnotherFileAndItsListsReplaceTheBaseListsWhole() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(DIR + "longer-short-staffed.yaml").parameters();

        assertEquals(6.0, p.staffing().patientsPerNurse(), "from the extended file");
        assertEquals(365, p.days(), "from the extending file");
        assertEquals(List.of("ed", "icu"), p.units().stream().map(u -> u.name()).toList());
        assertEquals(12, p.units().get(1).beds());
        assertEquals(DEFAULTS.care(), p.care());
    }

    @Test
    void aJsonFileWithoutANameIsNamedAfterTheFile() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(DIR + "no-name.json");

        assertEquals("no-name", scenario.name());
        assertEquals("", scenario.description());
        assertEquals(100, scenario.parameters().days());
        assertEquals(4.0, scenario.parameters().staffing().patientsPerNurse());
    }

    @Test
    void setOverridesAValueByItsDottedPath() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(null,
                List.of("staffing.patientsPerNurse=7", "days=365", "workforce.initialVacancyRate=0.25", "seed=42"))
                .parameters();

        assertEquals(7.0, p.staffing().patientsPerNurse());
        assertEquals(365, p.days());
        assertEquals(0.25, p.workforce().initialVacancyRate());
        assertEquals(42, p.seed());
        assertEquals(DEFAULTS.units(), p.units());
    }

    @Test
    void setAddressesAListElementByIndexInEitherNotation() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(null, List.of("units[2].beds=30", "units.3.beds=44")).parameters();

        assertEquals("step-down", p.units().get(2).name());
        assertEquals(30, p.units().get(2).beds());
        assertEquals(44, p.units().get(3).beds());
        assertEquals(DEFAULTS.units().get(4), p.units().get(4));
    }

    @Test
    void setAddressesAUnitByItsName() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(null,
                List.of("units.icu.beds=12", "units.icu.transfers[0].share=0.5", "units.maternity.transfers=[]"))
                .parameters();

        assertEquals(12, p.units().get(1).beds());
        assertEquals(0.5, p.units().get(1).transfers().get(0).share());
        assertEquals(List.of(), p.units().get(7).transfers());
    }

    @Test
    void setAppliesAfterTheFileAndReadsItsValueAsYaml() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(DIR + "short-staffed.yaml",
                List.of("staffing={patientsPerNurse: 4, shiftsPerDay: 3}", "units.ed.transfers=[{to: icu, share: 1}]"))
                .parameters();

        assertEquals(4.0, p.staffing().patientsPerNurse());
        assertEquals(3, p.staffing().shiftsPerDay());
        assertEquals(DEFAULTS.staffing().reliefFactor(), p.staffing().reliefFactor(), "objects merge key by key");
        assertEquals(1, p.units().get(0).transfers().size(), "lists replace whole");
    }

    @Test
    void overrideAppliesSetsToParametersBuiltInCode() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.override(DEFAULTS, List.of("staffing.patientsPerNurse=8"));

        assertEquals(8.0, p.staffing().patientsPerNurse());
        assertEquals(DEFAULTS.withStaffing(p.staffing()), p);
    }

    @Test
    void textLoadsLikeAFile() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse("name: inline\ndays: 10\n", "inline.yaml", List.of("seed=3"));

        assertEquals("inline", scenario.name());
        assertEquals(10, scenario.parameters().days());
        assertEquals(3, scenario.parameters().seed());
    }

    @Test
    void theResolvedTreeListsFieldsInRecordOrderAndBindsBackToTheSameParameters() throws ScenarioException {
        ObjectNode tree = ScenarioLoader.toTree(DEFAULTS);

        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertEquals(Arrays.stream(HospitalParameters.class.getRecordComponents()).map(RecordComponent::getName)
                .toList(), fields);
        assertEquals(DEFAULTS, ScenarioLoader.parse(tree.toString(), "tree.json", List.of()).parameters());
    }

    @Test
    void aScenarioWrittenAsYamlLoadsBackToTheSameParameters() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(DIR + "longer-short-staffed.yaml", List.of("seed=9"));

        Scenario again = ScenarioLoader.parse(ScenarioLoader.toYaml(scenario), "again.yaml", List.of());

        assertEquals(scenario.parameters(), again.parameters());
        assertEquals(scenario.name(), again.name());
        assertEquals(scenario.description(), again.description());
    }
}
