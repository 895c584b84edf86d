package org.groundswell.model.culture;

import org.junit.jupiter.api.Test;

import org.groundswell.model.coordination.Dimension;
import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.improvement.ProblemBurden;
import org.groundswell.model.improvement.ProblemStock;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workplace strain: each unit's staff carry {@code culture.moralInjuryStrain} per unit of severity of the problems
 * they work around in silence, less {@code coordination.strainEffect} per RC point of respect and shared goals
 * among them above {@code coordination.referenceRc}. A problem raised with the manager, or not yet seen, weighs
 * nothing. Checked on several seeds' networks, with random problems added one at a time.
 */
class WorkplaceStrainTest {

    private static final int SEEDS = 3;

    private static WorkplaceStrain strain(CultureFixture f) {
        HospitalParameters p = f.parameters;
        ProblemBurden burden = new ProblemBurden(f.problems, p.problems(), p.culture().workaroundRelief(), f.network.units);
        return new WorkplaceStrain(burden, f.network.coordination, f.network.units, p.culture().moralInjuryStrain(),
                p.coordination().strainEffect(), p.coordination().referenceRc());
    }

    private static double[] extraStrain(CultureFixture f, WorkplaceStrain strain) {
        strain.day(0);
        double[] out = new double[f.units];
        for (int u = 0; u < f.units; u++) {
            out[u] = f.network.units[u].extraStrain();
        }
        return out;
    }

    @Test
    void moreSilentWorkaroundsRaiseAUnitsExtraStrainAndRaisedProblemsDoNot() {
        double largest = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            CultureFixture f = new CultureFixture(HospitalParameters.communityHospital().withSeed(seed));
            WorkplaceStrain strain = strain(f);
            double moral = f.parameters.culture().moralInjuryStrain();
            double[] before = extraStrain(f, strain);
            double[] silent = new double[f.units];
            KeyedRandom random = new KeyedRandom(seed);
            Status[] statuses = {Status.WORKAROUND, Status.RAISED, Status.UNSEEN};
            for (int k = 0; k < 200; k++) {
                int u = (int) (random.nextDouble() * f.units);
                Status status = statuses[(int) (random.nextDouble() * statuses.length)];
                double severity = Math.min(1, f.parameters.problems().meanSeverity() * random.nextExponential());
                ProblemStock.add(f.problems, ProblemType.values()[k % ProblemType.values().length], new int[] {u},
                        severity, status);
                silent[u] += status == Status.WORKAROUND ? severity : 0;
                double[] now = extraStrain(f, strain);
                for (int v = 0; v < f.units; v++) {
                    assertEquals(before[v] + moral * silent[v], now[v], 1e-12,
                            "extra strain on unit " + v + " after " + (k + 1) + " problems, seed " + seed);
                }
            }
            double[] now = extraStrain(f, strain);
            for (int u = 0; u < f.units; u++) {
                assertTrue(now[u] > before[u] + 0.1 * moral, "too little silent severity on unit " + u + " to tell");
                largest = Math.max(largest, now[u] - before[u]);
            }
        }
        System.out.printf("WorkplaceStrainTest: silent workarounds added up to %.3f log-odds of strain on a unit%n", largest);
    }

    @Test
    void betterRespectAndSharedGoalsLowerAUnitsExtraStrain() {
        double delta = 0.3;
        for (int seed = 1; seed <= SEEDS; seed++) {
            HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
            CultureFixture base = new CultureFixture(p);
            CultureFixture better = new CultureFixture(p);
            base.perUnit(10, Status.WORKAROUND);
            better.perUnit(10, Status.WORKAROUND);
            better.network.coordination.boost(Dimension.MUTUAL_RESPECT, delta, true, false);
            better.network.coordination.boost(Dimension.SHARED_GOALS, delta, true, false);
            better.network.score();
            double[] strained = extraStrain(base, strain(base));
            double[] supported = extraStrain(better, strain(better));
            for (int u = 0; u < base.units; u++) {
                double rise = better.network.coordination.relationship(u) - base.network.coordination.relationship(u);
                String where = base.network.units[u].parameters().name() + ", seed " + seed;
                assertTrue(rise > 0.5 * delta, "respect and shared goals rose too little on " + where + ": " + rise);
                assertEquals(strained[u] - p.coordination().strainEffect() * rise, supported[u], 1e-12, "strain on " + where);
                assertTrue(supported[u] < strained[u], "better relationships did not lower strain on " + where);
                if (seed == 1 && u == 4) {
                    System.out.printf("WorkplaceStrainTest: respect and shared goals +%.3f on %s: strain %.3f -> %.3f%n",
                            rise, base.network.units[u].parameters().name(), strained[u], supported[u]);
                }
            }
        }
    }
}
