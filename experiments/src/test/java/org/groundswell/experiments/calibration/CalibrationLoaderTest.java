package org.groundswell.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a calibration file means: default priors, the three forms of a target's uncertainty, the budget. */
class CalibrationLoaderTest {

    @Test
    void anEmptyPriorIsUniformOverTheRegisteredRangeAndEachUncertaintyBecomesAnSd() throws Exception {
        Calibration c = CalibrationLoader.parse(String.join("\n",
                "scenario: community-hospital",
                "window: 120",
                "targets:",
                "  rn_turnover_rate_annual: {observed: 0.2, sd: 0.02}",
                "  vacancy_rate: {interval: [0.08, 0.12], level: 0.9}",
                "  rn_burnout_rate: {count: 30, of: 100}",
                "parameters:",
                "  workforce.baseAnnualQuitRate: {}",
                "  wellbeing.baseStrain: {prior: normal, mean: 0, sd: 1}",
                "budget: {particles: 10}",
                ""), "test.yaml");
        Prior quit = c.parameters().get(0).prior();
        assertEquals("uniform", quit.kind());
        assertEquals(0, quit.lower());
        assertEquals(0.9, quit.upper(), "workforce.baseAnnualQuitRate is registered from 0 to 0.9");
        Prior strain = c.parameters().get(1).prior();
        assertEquals(-10, strain.lower());
        assertEquals(10, strain.upper());
        assertEquals(0.02, c.targets().get(0).sd());
        assertEquals(0.10, c.targets().get(1).observed(), 1e-12);
        assertEquals(0.04 / (2 * 1.6448536), c.targets().get(1).sd(), 1e-6);
        assertEquals(0.3, c.targets().get(2).observed());
        assertEquals(Math.sqrt(0.3 * 0.7 / 100), c.targets().get(2).sd(), 1e-12);
        assertEquals(120, c.scenario().parameters().summaryDays());
        assertEquals(10, c.budget().particles());
        assertEquals(6, c.budget().generations(), "the rest of the budget keeps its defaults");
    }
}
