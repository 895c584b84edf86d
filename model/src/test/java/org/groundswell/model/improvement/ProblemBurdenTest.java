package org.groundswell.model.improvement;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.UnitRates;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the broken systems do to each unit's care. Each problem's remaining severity {@code r} on a unit adds
 * {@code harmPerSeverity × r × harmWeight(type)} to the rise of its adverse-event hazard and
 * {@code timePerSeverity × r × timeWeight(type)} to the share of staff time wasted — {@code 1 - workaroundRelief}
 * of that while staff work around it — up to {@code maxTimeLoss} in all; a practice removes
 * {@code fit × compliance} of the severity of its type's problems on its unit ({@code systemicReach} of that on a
 * systemic one). The rules are checked on {@value #CONFIGURATIONS} random hospitals (problems of random type,
 * severity, scope and status on the default hospital's units), through the unit's hazard multiplier and time loss
 * as care reads them (each unit at the reference load, so staffing does not move them).
 */
class ProblemBurdenTest {

    private static final int CONFIGURATIONS = 200;
    private static final HospitalParameters P = uncapped(UnitRates.roomy(HospitalParameters.communityHospital()));

    /** Without the ceiling on a unit's hazards, so that the burden's own effect is seen however large. */
    private static HospitalParameters uncapped(HospitalParameters p) {
        return p.withCare(p.care().withMaxHazardMultiplier(100));
    }
    private static final ProblemParameters PROBLEMS = P.problems();
    private static final ProblemTypeParameters TYPES = P.problemTypes();
    private static final int UNITS = P.units().size();
    private static final ProblemType[] ALL_TYPES = ProblemType.values();
    private static final Status[] OPEN = {Status.UNSEEN, Status.WORKAROUND, Status.RAISED};

    /** A hospital's units and problems, and the burden measured from them. */
    private static final class Hospital {
        final UnitState[] units = new UnitState[UNITS];
        final Problems problems;
        final ProblemBurden burden;
        long nextId;

        Hospital(ProblemParameters parameters, double relief) {
            for (int u = 0; u < UNITS; u++) {
                units[u] = new UnitState(u, P.units().get(u), P.care());
            }
            problems = new Problems(TYPES, UNITS, 1, new Practices(UNITS, P.change().workingFit(), P.change().systemicReach()));
            burden = new ProblemBurden(problems, parameters, relief, units);
        }

        /** A random hospital: a few problems on each unit, some reaching further. */
        static Hospital random(long seed, double relief) {
            Hospital h = new Hospital(PROBLEMS, relief);
            KeyedRandom random = new KeyedRandom(seed);
            for (int u = 0; u < UNITS; u++) {
                int n = (int) (random.nextDouble() * 6);
                for (int k = 0; k < n; k++) {
                    h.add(pick(random, ALL_TYPES), Scope.UNIT, new int[] {u}, severity(random), pick(random, OPEN));
                }
            }
            if (random.nextDouble() < 0.5) {
                int[] all = new int[UNITS];
                for (int u = 0; u < UNITS; u++) {
                    all[u] = u;
                }
                h.add(pick(random, ALL_TYPES), Scope.SYSTEMIC, all, severity(random), pick(random, OPEN));
            }
            return h;
        }

        Problem add(ProblemType type, Scope scope, int[] reach, double severity, Status status) {
            Problem p = new Problem(nextId++, type, scope, reach, severity, 0, 1e9);
            for (int k = 0; k < reach.length; k++) {
                p.setStatus(k, status);
            }
            problems.add(p);
            return p;
        }

        /** Measures the burden and sets each unit's care from it; the rise of each unit's harm hazard. */
        double[] harm() {
            burden.day(0);
            double[] out = new double[UNITS];
            for (UnitState unit : units) {
                UnitRates.atReferenceLoad(unit, P.care(), 20);
                out[unit.index()] = UnitRates.harmMultiplier(unit) - 1;
            }
            return out;
        }

        double[] timeLoss() {
            burden.day(0);
            double[] out = new double[UNITS];
            for (UnitState unit : units) {
                out[unit.index()] = unit.timeLoss();
            }
            return out;
        }
    }

    private static <T> T pick(KeyedRandom random, T[] values) {
        return values[(int) (random.nextDouble() * values.length)];
    }

    private static double severity(KeyedRandom random) {
        return Math.min(1, PROBLEMS.meanSeverity() * random.nextExponential());
    }

    @Test
    void moreOpenSeverityRaisesAUnitsHarmAndTimeLossByItsTypesWeights() {
        double smallestHarm = Double.POSITIVE_INFINITY;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c, P.culture().workaroundRelief());
            double[] harm = h.harm();
            double[] time = h.timeLoss();
            KeyedRandom random = new KeyedRandom(-c - 1);
            int u = (int) (random.nextDouble() * UNITS);
            ProblemType type = pick(random, ALL_TYPES);
            double s = 0.05 + 0.95 * random.nextDouble();
            h.add(type, Scope.UNIT, new int[] {u}, s, Status.RAISED);
            double[] moreHarm = h.harm();
            double[] moreTime = h.timeLoss();
            for (int v = 0; v < UNITS; v++) {
                String where = "unit " + v + ", configuration " + c;
                double harmRise = v == u ? PROBLEMS.harmPerSeverity() * s * TYPES.harmWeight(type) : 0;
                double timeRise = v == u ? PROBLEMS.timePerSeverity() * s * TYPES.timeWeight(type) : 0;
                assertEquals(harm[v] + harmRise, moreHarm[v], 1e-12, "harm on " + where);
                assertEquals(Math.min(PROBLEMS.maxTimeLoss(), time[v] + timeRise), moreTime[v], 1e-12, "time lost on " + where);
            }
            assertTrue(moreHarm[u] > harm[u] && moreTime[u] > time[u], "a new problem did not weigh on unit " + u);
            smallestHarm = Math.min(smallestHarm, moreHarm[u] - harm[u]);
        }
        System.out.printf("ProblemBurdenTest: one more problem raised harm by at least %.4f (x%.4f of the hazard)%n",
                smallestHarm, 1 + smallestHarm);
    }

    @Test
    void aWorkaroundSavesWorkaroundReliefOfTheTimeAndNoneOfTheHarm() {
        for (double relief : new double[] {0, P.culture().workaroundRelief(), 0.8}) {
            for (int c = 0; c < CONFIGURATIONS; c++) {
                Hospital raised = Hospital.random(c, relief);
                Hospital workedAround = Hospital.random(c, relief);
                Hospital unseen = Hospital.random(c, relief);
                setAll(raised, Status.RAISED);
                setAll(workedAround, Status.WORKAROUND);
                setAll(unseen, Status.UNSEEN);
                double[] time = raised.timeLoss();
                double[] harm = raised.harm();
                for (int u = 0; u < UNITS; u++) {
                    String where = "unit " + u + ", configuration " + c + ", relief " + relief;
                    assertEquals((1 - relief) * time[u], workedAround.timeLoss()[u], 1e-12, "time lost to workarounds on " + where);
                    assertEquals(time[u], unseen.timeLoss()[u], 1e-12, "time lost to unseen problems on " + where);
                    assertEquals(harm[u], workedAround.harm()[u], 1e-12, "harm of worked-around problems on " + where);
                }
            }
        }
    }

    private static void setAll(Hospital h, Status status) {
        for (Problem p : h.problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                p.setStatus(k, status);
            }
        }
    }

    @Test
    void timeLossRisesWithEachProblemUntilItIsCappedAtMaxTimeLossWhileHarmGoesOnRising() {
        for (double cap : new double[] {0.05, PROBLEMS.maxTimeLoss()}) {
            for (int seed = 1; seed <= 5; seed++) {
                Hospital h = new Hospital(PROBLEMS.withMaxTimeLoss(cap), P.culture().workaroundRelief());
                KeyedRandom random = new KeyedRandom(seed);
                int u = seed % UNITS;
                double uncapped = 0;
                double lastHarm = 0;
                int added = 0;
                while (uncapped < 2 * cap) {
                    ProblemType type = pick(random, ALL_TYPES);
                    double s = 0.2 + 0.8 * random.nextDouble();
                    h.add(type, Scope.UNIT, new int[] {u}, s, Status.RAISED);
                    added++;
                    uncapped += PROBLEMS.timePerSeverity() * s * TYPES.timeWeight(type);
                    double time = h.timeLoss()[u];
                    double harm = h.harm()[u];
                    assertEquals(Math.min(cap, uncapped), time, 1e-12, "time lost after " + added + " problems, cap " + cap);
                    assertTrue(time <= cap, "time lost above the cap");
                    assertTrue(harm > lastHarm, "harm stopped rising with the problems");
                    lastHarm = harm;
                }
                if (seed == 1) {
                    System.out.printf("ProblemBurdenTest: cap %.2f reached after %d problems on one unit; harm then +%.2f%n",
                            cap, added, lastHarm);
                }
            }
        }
    }

    @Test
    void aPracticeRemovesItsShareOfTheBurdenOfItsTypeOnItsUnitOnly() {
        ProblemType type = ProblemType.HANDOFFS;
        double fit = 0.6;
        double smallestFall = Double.POSITIVE_INFINITY;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c, P.culture().workaroundRelief());
            int u = c % UNITS;
            int[] all = new int[UNITS];
            for (int v = 0; v < UNITS; v++) {
                all[v] = v;
            }
            List<Problem> local = new ArrayList<>();
            local.add(h.add(type, Scope.UNIT, new int[] {u}, 0.5, Status.RAISED));
            local.add(h.add(type, Scope.UNIT, new int[] {u}, 0.3, Status.WORKAROUND));
            Problem systemic = h.add(type, Scope.SYSTEMIC, all, 0.4, Status.RAISED);
            double[] harm = h.harm();
            double[] time = h.timeLoss();
            double removed = 0;
            for (Problem p : h.problems.all()) {
                int k = p.indexOf(u);
                if (k >= 0 && p.type() == type) {
                    removed += p.residual(k) * fit * (p.scope() == Scope.SYSTEMIC ? P.change().systemicReach() : 1);
                }
            }
            h.problems.adopt(new Practice(u, type, Designer.UNIT, fit, 1, 0, u, Double.POSITIVE_INFINITY));
            double[] lessHarm = h.harm();
            double[] lessTime = h.timeLoss();
            String where = "unit " + u + ", configuration " + c;
            assertEquals(harm[u] - PROBLEMS.harmPerSeverity() * TYPES.harmWeight(type) * removed, lessHarm[u], 1e-12,
                    "harm under the practice on " + where);
            assertTrue(lessTime[u] < time[u], "the practice did not save staff time on " + where);
            for (Problem p : local) {
                assertEquals(Status.FIXED, p.status(0), "a problem the practice handles is still open on " + where);
            }
            assertEquals(Status.RAISED, systemic.status(u), "the practice handled a systemic problem on " + where);
            for (int v = 0; v < UNITS; v++) {
                if (v != u) {
                    assertEquals(harm[v], lessHarm[v], 1e-12, "a practice on unit " + u + " moved harm on unit " + v);
                    assertEquals(time[v], lessTime[v], 1e-12, "a practice on unit " + u + " moved time on unit " + v);
                }
            }
            smallestFall = Math.min(smallestFall, (harm[u] - lessHarm[u]) / (1 + harm[u]));
        }
        System.out.printf("ProblemBurdenTest: a practice of fit %.1f cut its unit's harm hazard by at least %.1f%%%n",
                fit, 100 * smallestFall);
    }
}
