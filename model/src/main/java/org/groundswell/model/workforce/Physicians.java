package org.groundswell.model.workforce;

import java.io.Serializable;

import org.groundswell.model.care.UnitState;

import ec.util.MersenneTwisterFast;

/**
 * The physician group. Each physician has a home unit and rounds on {@code unitsPerPhysician} units in all,
 * the others chosen among the units its home unit sends patients to or receives them from (so physicians
 * span the boundaries patients cross). The group shares its census, as hospitalist groups do, so the load
 * is the hospital's census per physician on duty (Elliott et al. 2014); above the sustainable load, care
 * slows on every unit.
 */
public final class Physicians implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PhysicianParameters parameters;
    private final int[][] unitsOf;
    private final double onDuty;

    /**
     * Sizes the group for the expected census and assigns each physician's units.
     *
     * @param neighbours for each unit, the units it exchanges patients with, in a fixed order
     */
    public Physicians(PhysicianParameters parameters, UnitState[] units, double[] expectedCensus,
                      int[][] neighbours, MersenneTwisterFast stream) {
        this.parameters = parameters;
        double total = 0;
        for (double c : expectedCensus) {
            total += c;
        }
        double onDutyShare = parameters.daysPerWeek() / 7.0;
        int count = Math.max(1, (int) Math.ceil(total / parameters.patientsPerPhysician() / onDutyShare));
        this.unitsOf = new int[count][];
        this.onDuty = count * onDutyShare;

        // Home units in proportion to expected census: largest-remainder apportionment, deterministic.
        int[] homes = apportion(expectedCensus, count);
        int p = 0;
        for (int u = 0; u < units.length; u++) {
            for (int k = 0; k < homes[u]; k++, p++) {
                int[] candidates = neighbours[u];
                int n = Math.min(parameters.unitsPerPhysician(), 1 + candidates.length);
                int[] assigned = new int[n];
                assigned[0] = u;
                int[] pool = candidates.clone();
                for (int j = 1; j < n; j++) {
                    int pick = j - 1 + stream.nextInt(pool.length - (j - 1));
                    int tmp = pool[j - 1];
                    pool[j - 1] = pool[pick];
                    pool[pick] = tmp;
                    assigned[j] = pool[j - 1];
                }
                unitsOf[p] = assigned;
            }
        }
    }

    private static int[] apportion(double[] weights, int count) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] out = new int[weights.length];
        double[] remainder = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total > 0 ? weights[i] / total * count : (double) count / weights.length;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            assigned += out[i];
        }
        while (assigned < count) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainder[best] = -1;
            assigned++;
        }
        return out;
    }

    /** The share by which physician overload slows care today, given the hospital's census. */
    public double delay(double census) {
        double load = census / onDuty;
        return parameters.delayPerExtraPatient() * Math.max(0, load - parameters.sustainableLoad());
    }

    /** Patients per physician on duty at the given census. */
    public double load(double census) {
        return census / onDuty;
    }

    /** Number of physicians. */
    public int count() {
        return unitsOf.length;
    }

    /** The units physician {@code p} rounds on, home unit first (a copy). */
    public int[] unitsOf(int p) {
        return unitsOf[p].clone();
    }
}
