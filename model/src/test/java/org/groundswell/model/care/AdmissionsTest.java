package org.groundswell.model.care;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admissions: each unit of entry admits a Poisson number of new patients a day, of mean
 * {@code units[].admissionsPerDay}, each at a time within the day; a readmission due today returns at its time,
 * through the unit it first entered by. Over {@value #DAYS} days on each of {@value #SEEDS} seeds, the default
 * hospital admits some 110,000 patients: each unit's mean is held to three standard errors of a Poisson count,
 * and the variance of its daily counts to three standard errors of a Poisson variance ({@code sqrt(2 / n)} of it).
 */
class AdmissionsTest {

    private static final int SEEDS = 3;
    private static final int DAYS = 730;

    @Test
    void eachUnitAdmitsAPoissonNumberOfPatientsADayAveragingItsAdmissionsPerDay() {
        HospitalParameters p = HospitalParameters.communityHospital();
        int units = p.units().size();
        double[] sum = new double[units];
        double[] sumSquares = new double[units];
        int n = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            CareFixture f = new CareFixture(p.withSeed(seed));
            for (int day = 0; day < DAYS; day++) {
                f.admissions.day(day);
                for (Patient patient : f.ward.patients()) {
                    assertTrue(patient.admittedAt >= day && patient.admittedAt < day + 1, "admitted outside its day");
                    assertTrue(!patient.readmission && patient.unit == patient.entryUnit, "a new patient not on its unit of entry");
                }
                for (int u = 0; u < units; u++) {
                    double count = f.counters.get(Counter.ADMISSIONS, u);
                    sum[u] += count;
                    sumSquares[u] += count * count;
                }
                f.counters.clear();
                f.ward.patients().forEach(f.ward::leaveBed);
                f.ward.patients().clear();
                n++;
            }
        }
        for (int u = 0; u < units; u++) {
            double mean = p.units().get(u).admissionsPerDay();
            String name = p.units().get(u).name();
            double observed = sum[u] / n;
            if (mean == 0) {
                assertEquals(0, sum[u], "admissions on a unit that admits nobody: " + name);
                continue;
            }
            double variance = (sumSquares[u] - n * observed * observed) / (n - 1);
            System.out.printf("AdmissionsTest: %-10s %.3f a day vs %.1f (SE %.3f), variance %.2f%n", name, observed, mean,
                    Math.sqrt(mean / n), variance);
            assertEquals(mean, observed, 3 * Math.sqrt(mean / n), "admissions a day on " + name);
            assertEquals(mean, variance, 3 * mean * Math.sqrt(2.0 / n), "variance of daily admissions on " + name);
        }
    }

    @Test
    void aReadmissionDueTodayReturnsOnItsDayThroughItsUnitOfEntry() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
            CareFixture f = new CareFixture(p);
            int units = f.units.length;
            KeyedRandom random = new KeyedRandom(seed);
            Map<Double, Integer> due = new HashMap<>();
            int[] perUnit = new int[units];
            for (int k = 0; k < 2000; k++) {
                double at = 60 * random.nextDouble();
                int entry = (int) (random.nextDouble() * units);
                due.put(at, entry);
                perUnit[entry]++;
                f.ward.readmitLater(at, random.nextLong(), entry);
            }
            int[] returned = new int[units];
            for (int day = 0; day < 60; day++) {
                f.admissions.day(day);
                for (Patient patient : f.ward.patients()) {
                    if (!patient.readmission) {
                        continue;
                    }
                    Integer entry = due.remove(patient.admittedAt);
                    assertTrue(entry != null, "a readmission that was not due, at " + patient.admittedAt);
                    assertTrue(patient.admittedAt >= day && patient.admittedAt < day + 1, "a readmission on another day");
                    assertEquals(entry, patient.entryUnit, "a readmission's unit of entry");
                    assertEquals(entry, patient.unit, "a readmission not on its unit of entry");
                    returned[entry]++;
                }
                int[] entered = new int[units];
                for (Patient patient : f.ward.patients()) {
                    entered[patient.entryUnit]++;
                }
                for (int u = 0; u < units; u++) {
                    assertEquals(entered[u], f.counters.get(Counter.ADMISSIONS, u), 0.0, "admissions counted on unit " + u);
                }
                f.counters.clear();
                f.ward.patients().forEach(f.ward::leaveBed);
                f.ward.patients().clear();
            }
            assertTrue(due.isEmpty(), due.size() + " readmissions did not return");
            assertEquals(Arrays.toString(perUnit), Arrays.toString(returned), "readmissions by unit of entry");
        }
    }
}
