package org.groundswell.model.culture;

import org.junit.jupiter.api.Test;

import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Voice: once a week staff raise each problem they work around with their unit's speak-up probability, which
 * rises with psychological safety; each day each unit's manager fixes a Poisson number of the problems raised
 * there ({@code leadership.managerFixesPerYear} a year), the most severe first, and each fix raises the unit's
 * safety by {@code culture.safetyGainPerFix}. Each arm of a comparison holds the same problems and meets the same
 * draws (they are keyed by problem, unit and day), so a problem raised at lower safety is raised at higher
 * safety too. Counts are over the default hospital's eight units and several seeds; tolerances are three
 * standard errors.
 */
class VoiceTest {

    private static final int SEEDS = 10;
    private static final int PROBLEMS_PER_UNIT = 200;

    private static HospitalParameters hospital(long seed, double safety, double fixesPerYear) {
        HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
        return p.withCulture(p.culture().withPsychologicalSafety(safety))
                .withLeadership(p.leadership().withManagerFixesPerYear(fixesPerYear));
    }

    @Test
    void withMorePsychologicalSafetyMoreWorkedAroundProblemsAreRaisedEachWeek() {
        double[] levels = {0.3, 0.6, 0.9};
        double[] share = new double[levels.length];
        for (int seed = 1; seed <= SEEDS; seed++) {
            boolean[][] raised = new boolean[levels.length][];
            for (int a = 0; a < levels.length; a++) {
                CultureFixture f = new CultureFixture(hospital(seed, levels[a], 0));
                f.perUnit(PROBLEMS_PER_UNIT, Status.WORKAROUND);
                Voice voice = new Voice(f.problems, f.culture, f.parameters.leadership());
                for (int day = 1; day < Calendar.DAYS_PER_WEEK; day++) {
                    voice.day(day);
                }
                assertEquals(0, count(f, Status.RAISED), "problems raised before the week's day of voice");
                voice.day(Calendar.DAYS_PER_WEEK);
                double expected = 0;
                double variance = 0;
                for (int u = 0; u < f.units; u++) {
                    double q = f.culture.speakUpProbability(u);
                    expected += PROBLEMS_PER_UNIT * q;
                    variance += PROBLEMS_PER_UNIT * q * (1 - q);
                }
                int n = count(f, Status.RAISED);
                assertEquals(expected, n, 3 * Math.sqrt(variance), "problems raised at safety " + levels[a] + ", seed " + seed);
                share[a] += (double) n / (PROBLEMS_PER_UNIT * f.units) / SEEDS;
                raised[a] = new boolean[f.problems.all().size()];
                for (int i = 0; i < raised[a].length; i++) {
                    raised[a][i] = f.problems.all().get(i).status(0) == Status.RAISED;
                }
            }
            for (int a = 1; a < levels.length; a++) {
                for (int i = 0; i < raised[a].length; i++) {
                    assertTrue(!raised[a - 1][i] || raised[a][i], "a problem raised at lower safety but not at higher");
                }
            }
        }
        System.out.printf("VoiceTest: share of worked-around problems raised in a week at safety 0.3/0.6/0.9: "
                + "%.3f/%.3f/%.3f, over %d problems each%n", share[0], share[1], share[2], SEEDS * PROBLEMS_PER_UNIT * 8);
        // The share's standard error is below 0.005 at each level: each step is many times that.
        for (int a = 1; a < levels.length; a++) {
            assertTrue(share[a] > share[a - 1] + 0.03, "more safety raised too few more problems: " + share[a - 1]
                    + " -> " + share[a]);
        }
    }

    private static int count(CultureFixture f, Status status) {
        int n = 0;
        for (Problem p : f.problems.all()) {
            for (int k = 0; k < p.reach(); k++) {
                n += p.status(k) == status ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void managersFixRaisedProblemsAtManagerFixesPerYearMostSevereFirstAndEachFixRaisesSafety() {
        int years = 5;
        for (double perYear : new double[] {4, 12}) {
            long fixes = 0;
            int units = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                HospitalParameters p = hospital(seed, 0.3, perYear);
                p = p.withCulture(p.culture().withSafetyGainPerFix(0.005));
                CultureFixture f = new CultureFixture(p);
                f.perUnit(2 * years * (int) perYear + 20, Status.RAISED);
                Voice voice = new Voice(f.problems, f.culture, f.parameters.leadership());
                units = f.units;
                double gain = p.culture().safetyGainPerFix();
                for (int day = 0; day < years * Calendar.DAYS_PER_YEAR; day++) {
                    double[] safety = new double[units];
                    long[] before = new long[units];
                    for (int u = 0; u < units; u++) {
                        safety[u] = f.culture.safety(u);
                        before[u] = f.problems.fixesOn(u);
                    }
                    voice.day(day);
                    for (int u = 0; u < units; u++) {
                        long today = f.problems.fixesOn(u) - before[u];
                        assertEquals(Math.min(1, safety[u] + today * gain), f.culture.safety(u), 1e-12,
                                "safety after " + today + " fixes on unit " + u + ", day " + day);
                    }
                }
                for (int u = 0; u < units; u++) {
                    fixes += f.problems.fixesOn(u);
                    double leastFixed = Double.POSITIVE_INFINITY;
                    double worstLeft = 0;
                    for (Problem q : f.problems.all()) {
                        if (q.unit(0) == u) {
                            if (q.status(0) == Status.FIXED) {
                                leastFixed = Math.min(leastFixed, q.severity());
                            } else {
                                worstLeft = Math.max(worstLeft, q.severity());
                            }
                        }
                    }
                    assertTrue(f.problems.fixesOn(u) > 0 && leastFixed >= worstLeft,
                            "a manager fixed a less severe problem before a more severe one, unit " + u + ", seed " + seed);
                }
            }
            double expected = perYear * years * units * SEEDS;
            System.out.printf("VoiceTest: managerFixesPerYear %.0f: %d fixes vs %.0f expected (SD %.1f)%n", perYear, fixes,
                    expected, Math.sqrt(expected));
            assertEquals(expected, fixes, 3 * Math.sqrt(expected), "fixes at managerFixesPerYear " + perYear);
        }
    }
}
