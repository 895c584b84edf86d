package org.groundswell.model.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.CensusPlan;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Problems come and go and are noticed. New problems of a unit or its department arrive as a Poisson process
 * at {@code problems.arrivalsPerUnitPerYear} × units a year, systemic ones at {@code problems.systemicPerYear}
 * whatever the hospital's size; their types come in proportion to {@code problemTypes.*Frequency}; each
 * affected unit's staff notice a problem on each day with probability {@code q = 1 - exp(-1 / detectionDays)}
 * (so after {@code (1 - q) / q}, about {@code detectionDays - 1/2}, days on average, counting from the day it
 * appears); and a problem goes away by itself after an exponential lifetime of mean
 * {@code problems.lifetimeDays}, on the first day on or after its end ({@code 1 / (1 - exp(-1 / lifetime))}
 * days on average). Without a first day's stock, every problem of a run is one that arrived in it; each run of
 * {@value #YEARS} years on {@value #SEEDS} seeds (each keys its own draws) counts some 3,000 arrivals, and each
 * tolerance is three standard errors of what it measures.
 */
class ProblemArrivalsTest {

    private static final int SEEDS = 10;
    private static final int YEARS = 10;
    private static final int DAYS = (int) (YEARS * Calendar.DAYS_PER_YEAR);

    private static HospitalParameters noStock(HospitalParameters p) {
        return p.withProblems(p.problems().withInitialPerUnit(0).withInitialSystemic(0));
    }

    /** What a run observed: each problem that arrived, the day each affected unit noticed it, the day it went. */
    private static final class Run {
        final List<Problem> arrived = new ArrayList<>();
        final Map<Problem, int[]> noticedOn = new IdentityHashMap<>();
        final Map<Problem, Integer> goneOn = new IdentityHashMap<>();

        Run(HospitalParameters p, long seed, int days) {
            int units = p.units().size();
            Problems problems = new Problems(p.problemTypes(), units, seed,
                    new Practices(units, p.change().workingFit(), p.change().systemicReach()));
            ProblemArrivals arrivals = new ProblemArrivals(problems, p.problems(), CensusPlan.neighbours(p.units()),
                    p.culture().speakUpRate(), 0);
            assertEquals(0, problems.all().size(), "a stock of problems on the first day");
            List<Problem> open = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                arrivals.day(day);
                Map<Problem, Boolean> present = new IdentityHashMap<>();
                for (Problem q : problems.all()) {
                    present.put(q, true);
                    if (!noticedOn.containsKey(q)) {
                        assertEquals(day, q.appearedOn(), 0.0, "a problem appeared on another day than it arrived");
                        arrived.add(q);
                        int[] noticed = new int[q.reach()];
                        Arrays.fill(noticed, -1);
                        noticedOn.put(q, noticed);
                        open.add(q);
                    }
                    int[] noticed = noticedOn.get(q);
                    for (int k = 0; k < q.reach(); k++) {
                        if (noticed[k] < 0 && q.status(k) != Status.UNSEEN) {
                            assertEquals(Status.WORKAROUND, q.status(k), "a problem noticed without a practice");
                            noticed[k] = day;
                        }
                    }
                }
                for (Problem q : open) {
                    if (!goneOn.containsKey(q) && !present.containsKey(q)) {
                        goneOn.put(q, day);
                    }
                }
            }
        }

        long count(Scope... scopes) {
            return arrived.stream().filter(q -> List.of(scopes).contains(q.scope())).count();
        }
    }

    private static void assertWithinThreeSe(double expected, double observed, double se, String what) {
        System.out.printf("ProblemArrivalsTest: %s: %.2f vs %.2f expected (SE %.2f)%n", what, observed, expected, se);
        assertEquals(expected, observed, 3 * se, what);
    }

    @Test
    void newProblemsArriveAtTheUnitsRateAndSystemicOnesAtTheHospitalsWhateverItsSize() {
        for (int size : new int[] {1, 2}) {
            HospitalParameters p = noStock(HospitalParameters.communityHospital().scaled(size));
            int units = p.units().size();
            long local = 0;
            long systemic = 0;
            long department = 0;
            long[] byOrigin = new long[units];
            int seeds = SEEDS / size;
            for (int seed = 1; seed <= seeds; seed++) {
                Run run = new Run(p, seed, DAYS);
                local += run.count(Scope.UNIT, Scope.DEPARTMENT);
                department += run.count(Scope.DEPARTMENT);
                systemic += run.count(Scope.SYSTEMIC);
                for (Problem q : run.arrived) {
                    if (q.scope() != Scope.SYSTEMIC) {
                        byOrigin[q.unit(0)]++;
                    }
                    if (q.scope() == Scope.SYSTEMIC) {
                        assertEquals(units, q.reach(), "a systemic problem that does not reach every unit");
                    }
                }
            }
            double years = (double) seeds * DAYS / Calendar.DAYS_PER_YEAR;
            double expectedLocal = p.problems().arrivalsPerUnitPerYear() * units * years;
            double expectedSystemic = p.problems().systemicPerYear() * years;
            assertWithinThreeSe(expectedLocal, local, Math.sqrt(expectedLocal), units + " units: unit and department problems");
            assertWithinThreeSe(expectedSystemic, systemic, Math.sqrt(expectedSystemic), units + " units: systemic problems");
            double share = p.problems().departmentShare();
            assertWithinThreeSe(share * local, department, Math.sqrt(local * share * (1 - share)),
                    units + " units: problems that reach the department");
            double perUnit = (double) local / units;
            for (int u = 0; u < units; u++) {
                assertEquals(perUnit, byOrigin[u], 3 * Math.sqrt(perUnit), "problems arising on unit " + u);
            }
        }
    }

    @Test
    void problemTypesAppearInProportionToTheirFrequencies() {
        HospitalParameters base = noStock(HospitalParameters.communityHospital());
        // A second set of weights, with one type that never appears, so that the proportions follow the weights.
        HospitalParameters reweighted = base.withProblemTypes(base.problemTypes().withAlarmResponseFrequency(0)
                .withSuppliesFrequency(0.5).withHandoffsFrequency(3));
        for (HospitalParameters p : List.of(base, reweighted)) {
            ProblemType[] types = ProblemType.values();
            long[] counts = new long[types.length];
            long n = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                for (Problem q : new Run(p, seed, DAYS).arrived) {
                    counts[q.type().ordinal()]++;
                    n++;
                }
            }
            double total = 0;
            for (ProblemType t : types) {
                total += p.problemTypes().frequency(t);
            }
            double chiSquare = 0;
            int cells = 0;
            StringBuilder shares = new StringBuilder();
            for (ProblemType t : types) {
                double expected = n * p.problemTypes().frequency(t) / total;
                if (expected == 0) {
                    assertEquals(0, counts[t.ordinal()], "problems of a type of frequency 0: " + t);
                    continue;
                }
                chiSquare += Math.pow(counts[t.ordinal()] - expected, 2) / expected;
                cells++;
                shares.append(String.format(" %s %.3f/%.3f", t.id(), (double) counts[t.ordinal()] / n, expected / n));
            }
            // The 0.999 quantiles of chi-square with 5 and 6 degrees of freedom.
            double critical = cells == 7 ? 22.46 : 20.52;
            System.out.printf("ProblemArrivalsTest: %d problems, shares observed/expected:%s; chi-square %.1f (df %d, "
                    + "critical %.1f)%n", n, shares, chiSquare, cells - 1, critical);
            assertTrue(chiSquare < critical, "the types do not come in proportion to their frequencies: " + chiSquare);
        }
    }

    @Test
    void staffNoticeANewProblemAfterAboutDetectionDays() {
        for (double detectionDays : new double[] {3, 14}) {
            HospitalParameters p = noStock(HospitalParameters.communityHospital());
            p = p.withProblems(p.problems().withDetectionDays(detectionDays));
            double sum = 0;
            long n = 0;
            for (int seed = 1; seed <= SEEDS / 2; seed++) {
                Run run = new Run(p, seed, DAYS);
                for (Problem q : run.arrived) {
                    int[] noticed = run.noticedOn.get(q);
                    Integer gone = run.goneOn.get(q);
                    for (int k = 0; k < q.reach(); k++) {
                        int last = gone == null ? DAYS : gone;
                        if (q.appearedOn() + 10 * detectionDays < last) {
                            assertTrue(noticed[k] >= 0, "a problem unnoticed for ten times detectionDays");
                            sum += noticed[k] - q.appearedOn();
                            n++;
                        }
                    }
                }
            }
            double q = 1 - Math.exp(-1 / detectionDays);
            double mean = (1 - q) / q;
            double sd = Math.sqrt(1 - q) / q;
            assertWithinThreeSe(mean, sum / n, sd / Math.sqrt(n),
                    "detectionDays " + detectionDays + ": mean days to notice, over " + n + " unit-problems");
        }
    }

    @Test
    void aProblemGoesAwayByItselfAfterItsLifetime() {
        for (double lifetime : new double[] {30, 120}) {
            HospitalParameters p = noStock(HospitalParameters.communityHospital());
            p = p.withProblems(p.problems().withLifetimeDays(lifetime));
            double sum = 0;
            long n = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                Run run = new Run(p, seed, DAYS);
                for (Problem q : run.arrived) {
                    // Only problems that arrived long enough before the end to have gone by then almost surely.
                    if (q.appearedOn() < DAYS - 12 * lifetime) {
                        Integer gone = run.goneOn.get(q);
                        assertTrue(gone != null, "a problem outlived twelve mean lifetimes");
                        sum += gone - q.appearedOn();
                        n++;
                    }
                }
            }
            double expected = 1 / (1 - Math.exp(-1 / lifetime));
            assertWithinThreeSe(expected, sum / n, lifetime / Math.sqrt(n),
                    "lifetimeDays " + lifetime + ": mean days a problem lasts, over " + n + " problems");
        }
    }

    @Test
    void aProblemTheUnitsWorkingPracticeHandlesIsFixedAsSoonAsItIsNoticed() {
        HospitalParameters p = noStock(HospitalParameters.communityHospital());
        int units = p.units().size();
        Problems problems = new Problems(p.problemTypes(), units, 7,
                new Practices(units, p.change().workingFit(), p.change().systemicReach()));
        for (ProblemType t : ProblemType.values()) {
            problems.adopt(new Practice(0, t, Designer.UNIT, 1, 1, 0, 0, Double.POSITIVE_INFINITY));
        }
        ProblemArrivals arrivals = new ProblemArrivals(problems, p.problems(), CensusPlan.neighbours(p.units()),
                p.culture().speakUpRate(), 0);
        for (int day = 0; day < DAYS; day++) {
            arrivals.day(day);
        }
        int handled = 0;
        int systemic = 0;
        int elsewhere = 0;
        for (Problem q : problems.all()) {
            for (int k = 0; k < q.reach(); k++) {
                Status s = q.status(k);
                if (s == Status.UNSEEN) {
                    continue;
                }
                if (q.unit(k) == 0 && q.scope() != Scope.SYSTEMIC) {
                    assertEquals(Status.FIXED, s, "unit 0's practice did not handle a noticed problem");
                    assertTrue(q.fixedByPractice(k), "not fixed by the practice");
                    handled++;
                } else if (q.scope() == Scope.SYSTEMIC) {
                    assertEquals(Status.WORKAROUND, s, "a systemic problem handled by a unit's practice");
                    systemic++;
                } else {
                    assertEquals(Status.WORKAROUND, s, "a problem handled on a unit without a practice");
                    elsewhere++;
                }
            }
        }
        System.out.printf("ProblemArrivalsTest: %d problems handled by unit 0's practices on notice; %d systemic and %d "
                + "elsewhere worked around%n", handled, systemic, elsewhere);
        assertTrue(handled > 10 && systemic > 10 && elsewhere > 10, "too few problems to tell");
    }
}
