package org.groundswell.scenarios;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterPathsTest {

    private static final JsonNode TREE = ScenarioLoader.toTree(HospitalParameters.communityHospital());

    @Test
    void theHeadlinePathsOfTheDesignResolveAndCanBeSet() throws ScenarioException {
        for (String path : List.of("days", "warmupDays", "seed", "staffing.patientsPerNurse",
                "workforce.initialVacancyRate")) {
            assertEquals(Optional.of(path), ParameterPaths.canonical(TREE, path), path);
            assertTrue(ParameterPaths.leafPaths(TREE).contains(path), path);
        }
        HospitalParameters p = ScenarioLoader.override(HospitalParameters.communityHospital(),
                List.of("days=100", "warmupDays=10", "seed=5", "staffing.patientsPerNurse=6",
                        "workforce.initialVacancyRate=0.3"));
        assertEquals(100, p.days());
        assertEquals(10, p.warmupDays());
        assertEquals(5, p.seed());
        assertEquals(6.0, p.staffing().patientsPerNurse());
        assertEquals(0.3, p.workforce().initialVacancyRate());
    }

    @Test
    void aUnitCanBeAddressedByIndexOrByNameAndTheCanonicalFormIsTheIndex() {
        assertEquals(Optional.of("units[1].beds"), ParameterPaths.canonical(TREE, "units.icu.beds"));
        assertEquals(Optional.of("units[1].beds"), ParameterPaths.canonical(TREE, "units.1.beds"));
        assertEquals(Optional.of("units[1].beds"), ParameterPaths.canonical(TREE, "units[1].beds"));
        assertEquals(Optional.of("units[0].transfers[1].to"),
                ParameterPaths.canonical(TREE, "units.ed.transfers[1].to"));
        assertEquals(HospitalParameters.communityHospital().units().get(1).beds(),
                ParameterPaths.get(TREE, "units.icu.beds").orElseThrow().asInt());
    }

    @Test
    void pathsThatLeadNowhereDoNotResolve() {
        for (String path : List.of("", "nothing", "units[99].beds", "units.nowhere.beds", "staffing[0]",
                "days.more", "units[x].beds", ".days", "units[1", "staffing..patientsPerNurse")) {
            assertEquals(Optional.empty(), ParameterPaths.canonical(TREE, path), path);
        }
    }

    @Test
    void leafPathsListEveryParameterByIndexAndUnitsAlsoByName() {
        List<String> leaves = ParameterPaths.leafPaths(TREE);

        assertEquals("seed", leaves.get(0));
        assertTrue(leaves.contains("units[7].beds"));
        assertTrue(leaves.contains("units.maternity.beds"));
        assertTrue(leaves.contains("units.maternity.transfers"), "an empty list is a leaf");
        assertTrue(leaves.contains("cost.fixedDailyCost"));
        assertTrue(leaves.stream().noneMatch(p -> p.equals("staffing")), "objects are not leaves");
        for (String leaf : leaves) {
            assertTrue(ParameterPaths.canonical(TREE, leaf).isPresent(), leaf);
        }
    }
}
