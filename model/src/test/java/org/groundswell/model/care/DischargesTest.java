package org.groundswell.model.care;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discharges: a patient discharged alive who does not die within 30 days is readmitted within 30 days with
 * probability {@code care.readmissionRate}, × {@code care.highAcuityReadmissionRatio} if high-acuity and
 * × {@code care.seriousHarmReadmissionRatio} after serious harm; the readmission returns through the unit the
 * patient first entered by, not the one it left from. Runs of {@value #DAYS} days on {@value #SEEDS} seeds of the
 * default hospital end some 60,000 stays; shares are held to three binomial standard errors.
 */
class DischargesTest {

    private static final int SEEDS = 3;
    private static final int DAYS = 365;

    private static List<CareFixture> runs() {
        List<CareFixture> out = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            CareFixture f = new CareFixture(HospitalParameters.communityHospital().withSeed(seed));
            f.run(0, DAYS);
            out.add(f);
        }
        return out;
    }

    private static final List<CareFixture> RUNS = runs();

    @Test
    void readmissionsOccurAtTheBaseRateRaisedForHighAcuityAndSeriousHarm() {
        CareParameters care = HospitalParameters.communityHospital().care();
        // Groups: [high acuity][serious harm].
        double[][] n = new double[2][2];
        double[][] readmitted = new double[2][2];
        double counted = 0;
        for (CareFixture f : RUNS) {
            for (PatientRecord r : f.stays) {
                if (r.died30d()) {
                    assertTrue(!r.readmitted30d(), "a patient readmitted after dying");
                    continue;
                }
                int a = r.highAcuity() ? 1 : 0;
                int s = r.seriousAdverseEvents() > 0 ? 1 : 0;
                n[a][s]++;
                readmitted[a][s] += r.readmitted30d() ? 1 : 0;
            }
            counted += f.total(Counter.READMISSIONS_30D);
        }
        double total = 0;
        for (int a = 0; a < 2; a++) {
            for (int s = 0; s < 2; s++) {
                double q = care.readmissionRate() * (a == 1 ? care.highAcuityReadmissionRatio() : 1)
                        * (s == 1 ? care.seriousHarmReadmissionRatio() : 1);
                double share = readmitted[a][s] / n[a][s];
                double se = Math.sqrt(q * (1 - q) / n[a][s]);
                System.out.printf("DischargesTest: %s acuity, %s serious harm: %.0f of %.0f readmitted (%.3f vs %.3f, SE %.3f)%n",
                        a == 1 ? "high" : "low", s == 1 ? "with" : "without", readmitted[a][s], n[a][s], share, q, se);
                assertEquals(q, share, 3 * se, "readmission share, high acuity " + (a == 1) + ", serious harm " + (s == 1));
                total += readmitted[a][s];
            }
        }
        assertEquals(total, counted, 0.0, "readmissions counted");
        double low = readmitted[0][0] / n[0][0];
        double high = readmitted[1][0] / n[1][0];
        assertTrue(high > low * (1 + 0.5 * (care.highAcuityReadmissionRatio() - 1)),
                "high acuity did not raise readmissions enough: " + high + " vs " + low);
    }

    private static String first(String path) {
        return path.split(">")[0];
    }

    private static String last(String path) {
        String[] units = path.split(">");
        return units[units.length - 1];
    }

    @Test
    void aReadmissionReturnsThroughTheUnitThePatientFirstEnteredBy() {
        List<String> names = HospitalParameters.communityHospital().units().stream().map(u -> u.name()).toList();
        int units = names.size();
        double[] returnedBy = new double[units];
        double[] enteredBy = new double[units];
        double[] leftFrom = new double[units];
        for (CareFixture f : RUNS) {
            for (PatientRecord r : f.stays) {
                if (r.readmission()) {
                    returnedBy[names.indexOf(first(r.unitPath()))]++;
                }
                if (r.readmitted30d()) {
                    enteredBy[names.indexOf(first(r.unitPath()))]++;
                    leftFrom[names.indexOf(last(r.unitPath()))]++;
                }
            }
        }
        double returned = sum(returnedBy);
        double byEntry = chiSquare(returnedBy, enteredBy);
        double byExit = chiSquare(returnedBy, leftFrom);
        System.out.printf("DischargesTest: %.0f readmissions by unit %s: %s; the readmitted entered by %s, left from %s; "
                + "chi-square against entry %.1f, against exit %.0f%n", returned, names, Arrays.toString(returnedBy),
                Arrays.toString(enteredBy), Arrays.toString(leftFrom), byEntry, byExit);
        for (int u = 0; u < units; u++) {
            if (enteredBy[u] == 0) {
                assertEquals(0, returnedBy[u], "readmissions through " + names.get(u) + ", which no readmitted patient entered by");
            }
        }
        // Against the units of entry, the 0.999 quantile of chi-square with 5 degrees of freedom (six units admit).
        assertTrue(byEntry < 20.5, "readmissions are not spread as their units of entry: " + byEntry);
        assertTrue(byExit > 10 * 20.5, "the units of entry and of exit are too alike to tell: " + byExit);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /** Chi-square of {@code observed} against the shares of {@code reference}, over the cells where it has any. */
    private static double chiSquare(double[] observed, double[] reference) {
        double n = sum(observed);
        double r = sum(reference);
        double chi = 0;
        for (int u = 0; u < observed.length; u++) {
            double expected = n * reference[u] / r;
            if (expected > 0) {
                chi += Math.pow(observed[u] - expected, 2) / expected;
            } else if (observed[u] > 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return chi;
    }
}
