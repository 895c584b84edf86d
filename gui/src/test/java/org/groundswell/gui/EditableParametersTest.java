package org.groundswell.gui;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;

import sim.util.Interval;
import sim.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditableParametersTest {

    private static final HospitalParameters DEFAULT = HospitalParameters.communityHospital();

    @Test
    void anOutOfRangeValueIsRefusedWithTheParameterTheValueAndTheRange() {
        EditableParameters controls = new EditableParameters(DEFAULT, null);
        ParameterException e = assertThrows(ParameterException.class, () -> controls.setPatientsPerNurse(20));
        assertEquals("staffing.patientsPerNurse = 20: a number from 1 to 12", e.getMessage());
        assertSame(DEFAULT, controls.parameters(), "nothing changed");

        e = assertThrows(ParameterException.class, () -> controls.setPsychologicalSafety(1.5));
        assertTrue(e.getMessage().startsWith("culture.psychologicalSafety = 1.5: "), e.getMessage());
        e = assertThrows(ParameterException.class, () -> controls.setBlameResponse(Double.NaN));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> controls.setDays(-1));
        assertTrue(e.getMessage().startsWith("days = -1: a whole number from 0"), e.getMessage());
    }

    @Test
    void aStrategyOutsideTheListIsRefusedWithTheList() {
        EditableParameters controls = new EditableParameters(DEFAULT, null);
        ParameterException e = assertThrows(ParameterException.class, () -> controls.setStrategy(99));
        assertTrue(e.getMessage().contains("0 (none)") && e.getMessage().contains("3 (partnership)"), e.getMessage());
        assertThrows(ParameterException.class, () -> controls.setVersus(1), "no second hospital to set");
        assertThrows(ParameterException.class, () -> new EditableParameters(DEFAULT, "sideways"));
    }

    @Test
    void acceptedValuesMakeTheNextRunsParameters() {
        EditableParameters controls = new EditableParameters(DEFAULT, "partnership");
        controls.setStrategy(Strategies.ids().indexOf("top-down"));
        controls.setVersus(Strategies.ids().indexOf("frontline"));
        controls.setPatientsPerNurse(6.5);
        controls.setInitialRc(3.2);
        controls.setPsychologicalSafety(0.3);
        controls.setBlameResponse(0.8);
        controls.setInitialVacancyRate(0.2);
        controls.setNetworkRewiring(1);
        controls.setStudyActionTeams(false);
        controls.setSocialContract(false);
        controls.setDays(100);
        controls.setWarmupDays(20);
        HospitalParameters p = controls.parameters();
        assertEquals(List.of("top-down", "frontline"), controls.strategies());
        assertEquals(6.5, p.staffing().patientsPerNurse());
        assertEquals(3.2, p.coordination().initialRc());
        assertEquals(0.3, p.culture().psychologicalSafety());
        assertEquals(0.8, p.leadership().blameResponse());
        assertEquals(0.2, p.workforce().initialVacancyRate());
        assertEquals(1.0, p.network().rewiring());
        assertFalse(p.partnership().studyActionTeams());
        assertFalse(p.partnership().socialContract());
        assertTrue(p.partnership().education());
        assertEquals(100, p.days());
        assertEquals(20, p.warmupDays());
        assertEquals(6.5, controls.getPatientsPerNurse());
    }

    @Test
    void slidersCoverWhatTheModelAllows() {
        EditableParameters controls = new EditableParameters(DEFAULT, null);
        Interval nurses = (Interval) controls.domPatientsPerNurse();
        assertEquals(1.0, nurses.getMin().doubleValue());
        assertEquals(12.0, nurses.getMax().doubleValue());
        Interval rc = (Interval) controls.domInitialRc();
        assertEquals(1.0, rc.getMin().doubleValue());
        assertEquals(5.0, rc.getMax().doubleValue());
        assertEquals(Strategies.ids(), List.of((String[]) controls.domStrategy()));
        assertTrue(controls.hideVersus(), "one hospital: no second strategy");
        assertFalse(new EditableParameters(DEFAULT, "none").hideVersus());
    }

    @Test
    void theConsoleToldOfARefusedValueInsteadOfIgnoringIt() {
        EditableParameters controls = new EditableParameters(DEFAULT, null);
        List<String> told = new ArrayList<>();
        Properties properties = new CheckedProperties(controls, told::add);
        int nurses = index(properties, "PatientsPerNurse");
        Object shown = properties.setValue(nurses, "40");
        assertEquals(List.of("staffing.patientsPerNurse = 40: a number from 1 to 12"), told);
        assertEquals(DEFAULT.staffing().patientsPerNurse(), ((Number) shown).doubleValue(), "the value in force");

        properties.setValue(nurses, "7");
        assertEquals(1, told.size());
        assertEquals(7.0, controls.parameters().staffing().patientsPerNurse());

        int versus = index(properties, "Versus");
        assertTrue(properties.isHidden(versus));
        assertNull(told.stream().filter(m -> m.contains("Versus")).findAny().orElse(null));
    }

    private static int index(Properties properties, String name) {
        for (int i = 0; i < properties.numProperties(); i++) {
            if (properties.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }
}
