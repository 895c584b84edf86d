package org.groundswell.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.param.Defaults;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.StaffingParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterTest {

    @Test
    void aValueOutOfRangeNamesTheFieldTheValueAndTheRange() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Runs.withPatientsPerNurse(Runs.defaults(), 20));
        assertEquals("patientsPerNurse", e.field());
        assertEquals(20.0, e.value());
        assertEquals("a number from 1 to 12", e.allowed());
    }

    @Test
    void aWholeNumberParameterSaysSo() {
        StaffingParameters s = Defaults.of(StaffingParameters.class);
        ParameterException e = assertThrows(ParameterException.class, () -> s.withShiftsPerDay(4));
        assertEquals("shiftsPerDay", e.field());
        assertEquals("a whole number from 1 to 3", e.allowed());
    }

    @Test
    void notANumberIsRejected() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Runs.withPatientsPerNurse(Runs.defaults(), Double.NaN));
        assertEquals("patientsPerNurse", e.field());
    }

    @Test
    void aTransferToAnUnknownUnitIsRejectedWithTheUnitsThatExist() {
        HospitalParameters d = Runs.defaults();
        List<UnitParameters> units = new ArrayList<>(d.units());
        UnitParameters ed = units.get(0);
        units.set(0, ed.withTransfers(List.of(new Transfer("icuu", 0.5))));
        ParameterException e = assertThrows(ParameterException.class, () -> d.with().units(units).build());
        assertEquals("units[0].transfers[0].to", e.field());
        assertTrue(e.allowed().contains("icu"), e.allowed());
    }

    @Test
    void transferSharesCannotExceedOne() {
        ParameterException e = assertThrows(ParameterException.class, () -> new UnitParameters("a", 10, 1, 2, 1,
                0.1, 1, List.of(new Transfer("b", 0.7), new Transfer("c", 0.6))));
        assertEquals("transfers", e.field());
    }

    @Test
    void unitNamesMustBeUnique() {
        HospitalParameters d = Runs.defaults();
        List<UnitParameters> units = new ArrayList<>(d.units());
        units.add(units.get(7));
        ParameterException e = assertThrows(ParameterException.class, () -> d.with().units(units).build());
        assertEquals("units[8].name", e.field());
    }

    @Test
    void everyScalarParameterHasADescriptionAndADefaultWithinItsRange() {
        checkRecord(HospitalParameters.class);
    }

    private static void checkRecord(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            assertNotNull(p, type.getSimpleName() + "." + c.getName() + " has no @Param");
            assertTrue(!p.description().isBlank(), type.getSimpleName() + "." + c.getName());
            if (c.getType() == HospitalParameters.class) {
                continue; // a region's member: the hospital's parameters, checked from the top
            } else if (c.getType().isRecord()) {
                checkRecord(c.getType());
            } else if (c.getType() == List.class) {
                java.lang.reflect.ParameterizedType list = (java.lang.reflect.ParameterizedType) c.getGenericType();
                checkRecord((Class<?>) list.getActualTypeArguments()[0]);
            } else if (!p.def().isEmpty() && c.getType() != String.class && c.getType() != boolean.class) {
                double v = ((Number) Defaults.parse(c.getType(), p.def(), c.getName())).doubleValue();
                assertTrue(v >= p.min() && v <= p.max(), type.getSimpleName() + "." + c.getName() + " default " + v);
            }
        }
    }
}
