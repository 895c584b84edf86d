package org.groundswell.scenarios;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.groundswell.model.Hospital;
import org.groundswell.model.RunSummary;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled library: every scenario reads as a story with its sources, runs under every strategy, and
 * written out by {@code scenarios show} loads back to the very same parameters.
 */
class BundledScenariosTest {

    private static final int WARMUP = 10;
    private static final int DAYS = 30;

    static Stream<String> names() {
        return ScenarioLibrary.names().stream();
    }

    static Stream<Arguments> namesAndStrategies() {
        return names().flatMap(name -> Strategies.ids().stream().map(strategy -> Arguments.of(name, strategy)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void describesItselfInPlainWordsWithItsSources(String name) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(name);

        assertTrue(scenario.description().length() > 200, name + ": a description of a few sentences");
        assertTrue(scenario.description().contains("Sources:"), name + ": names its sources");
        assertFalse(ScenarioLibrary.oneLine(scenario.description()).isBlank());
        assertTrue(ScenarioLibrary.oneLine(scenario.description()).length() <= 120,
                () -> name + ": its first sentence is a one-line summary: " + scenario.description());
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("namesAndStrategies")
    void runsAShortPeriodUnderEveryStrategy(String name, String strategy) throws ScenarioException {
        HospitalParameters p = ScenarioLoader.load(name,
                List.of("strategy=" + strategy, "warmupDays=" + WARMUP, "days=" + DAYS)).parameters();

        Hospital hospital = new Hospital(p, false);
        hospital.runToEnd();
        RunSummary summary = hospital.summary();

        assertTrue(summary.metric("admissions") > 0, name + " admits patients");
        assertTrue(summary.metric("census") > 0, name + " has patients in beds");
        assertTrue(Double.isFinite(summary.metric("cost_per_patient_day")), name);
        assertTrue(summary.metric("patients_per_nurse") > 0, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void showWritesAFileThatLoadsBackToTheSameScenario(String name) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(name);

        String yaml = ScenarioLoader.toCommentedYaml(scenario);
        Scenario again = ScenarioLoader.parse(yaml, name + ".yaml", List.of());

        assertEquals(scenario.parameters(), again.parameters());
        assertEquals(scenario.name(), again.name());
        assertEquals(scenario.description(), again.description());
    }
}
