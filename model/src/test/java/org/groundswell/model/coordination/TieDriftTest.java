package org.groundswell.model.coordination;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the ties between people move, on the default hospital's staff network (some 30,000 ties): what a joint
 * success raises drifts back toward each tie's norm by the week's share {@code 1 - exp(-7 / driftDays)} of the
 * gap, once a week and only then ({@link TieDrift}); blame lowers mutual respect and problem-solving
 * communication by {@code blameLoss} on every tie of the person blamed, and nothing else
 * ({@link Coordination#blame}). Both are exact rules on every tie and dimension; each is checked on several
 * seeds' networks.
 */
class TieDriftTest {

    private static final int SEEDS = 3;
    private static final int D = Dimension.COUNT;

    private static double[] gaps(StaffNetwork ties) {
        double[] dims = ties.dims();
        double[] norm = ties.norms();
        double[] gap = new double[dims.length];
        for (int e = 0; e < ties.ties(); e++) {
            for (int d = 0; d < D; d++) {
                gap[e * D + d] = dims[e * D + d] - norm[e];
            }
        }
        return gap;
    }

    /** Everyone who works on unit {@code u}: its frontline staff, its physicians and its manager. */
    private static int[] team(UnitPeople people, int u) {
        return IntStream.concat(IntStream.concat(IntStream.of(people.staff()[u]), IntStream.of(people.physicians()[u])),
                IntStream.of(people.managers()[u])).toArray();
    }

    @Test
    void aTieRaisedAboveItsNormDriftsBackByTheWeeksShareOfTheGapEachWeek() {
        for (double driftDays : new double[] {30, 90}) {
            for (int seed = 1; seed <= SEEDS; seed++) {
                HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
                p = p.withCoordination(p.coordination().withDriftDays(driftDays));
                NetworkFixture f = new NetworkFixture(p);
                StaffNetwork ties = f.network();
                double before = f.coordination.problemSolving(2);
                double[] start = gaps(ties);
                f.coordination.jointSuccess(team(f.people, 2));
                double[] raised = gaps(ties);
                int lifted = 0;
                for (int k = 0; k < raised.length; k++) {
                    lifted += raised[k] > start[k] + 1e-12 ? 1 : 0;
                }
                f.score();
                double after = f.coordination.problemSolving(2);
                assertTrue(lifted > 1000, "a joint success of a unit's whole team raised too few tie dimensions: " + lifted);
                assertTrue(after - before > 0.5 * p.coordination().successGain(),
                        "the unit's problem solving rose by only " + (after - before));

                TieDrift drift = new TieDrift(f.coordination);
                double kept = Math.exp(-Calendar.DAYS_PER_WEEK / driftDays);
                double[] gap = raised;
                for (int day = 1; day <= 4 * Calendar.DAYS_PER_WEEK; day++) {
                    drift.day(day);
                    double[] now = gaps(ties);
                    double factor = Calendar.weekly(day) ? kept : 1;
                    for (int k = 0; k < now.length; k++) {
                        assertEquals(gap[k] * factor, now[k], 1e-9,
                                "tie " + k / D + ", dimension " + k % D + " on day " + day + ", driftDays " + driftDays);
                    }
                    gap = now;
                }
                f.score();
                double drifted = f.coordination.problemSolving(2);
                if (seed == 1) {
                    System.out.printf("TieDriftTest: driftDays %.0f: %d tie dimensions raised; problem solving on the "
                            + "unit %.3f -> %.3f, four weeks later %.3f (each gap kept %.3f a week)%n",
                            driftDays, lifted, before, after, drifted, kept);
                }
            }
        }
    }

    @Test
    void blameLowersRespectAndProblemSolvingOnTheBlamedPersonsTiesAndNothingElse() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            NetworkFixture f = NetworkFixture.of(seed);
            StaffNetwork ties = f.network();
            double loss = f.parameters.coordination().blameLoss();
            int units = f.units.length;
            double[] relationship = new double[units];
            double[] problemSolving = new double[units];
            double[] harm = new double[units];
            for (int u = 0; u < units; u++) {
                relationship[u] = f.coordination.relationship(u);
                problemSolving[u] = f.coordination.problemSolving(u);
                harm[u] = f.coordination.harmMultiplier(u);
            }
            double[] before = ties.dims().clone();
            int[] timesBlamed = new int[ties.nodes()];
            for (int u = 0; u < units; u++) {
                int[] nurses = f.people.nurses()[u];
                for (int k = 0; k < nurses.length; k += 4) {
                    f.coordination.blame(nurses[k]);
                    timesBlamed[nurses[k]]++;
                }
            }
            double[] after = ties.dims();
            for (int e = 0; e < ties.ties(); e++) {
                int hits = timesBlamed[ties.a(e)] + timesBlamed[ties.b(e)];
                for (Dimension d : Dimension.values()) {
                    int at = e * D + d.ordinal();
                    boolean hit = d == Dimension.MUTUAL_RESPECT || d == Dimension.PROBLEM_SOLVING_COMMUNICATION;
                    double expected = hit ? Math.max(1, before[at] - hits * loss) : before[at];
                    assertEquals(expected, after[at], 1e-9, "tie " + e + ", " + d + ", blamed " + hits + " times");
                }
            }
            f.score();
            double smallest = Double.POSITIVE_INFINITY;
            for (int u = 0; u < units; u++) {
                String where = f.units[u].parameters().name() + ", seed " + seed;
                double fall = relationship[u] - f.coordination.relationship(u);
                assertTrue(fall > 0.02 * loss, "respect and shared goals fell too little on " + where + ": " + fall);
                assertEquals(fall, problemSolving[u] - f.coordination.problemSolving(u), 1e-9,
                        "problem solving fell by another amount than respect and shared goals on " + where);
                assertEquals(harm[u], f.coordination.harmMultiplier(u), 0.0,
                        "blame changed the communication that sets harm on " + where);
                smallest = Math.min(smallest, fall);
            }
            if (seed == 1) {
                System.out.printf("TieDriftTest: a quarter of the nurses blamed once (blameLoss %.2f): respect and "
                        + "shared goals on %s %.3f -> %.3f; smallest fall on a unit %.4f%n", loss,
                        f.units[4].parameters().name(), relationship[4], f.coordination.relationship(4), smallest);
            }
        }
    }
}
