package org.groundswell.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.PatientRecord;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.parameters.HospitalParameters;

import sim.engine.SimState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeterminismTest {

    private static final HospitalParameters SHORT = Runs.defaults().withDays(30, 120);

    @Test
    void sameSeedGivesIdenticalDays() {
        List<DayRecord> a = Runs.days(SHORT.withSeed(11));
        List<DayRecord> b = Runs.days(SHORT.withSeed(11));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).day(), b.get(i).day());
            assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0, "day " + a.get(i).day());
            assertEquals(Arrays.deepToString(a.get(i).unitValues()), Arrays.deepToString(b.get(i).unitValues()));
        }
    }

    @Test
    void differentSeedsGiveDifferentDays() {
        List<DayRecord> a = Runs.days(SHORT.withSeed(11));
        List<DayRecord> b = Runs.days(SHORT.withSeed(12));
        boolean differ = false;
        for (int i = 0; i < a.size() && !differ; i++) {
            differ = !Arrays.equals(a.get(i).values(), b.get(i).values());
        }
        assertFalse(!differ, "two seeds gave the same run");
    }

    @Test
    void daysAreNumberedFromTheWarmUpToTheEndOfTheStrategyPeriod() {
        List<DayRecord> days = Runs.days(SHORT);
        assertEquals(-30, days.get(0).day());
        assertEquals(119, days.get(days.size() - 1).day());
        assertEquals(150, days.size());
    }

    @Test
    void patientsArriveTheSameUnderDifferentStaffing() {
        List<PatientRecord> five = stays(Runs.withPatientsPerNurse(SHORT, 5));
        List<PatientRecord> seven = stays(Runs.withPatientsPerNurse(SHORT, 7));
        List<String> arrivalsFive = firstAdmissions(five);
        List<String> arrivalsSeven = firstAdmissions(seven);
        assertEquals(arrivalsFive.subList(0, 2000), arrivalsSeven.subList(0, 2000),
                "external arrivals (common random numbers) differ between staffing levels");
    }

    private static List<String> firstAdmissions(List<PatientRecord> stays) {
        return stays.stream().filter(r -> !r.readmission())
                .sorted((x, y) -> Long.compare(x.patientId(), y.patientId()))
                .map(r -> r.admittedAt() + "@" + r.unitPath().split(">")[0] + (r.highAcuity() ? "!" : ""))
                .toList();
    }

    private static List<PatientRecord> stays(HospitalParameters p) {
        List<PatientRecord> out = new ArrayList<>();
        Simulation.run(p, true, List.of(new RunListener() {
            @Override
            public void onStayEnded(PatientRecord patient) {
                out.add(patient);
            }
        }));
        return out;
    }

    @Test
    void aCheckpointedHospitalContinuesExactlyAsTheOriginal() throws IOException, ClassNotFoundException {
        Hospital original = new Hospital(SHORT, false);
        original.start();
        for (int d = 0; d < 60; d++) {
            original.schedule.step(original);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.writeToCheckpoint(bytes);
        Hospital copy = (Hospital) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));

        List<double[]> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        original.addListener(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                a.add(day.values());
            }
        });
        copy.addListener(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                b.add(day.values());
            }
        });
        for (int d = 0; d < 90; d++) {
            original.schedule.step(original);
            copy.schedule.step(copy);
        }
        assertEquals(90, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), 0.0);
        }
        assertEquals(original.summary().metrics(), copy.summary().metrics());
    }
}
