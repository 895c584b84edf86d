package org.groundswell.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A swept parameter's axis carries the unit its {@code @Param} gives it. */
class ParameterSourcesTest {

    @Test
    void aParametersUnitIsFoundByItsPathThroughRecordsAndListElements() {
        assertEquals("patients/RN", ParameterSources.unit("staffing.patientsPerNurse"));
        assertEquals("beds", ParameterSources.unit("units.icu.beds"), "a unit's field, the unit named");
        assertEquals("", ParameterSources.unit("staffing.patientsPerNurze"), "no such parameter");
        assertEquals("", ParameterSources.unit("staffing"), "a group, not a parameter");
    }
}
