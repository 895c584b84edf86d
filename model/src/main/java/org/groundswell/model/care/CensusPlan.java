package org.groundswell.model.care;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;

/**
 * What a hospital plans on: the patients expected to enter each unit through its routes, the census each
 * unit is expected to hold, and which units exchange patients. The staffing plan and the physician group are
 * sized on these, as a hospital budgets on the census it expects; the staff network and the departments of
 * problems follow the routes.
 */
public final class CensusPlan {

    /** Rounds of the fixed-point iteration of the inflow: routes are short, so it has long converged. */
    private static final int INFLOW_ITERATIONS = 200;

    private CensusPlan() {
    }

    /**
     * The census each unit is expected to hold when staffed to plan: the flow of patients through the units'
     * routes times each unit's stay, stretched by the delay of the planned load and by the days serious
     * adverse events add. Readmissions are counted at the base readmission rate.
     *
     * @param plannedOverload patients per nurse of the plan above the sustainable load (0 if none)
     */
    public static double[] expectedCensus(List<UnitParameters> units, CareParameters care, double plannedOverload) {
        int n = units.size();
        double[] inflow = expectedInflow(units, care.readmissionRate());
        double stretch = 1 + care.delayPerPatient() * plannedOverload;
        double[] census = new double[n];
        for (int u = 0; u < n; u++) {
            UnitParameters unit = units.get(u);
            double risk = 1 + (care.highAcuityRisk() - 1) * unit.highAcuityShare();
            double harmDays = care.adverseEventRate() * risk * care.seriousShare() * care.seriousHarmExtraDays();
            census[u] = inflow[u] * unit.meanStayDays() * (1 + harmDays) * stretch;
        }
        return census;
    }

    /** Patients a day expected to enter each unit, from outside and by transfer (readmissions included). */
    public static double[] expectedInflow(List<UnitParameters> units, double readmissionRate) {
        int n = units.size();
        double readmit = 1 + readmissionRate;
        double[] inflow = new double[n];
        for (int iteration = 0; iteration < INFLOW_ITERATIONS; iteration++) {
            double[] next = new double[n];
            for (int u = 0; u < n; u++) {
                next[u] += units.get(u).admissionsPerDay() * readmit;
                for (Transfer t : units.get(u).transfers()) {
                    next[indexOf(units, t.to())] += inflow[u] * t.share();
                }
            }
            inflow = next;
        }
        return inflow;
    }

    /** For each unit, the units it exchanges patients with, in index order. */
    public static int[][] neighbours(List<UnitParameters> units) {
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            sets.add(new TreeSet<>());
        }
        for (int u = 0; u < units.size(); u++) {
            for (Transfer t : units.get(u).transfers()) {
                int v = indexOf(units, t.to());
                sets.get(u).add(v);
                sets.get(v).add(u);
            }
        }
        int[][] out = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            out[u] = sets.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The index of the unit called {@code name}, or -1. */
    public static int indexOf(List<UnitParameters> units, String name) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
