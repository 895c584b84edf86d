package org.groundswell.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.coordination.RcScore;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff network's layout and relational coordination scored as the survey is. */
class CoordinationTest {

    private static double[] tie(double... dims) {
        return dims;
    }

    @Test
    void rcIndexIsTheMeanOverRolePairsOfTheMeanOverTheirTies() {
        // Two nurse-nurse ties (all 4s; all 3s) and one nurse-pharmacist tie (all 5s). Survey scoring averages
        // within the role pair first: nurse-nurse 3.5, nurse-pharmacist 5, index (3.5 + 5) / 2 = 4.25,
        // not the 4.0 a plain mean over the three ties would give.
        RcScore score = new RcScore(3);
        score.add(0, 0, tie(4, 4, 4, 4, 4, 4, 4), 0);
        score.add(0, 0, tie(3, 3, 3, 3, 3, 3, 3), 0);
        score.add(2, 0, tie(5, 5, 5, 5, 5, 5, 5), 0);
        assertEquals(4.25, score.index(), 1e-12);
        assertEquals(3, score.ties());
    }

    @Test
    void subScoresAverageTheirOwnDimensions() {
        // One tie with each dimension set apart, in Dimension order: frequent 1, timely 2, accurate 3,
        // problem-solving 4, shared goals 5, shared knowledge 1, respect 3.
        RcScore score = new RcScore(1);
        score.add(0, 0, tie(1, 2, 3, 4, 5, 1, 3), 0);
        assertEquals((1 + 2 + 3 + 4 + 5 + 1 + 3) / 7.0, score.index(), 1e-12);
        assertEquals((2 + 3) / 2.0, score.communication(), 1e-12);
        assertEquals((4 + 1) / 2.0, score.problemSolving(), 1e-12);
        assertEquals((3 + 5) / 2.0, score.relationship(), 1e-12);
        assertEquals(7, Dimension.COUNT);
    }

    @Test
    void anEmptyScoreIsNotANumber() {
        assertTrue(Double.isNaN(new RcScore(2).index()));
    }

    @Test
    void scoresKeptUpToDateDayByDayAreThoseSummedAfreshFromTheTies() {
        // The scores are summed again only where ties or presence changed; each time they are scored they must
        // be what adding every tie between people present to empty scores gives, to the last bit, under a
        // strategy that works on the ties (partnership: joint successes, study teams) as well as hires, quits,
        // blame and the weekly drift. Scored here at the end of each day, after all of that day's changes.
        Hospital h = new Hospital(Runs.defaults().withDays(30, 150).withStrategy("partnership"), false);
        h.start();
        int units = h.parameters().units().size();
        for (int day = 0; day < h.parameters().totalDays(); day++) {
            h.schedule.step(h);
            StaffNetwork network = h.coordination().network();
            boolean[] present = h.present();
            h.coordination().score(present, new double[units]);
            int roles = 0;
            for (int i = 0; i < network.nodes(); i++) {
                roles = Math.max(roles, network.roleOf(i) + 1);
            }
            RcScore hospital = new RcScore(roles + 1);
            RcScore[] within = new RcScore[units];
            RcScore[] across = new RcScore[units];
            for (int u = 0; u < units; u++) {
                within[u] = new RcScore(roles + 1);
                across[u] = new RcScore(roles + 1);
            }
            double[] dims = new double[Dimension.COUNT];
            for (int e = 0; e < network.ties(); e++) {
                int a = network.a(e);
                int b = network.b(e);
                if (!present[a] || !present[b] || !network.active(e)) {
                    continue;
                }
                for (Dimension d : Dimension.values()) {
                    dims[d.ordinal()] = network.dimension(e, d);
                }
                hospital.add(network.roleOf(a), network.roleOf(b), dims, 0);
                int ua = network.unitOf(a);
                int ub = network.unitOf(b);
                if (ua == ub) {
                    within[ua].add(network.roleOf(a), network.roleOf(b), dims, 0);
                } else {
                    across[ua].add(network.roleOf(a), network.roleOf(b), dims, 0);
                    across[ub].add(network.roleOf(a), network.roleOf(b), dims, 0);
                }
            }
            assertEquals(hospital.index(), h.coordination().hospitalIndex(), 0.0, "day " + day);
            for (int u = 0; u < units; u++) {
                assertEquals(within[u].index(), h.coordination().unitIndex(u), 0.0, "unit " + u + ", day " + day);
                assertEquals(across[u].index(), h.coordination().crossUnitIndex(u), 0.0, "unit " + u + ", day " + day);
            }
        }
    }

    private static StaffNetwork network(double rewiring, long seed) {
        HospitalParameters p = Runs.defaults().with().seed(seed)
                .network(Runs.defaults().network().withRewiring(rewiring)).build();
        Hospital h = new Hospital(p, false);
        h.start();
        return h.coordination().network();
    }

    /**
     * How concentrated cross-unit ties are on a few pairs of units: the Herfindahl index of the pairs' shares
     * of the cross-unit ties (1 if all join the same two units).
     */
    private static double concentration(StaffNetwork n) {
        Map<Long, Integer> pairs = new TreeMap<>();
        int cross = 0;
        for (int e = 0; e < n.ties(); e++) {
            if (n.crossUnit(e)) {
                int u = n.unitOf(n.a(e));
                int v = n.unitOf(n.b(e));
                pairs.merge((long) Math.min(u, v) * 1000 + Math.max(u, v), 1, Integer::sum);
                cross++;
            }
        }
        double h = 0;
        for (int count : pairs.values()) {
            h += Math.pow((double) count / cross, 2);
        }
        return h;
    }

    /** Cross-unit ties whose two ends have a colleague in common (a closed triangle). */
    private static int closedCrossTies(StaffNetwork n) {
        int closed = 0;
        for (int e = 0; e < n.ties(); e++) {
            if (!n.crossUnit(e)) {
                continue;
            }
            Set<Integer> around = new HashSet<>();
            for (int t : n.tiesOf(n.a(e))) {
                around.add(n.other(t, n.a(e)));
            }
            for (int t : n.tiesOf(n.b(e))) {
                if (around.contains(n.other(t, n.b(e)))) {
                    closed++;
                    break;
                }
            }
        }
        return closed;
    }

    private static int crossTies(StaffNetwork n) {
        int c = 0;
        for (int e = 0; e < n.ties(); e++) {
            c += n.crossUnit(e) ? 1 : 0;
        }
        return c;
    }

    @Test
    void rewiringKeepsTheMeanDegreeButSpreadsCrossUnitTiesAndOpensTriangles() {
        for (long seed = 1; seed <= 3; seed++) {
            StaffNetwork structured = network(0, seed);
            StaffNetwork random = network(1, seed);
            assertEquals(structured.nodes(), random.nodes());
            assertEquals(structured.ties(), random.ties());
            assertEquals(structured.meanDegree(), random.meanDegree(), 0.0);
            assertEquals(crossTies(structured), crossTies(random));
            assertTrue(concentration(structured) > 1.15 * concentration(random),
                    "seed " + seed + ": concentration " + concentration(structured) + " structured, "
                            + concentration(random) + " rewired");
            assertTrue(closedCrossTies(structured) > 2 * closedCrossTies(random),
                    "seed " + seed + ": " + closedCrossTies(structured) + " closed cross-unit ties structured, "
                            + closedCrossTies(random) + " rewired");
        }
    }

    @Test
    void theDefaultNetworkIsDenseWithinUnitsAndSparseAcrossThem() {
        StaffNetwork n = network(0, 1);
        int cross = crossTies(n);
        assertTrue(n.meanDegree() > 9 && n.meanDegree() < 14, "mean degree " + n.meanDegree());
        assertTrue(cross > 0.03 * n.ties() && cross < 0.3 * n.ties(), cross + " of " + n.ties() + " ties cross units");
    }
}
