package org.groundswell.scenarios;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Strategies, their parameter groups and the interventions timeline bind from scenario files and
 * {@code --set}, and bad values are reported with the line and the field, like every other parameter.
 */
class ChangeScenarioTest {

    private static final String FILE = """
            name: partnership-with-huddles
            extends: community-hospital
            strategy: partnership
            partnership:
              education: false
            interventions:
              - {type: staffing-stabilization, startDay: -30}
              - type: huddles
                startDay: 10
            """;

    @Test
    void aStrategyItsSwitchesAndTheInterventionsBindFromAFile() throws ScenarioException {
        HospitalParameters p = ScenarioLoader.parse(FILE, "change.yaml", List.of("topDown.waveUnits=2")).parameters();

        assertEquals("partnership", p.strategy());
        assertFalse(p.partnership().education());
        assertEquals(2, p.topDown().waveUnits());
        assertEquals(List.of(new Intervention("staffing-stabilization", -30), new Intervention("huddles", 10)),
                p.interventions());
    }

    @Test
    void anUnknownInterventionIsReportedAtItsLineWithTheTypesThatExist() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "interventions:\n  - {type: hudles, startDay: 0}\n", "bad.yaml", List.of()));

        assertEquals(2, e.line(), e.getMessage());
        assertEquals("interventions[0].type", e.field(), e.getMessage());
        assertEquals("one of staffing-stabilization, staff-bank, huddles, relational, boundary-spanners, "
                + "shared-protocols, shared-information, coproduction", e.problem());
    }

    @Test
    void anUnknownStrategyIsReportedWithTheStrategiesThatExist() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("strategy: bottom-up\n", "bad.yaml", List.of()));

        assertEquals("strategy", e.field(), e.getMessage());
        assertEquals("one of none, top-down, frontline, partnership", e.problem());
    }
}
