package org.groundswell.model.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spread of practices by stories along the staff's ties (complex contagion). Each unit hears, from every
 * other unit with a working practice it owns, a story of weight (trust on the ties between them + broadcast) x
 * the practice's effect; it may adopt once the stories add up to the adoption threshold, and it adapts the
 * practice of the unit whose story reached it most. The rules are checked on {@value #CONFIGURATIONS} random
 * hospitals of {@value #UNITS} units (random sources, results and trust), at the default threshold and working
 * fit, one problem type at a time.
 */
class PracticeSpreadTest {

    private static final int UNITS = 8;
    private static final int CONFIGURATIONS = 300;
    private static final ProblemType TYPE = ProblemType.HANDOFFS;
    private static final ChangeParameters CHANGE = HospitalParameters.communityHospital().change();
    private static final double THRESHOLD = CHANGE.adoptionThreshold();
    private static final BiPredicate<Integer, ProblemType> NO_TEAMS = (u, t) -> false;

    /** A random hospital: which units have a working practice of {@link #TYPE}, its effect, and the trust between units. */
    private record Hospital(double[] effect, double[][] trust) {

        static Hospital random(long seed) {
            KeyedRandom random = new KeyedRandom(seed);
            double[] effect = new double[UNITS];
            double[][] trust = new double[UNITS][UNITS];
            for (int u = 0; u < UNITS; u++) {
                effect[u] = random.nextDouble() < 0.4 ? CHANGE.workingFit() + random.nextDouble() * (1 - CHANGE.workingFit()) : 0;
                for (int v = 0; v < u; v++) {
                    // Units that share no patients have no ties; between the others, trust is a sum over tens of ties.
                    double t = random.nextDouble() < 0.3 ? 0 : 8 * random.nextDouble();
                    trust[u][v] = t;
                    trust[v][u] = t;
                }
            }
            return new Hospital(effect, trust);
        }

        Hospital withTrust(double factor) {
            double[][] scaled = new double[UNITS][UNITS];
            for (int u = 0; u < UNITS; u++) {
                for (int v = 0; v < UNITS; v++) {
                    scaled[u][v] = factor * trust[u][v];
                }
            }
            return new Hospital(effect, scaled);
        }

        boolean source(int u) {
            return effect[u] > 0;
        }

        Practices practices() {
            Practices practices = new Practices(UNITS, CHANGE.workingFit(), CHANGE.systemicReach());
            for (int u = 0; u < UNITS; u++) {
                if (source(u)) {
                    practices.put(owned(u, effect[u]));
                }
            }
            return practices;
        }

        /** What the stories of the sources bring unit {@code b}, by the rule the class states. */
        double exposure(int b, double broadcast) {
            double sum = 0;
            for (int a = 0; a < UNITS; a++) {
                if (a != b && source(a)) {
                    sum += (trust[a][b] + broadcast) * effect[a];
                }
            }
            return sum;
        }

        /** The source whose story reaches unit {@code b} most, by the rule the class states; -1 if none. */
        int strongest(int b, double broadcast) {
            int best = -1;
            for (int a = 0; a < UNITS; a++) {
                if (a != b && source(a) && (trust[a][b] + broadcast) * effect[a] > 0
                        && (best < 0 || (trust[a][b] + broadcast) * effect[a] > (trust[best][b] + broadcast) * effect[best])) {
                    best = a;
                }
            }
            return best;
        }

        PracticeSpread heard(Practices practices, double broadcast) {
            PracticeSpread spread = new PracticeSpread(UNITS);
            spread.hear(practices, trust, broadcast);
            return spread;
        }
    }

    private static Practice owned(int u, double effect) {
        return new Practice(u, TYPE, Designer.UNIT, effect, 1, 0, u, Double.POSITIVE_INFINITY);
    }

    /** One problem of {@link #TYPE} on every unit, in status {@code status} there. */
    private static List<Problem> everywhere(Problem.Status status) {
        List<Problem> problems = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            Problem p = new Problem(u, TYPE, Scope.UNIT, new int[] {u}, 0.5, 0, 1000);
            p.setStatus(0, status);
            problems.add(p);
        }
        return problems;
    }

    private static final List<Problem> SEEN = everywhere(Problem.Status.WORKAROUND);

    private static boolean adopts(PracticeSpread spread, int u, double threshold, Practices practices) {
        return spread.adoptable(u, threshold, practices, SEEN, NO_TEAMS) == TYPE;
    }

    @Test
    void aUnitAdoptsOnceTheStoriesItHearsReachTheThresholdAndNotBefore() {
        int checked = 0;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c);
            Practices practices = h.practices();
            for (double broadcast : new double[] {0, 2}) {
                PracticeSpread spread = h.heard(practices, broadcast);
                for (int b = 0; b < UNITS; b++) {
                    double e = h.exposure(b, broadcast);
                    if (h.source(b) || e == 0) {
                        continue;
                    }
                    assertTrue(adopts(spread, b, 0.99 * e, practices), "unit " + b + " did not adopt just below its exposure");
                    assertTrue(!adopts(spread, b, 1.01 * e, practices), "unit " + b + " adopted just above its exposure");
                    assertEquals(e >= THRESHOLD, adopts(spread, b, THRESHOLD, practices), "adoption at the default threshold");
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "too few units heard a story: " + checked);
    }

    @Test
    void moreTrustOnTheTiesAndABroadcastBringMoreUnitsToTheThreshold() {
        int base = 0;
        int trusting = 0;
        int broadcast = 0;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c);
            Hospital more = h.withTrust(1.5);
            Practices practices = h.practices();
            PracticeSpread plain = h.heard(practices, 0);
            PracticeSpread trusted = more.heard(practices, 0);
            PracticeSpread broadcasted = h.heard(practices, 2);
            for (int b = 0; b < UNITS; b++) {
                boolean adopts = adopts(plain, b, THRESHOLD, practices);
                if (adopts) {
                    assertTrue(adopts(trusted, b, THRESHOLD, practices), "more trust stopped an adoption");
                    assertTrue(adopts(broadcasted, b, THRESHOLD, practices), "a broadcast stopped an adoption");
                }
                base += adopts ? 1 : 0;
                trusting += adopts(trusted, b, THRESHOLD, practices) ? 1 : 0;
                broadcast += adopts(broadcasted, b, THRESHOLD, practices) ? 1 : 0;
            }
        }
        System.out.printf("PracticeSpreadTest: units at the threshold: %d; with trust x1.5: %d; with a broadcast of 2: %d%n",
                base, trusting, broadcast);
        assertTrue(trusting > base * 1.1, "more trust brought too few more units to the threshold");
        assertTrue(broadcast > base * 1.1, "a broadcast brought too few more units to the threshold");
    }

    @Test
    void aPracticeWhoseSourceStoppedWorkingIsNotAdoptable() {
        int stopped = 0;
        int turnedElsewhere = 0;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c);
            for (int b = 0; b < UNITS; b++) {
                Practices practices = h.practices();
                PracticeSpread spread = h.heard(practices, 0);
                if (h.source(b) || !adopts(spread, b, THRESHOLD, practices)) {
                    continue;
                }
                int source = spread.source(b, TYPE);
                // Compliance falls below the working fit on the source unit after its story was heard.
                practices.put(new Practice(source, TYPE, Designer.UNIT, h.effect()[source], 0.5 * CHANGE.workingFit(), 0,
                        source, Double.POSITIVE_INFINITY));
                assertTrue(!adopts(spread, b, THRESHOLD, practices), "unit " + b + " adopted from a source that stopped working");
                stopped++;
                // At the next hearing the stopped practice tells no story: the next strongest source's does.
                double[] without = h.effect().clone();
                without[source] = 0;
                Hospital rest = new Hospital(without, h.trust());
                PracticeSpread again = h.heard(practices, 0);
                assertEquals(rest.strongest(b, 0), again.source(b, TYPE), "the source once the first stopped working");
                assertEquals(rest.exposure(b, 0) >= THRESHOLD, adopts(again, b, THRESHOLD, practices),
                        "adoption from the sources still working");
                turnedElsewhere += adopts(again, b, THRESHOLD, practices) ? 1 : 0;
            }
        }
        System.out.printf("PracticeSpreadTest: %d adopters lost their source; %d of them still adopt from another%n",
                stopped, turnedElsewhere);
        assertTrue(stopped > 100 && turnedElsewhere > 0, "too few cases: " + stopped + ", " + turnedElsewhere);
    }

    @Test
    void onlyAPracticeThatWorksAndThatItsUnitOwnsTellsAStory() {
        Practices practices = new Practices(UNITS, CHANGE.workingFit(), CHANGE.systemicReach());
        practices.put(new Practice(0, TYPE, Designer.CENTRAL, 1, 1, 0, -1, 100));
        practices.put(owned(1, 0.9 * CHANGE.workingFit()));
        double[][] trust = new double[UNITS][UNITS];
        for (double[] row : trust) {
            Arrays.fill(row, 100);
        }
        PracticeSpread spread = new PracticeSpread(UNITS);
        spread.hear(practices, trust, 100);
        for (int b = 2; b < UNITS; b++) {
            assertEquals(-1, spread.source(b, TYPE), "a central or failing practice told unit " + b + " a story");
            assertNull(spread.adoptable(b, 0, practices, SEEN, NO_TEAMS), "adoptable without a story");
        }
        practices.put(owned(1, CHANGE.workingFit()));
        spread.hear(practices, trust, 100);
        for (int b = 2; b < UNITS; b++) {
            assertEquals(1, spread.source(b, TYPE), "the working practice its unit owns told no story to unit " + b);
        }
    }

    @Test
    void theSourceIsTheUnitWhoseStoryReachedMost() {
        int checked = 0;
        int neitherMostTrustedNorBest = 0;
        for (int c = 0; c < CONFIGURATIONS; c++) {
            Hospital h = Hospital.random(c);
            Practices practices = h.practices();
            for (double broadcast : new double[] {0, 2}) {
                PracticeSpread spread = h.heard(practices, broadcast);
                for (int b = 0; b < UNITS; b++) {
                    int expected = h.strongest(b, broadcast);
                    assertEquals(expected, spread.source(b, TYPE), "source of unit " + b + ", configuration " + c);
                    if (expected < 0) {
                        continue;
                    }
                    checked++;
                    int mostTrusted = -1;
                    int best = -1;
                    for (int a = 0; a < UNITS; a++) {
                        if (a != b && h.source(a)) {
                            mostTrusted = mostTrusted < 0 || h.trust()[a][b] > h.trust()[mostTrusted][b] ? a : mostTrusted;
                            best = best < 0 || h.effect()[a] > h.effect()[best] ? a : best;
                        }
                    }
                    neitherMostTrustedNorBest += expected != mostTrusted && expected != best ? 1 : 0;
                }
            }
        }
        System.out.printf("PracticeSpreadTest: %d sources checked, %d of them neither the most trusted nor the best%n",
                checked, neitherMostTrustedNorBest);
        assertTrue(neitherMostTrustedNorBest > 10, "the configurations do not tell reach from trust or result alone");
    }

    @Test
    void aBroadcastTurnsTheSourceTowardTheBetterResult() {
        // Unit 0's story comes on strong ties with a modest result, unit 1's on weak ties with a better one.
        Practices practices = new Practices(UNITS, CHANGE.workingFit(), CHANGE.systemicReach());
        practices.put(owned(0, 0.3));
        practices.put(owned(1, 0.6));
        double[][] trust = new double[UNITS][UNITS];
        trust[0][2] = trust[2][0] = 3;
        trust[1][2] = trust[2][1] = 1;
        PracticeSpread spread = new PracticeSpread(UNITS);
        spread.hear(practices, trust, 0);
        assertEquals(0, spread.source(2, TYPE), "without a broadcast the stronger ties carry the story furthest");
        spread.hear(practices, trust, 2);
        assertEquals(1, spread.source(2, TYPE), "with a broadcast the better result reaches furthest");
    }

    @Test
    void aUnitThatSeesNoSuchProblemHasAWorkingPracticeOrATeamOnItDoesNotAdopt() {
        Practices practices = new Practices(UNITS, CHANGE.workingFit(), CHANGE.systemicReach());
        practices.put(owned(0, 1));
        double[][] trust = new double[UNITS][UNITS];
        for (int b = 1; b < UNITS; b++) {
            trust[0][b] = trust[b][0] = 2 * THRESHOLD;
        }
        PracticeSpread spread = new PracticeSpread(UNITS);
        spread.hear(practices, trust, 0);
        assertEquals(TYPE, spread.adoptable(1, THRESHOLD, practices, everywhere(Problem.Status.WORKAROUND), NO_TEAMS));
        assertEquals(TYPE, spread.adoptable(1, THRESHOLD, practices, everywhere(Problem.Status.RAISED), NO_TEAMS));
        assertNull(spread.adoptable(1, THRESHOLD, practices, everywhere(Problem.Status.UNSEEN), NO_TEAMS),
                "adopted for a problem nobody has noticed");
        assertNull(spread.adoptable(1, THRESHOLD, practices, everywhere(Problem.Status.FIXED), NO_TEAMS),
                "adopted for a problem already fixed");
        assertNull(spread.adoptable(1, THRESHOLD, practices, SEEN, (u, t) -> u == 1 && t == TYPE),
                "adopted while a team works on it");
        practices.put(owned(1, CHANGE.workingFit()));
        assertNull(spread.adoptable(1, THRESHOLD, practices, SEEN, NO_TEAMS), "adopted over a working practice");
    }
}
