package org.groundswell.model.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;

import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hiring fills a vacancy after an exponential wait for an accepted offer (mean {@code daysToFill}) and then the
 * start lag ({@code daysToStart}); staffing stabilization shortens the wait. Every position of the default
 * hospital (some 720) is vacated at once, in each of five seeds (each keys its own draws), so a mean wait is
 * taken over some 3,600 vacancies and its standard error, {@code daysToFill / sqrt(n)}, is one or two days: the
 * tolerances are three of those. Runs of different lags share their draws (common random numbers), so their
 * means stray from the expected by the same share. A position is filled on the first whole day on or after its fill date, half a
 * day after it on average.
 */
class HiringTest {

    private static final int SEEDS = 5;
    /** Long enough that every vacancy is filled: a longer wait would take some thirty-five mean waits. */
    private static final int HORIZON = 3000;
    private static final double ROUNDING = 0.5;

    private static HospitalParameters noInitialVacancies(long seed, double daysToFill, double daysToStart) {
        HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
        return p.withWorkforce(p.workforce().withInitialVacancyRate(0).withDaysToFill(daysToFill)
                .withDaysToStart(daysToStart));
    }

    /**
     * Vacates every position on day {@code vacatedOn} and runs hiring until all are filled again, calling
     * {@code beforeHiring} with each day first; returns the day each position was filled.
     */
    private static int[] refill(WorkforceFixture f, int vacatedOn, IntConsumer beforeHiring) {
        Workforce staff = f.workforce;
        int n = staff.positions();
        int[] filledOn = new int[n];
        long[] leaver = new long[n];
        for (int day = 0; day < HORIZON; day++) {
            if (day == vacatedOn) {
                for (int i = 0; i < n; i++) {
                    leaver[i] = staff.personId(i);
                    f.hiring.vacate(i, day);
                    filledOn[i] = -1;
                }
            }
            beforeHiring.accept(day);
            boolean[] before = staff.occupied.clone();
            f.hiring.day(day);
            for (int i = 0; i < n; i++) {
                if (!before[i] && staff.occupied(i)) {
                    filledOn[i] = day;
                    assertTrue(staff.personId(i) != leaver[i], "position " + i + " is filled by its leaver");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            assertTrue(filledOn[i] >= vacatedOn, "position " + i + " was never filled");
        }
        return filledOn;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** The waits, over seeds 1..{@value #SEEDS} pooled, of every position vacated on day 0, at the lags given. */
    private static double[] waits(double daysToFill, double daysToStart) {
        List<Double> all = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            WorkforceFixture f = new WorkforceFixture(noInitialVacancies(seed, daysToFill, daysToStart));
            int[] filled = refill(f, 0, day -> { });
            assertEquals(filled.length, f.wellbeing.hires, "every refill starts one new hire");
            assertEquals(filled.length, f.counters.total(Counter.HIRES), 1e-9, "every refill is counted as a hire");
            for (int d : filled) {
                all.add((double) d);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aVacatedPositionIsFilledAfterTheWaitForAnOfferAndTheStartLagOnAverage() {
        for (double[] lags : new double[][] {{83, 84}, {30, 10}}) {
            double daysToFill = lags[0];
            double daysToStart = lags[1];
            double[] waits = waits(daysToFill, daysToStart);
            double expected = daysToFill + daysToStart + ROUNDING;
            double se = daysToFill / Math.sqrt(waits.length);
            double mean = mean(waits);
            System.out.printf("HiringTest: fill %.0f + start %.0f: mean wait %.1f days vs %.1f +- %.1f (3 se, n %d)%n",
                    daysToFill, daysToStart, mean, expected, 3 * se, waits.length);
            assertEquals(expected, mean, 3 * se, "mean wait to fill, daysToFill " + daysToFill);
            double shortest = Arrays.stream(waits).min().orElseThrow();
            assertTrue(shortest >= daysToStart, "a hire started " + shortest + " days after the vacancy, before the "
                    + "start lag of " + daysToStart);
            // The wait beyond the start lag is exponential: its spread is its mean (standard error of an
            // exponential's standard deviation: mean * sqrt(2 / n)).
            assertEquals(daysToFill, sd(waits), 3 * daysToFill * Math.sqrt(2.0 / waits.length), "spread of the wait");
        }
    }

    @Test
    void stabilizationFillsTheVacanciesPostedSooner() {
        double factor = 0.5;
        WorkforceParameters w = HospitalParameters.communityHospital().workforce();
        List<Double> usual = new ArrayList<>();
        List<Double> stabilized = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            HospitalParameters p = noInitialVacancies(seed, w.daysToFill(), w.daysToStart());
            WorkforceFixture plain = new WorkforceFixture(p);
            WorkforceFixture helped = new WorkforceFixture(p);
            int[] a = refill(plain, 0, day -> { });
            int[] b = refill(helped, 0, day -> {
                if (day == 0) {
                    helped.hiring.stabilize(day, factor);
                }
            });
            for (int i = 0; i < a.length; i++) {
                assertTrue(b[i] <= a[i], "stabilization delayed position " + i + " in seed " + seed);
                usual.add((double) a[i]);
                stabilized.add((double) b[i]);
            }
        }
        double[] b = stabilized.stream().mapToDouble(Double::doubleValue).toArray();
        double[] a = usual.stream().mapToDouble(Double::doubleValue).toArray();
        // A posted vacancy is redrawn at factor x daysToFill and keeps the sooner of its two dates: the wait for
        // an offer is the minimum of two exponentials, of mean 1 / (1 / daysToFill + 1 / (factor x daysToFill)).
        double offer = 1 / (1 / w.daysToFill() + 1 / (factor * w.daysToFill()));
        double expected = offer + w.daysToStart() + ROUNDING;
        double se = offer / Math.sqrt(b.length);
        System.out.printf("HiringTest: stabilized x%.1f: mean wait %.1f days vs %.1f +- %.1f; usual %.1f%n",
                factor, mean(b), expected, 3 * se, mean(a));
        assertEquals(expected, mean(b), 3 * se, "mean wait under stabilization");
        assertTrue(mean(a) - mean(b) > 3 * (w.daysToFill() / Math.sqrt(a.length)), "stabilization did not shorten the wait");
    }

    @Test
    void afterStabilizationANewVacancyWaitsTheShorterTime() {
        double factor = 0.4;
        int stabilizedOn = 0;
        int vacatedOn = 10;
        WorkforceParameters w = HospitalParameters.communityHospital().workforce();
        List<Double> waits = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            WorkforceFixture f = new WorkforceFixture(noInitialVacancies(seed, w.daysToFill(), w.daysToStart()));
            int[] filled = refill(f, vacatedOn, day -> {
                if (day == stabilizedOn) {
                    f.hiring.stabilize(day, factor);
                }
            });
            for (int d : filled) {
                waits.add((double) (d - vacatedOn));
            }
        }
        double[] x = waits.stream().mapToDouble(Double::doubleValue).toArray();
        double expected = factor * w.daysToFill() + w.daysToStart() + ROUNDING;
        double se = factor * w.daysToFill() / Math.sqrt(x.length);
        System.out.printf("HiringTest: vacated after stabilization x%.1f: mean wait %.1f days vs %.1f +- %.1f%n",
                factor, mean(x), expected, 3 * se);
        assertEquals(expected, mean(x), 3 * se, "mean wait of a vacancy posted after stabilization");
    }

    @Test
    void stabilizationLeavesAnOfferAlreadyAcceptedToStartOnItsDay() {
        double factor = 0.5;
        int stabilizedOn = 100;
        WorkforceParameters w = HospitalParameters.communityHospital().workforce();
        int accepted = 0;
        int posted = 0;
        double gain = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            HospitalParameters p = noInitialVacancies(seed, w.daysToFill(), w.daysToStart());
            WorkforceFixture plain = new WorkforceFixture(p);
            WorkforceFixture helped = new WorkforceFixture(p);
            double[] dueOn = new double[helped.workforce.positions()];
            int[] a = refill(plain, 0, day -> { });
            int[] b = refill(helped, 0, day -> {
                if (day == stabilizedOn) {
                    System.arraycopy(helped.workforce.fillsOn, 0, dueOn, 0, dueOn.length);
                    helped.hiring.stabilize(day, factor);
                }
            });
            for (int i = 0; i < a.length; i++) {
                if (a[i] < stabilizedOn) {
                    assertEquals(a[i], b[i], "a position filled before stabilization moved");
                } else if (dueOn[i] - stabilizedOn <= w.daysToStart()) {
                    assertEquals(a[i], b[i], "an accepted offer's start moved, position " + i + ", seed " + seed);
                    accepted++;
                } else {
                    assertTrue(b[i] <= a[i], "a posted vacancy was filled later under stabilization");
                    gain += a[i] - b[i];
                    posted++;
                }
            }
        }
        System.out.printf("HiringTest: at stabilization %d offers accepted kept their start; %d posted vacancies "
                + "filled %.1f days sooner on average%n", accepted, posted, gain / posted);
        assertTrue(accepted > 100 && posted > 100, "too few vacancies in either phase to tell: " + accepted + ", " + posted);
        assertTrue(gain / posted > 10, "posted vacancies were not filled sooner: " + gain / posted);
    }
}
