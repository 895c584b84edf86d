package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.Rule;
import org.groundswell.experiments.design.SweptParameter;

/**
 * Where one rule holds: each distinct design point classified over its replications, and the boxes PRIM found.
 *
 * @param rule       the rule
 * @param parameters the swept parameters, the dimensions of the boxes
 * @param points     the distinct design points that have a value, in design order
 * @param x          their coordinates for PRIM, a row per point: a number's value, a listed value's position
 * @param difference at each, the mean paired difference (strategy − beats) over the replications
 * @param share      at each, the share of replications in which the rule held
 * @param holds      at each, whether the rule holds (the mean difference is on the rule's side of 0)
 * @param missing    distinct points left out because no replication gave a value
 * @param prim       what PRIM found
 */
public record RuleDiscovery(Rule rule, List<SweptParameter> parameters, int[] points, double[][] x,
                            double[] difference, double[] share, boolean[] holds, int missing, Prim.Result prim) {

    /** The points where the rule holds. */
    public int held() {
        int n = 0;
        for (boolean h : holds) {
            n += h ? 1 : 0;
        }
        return n;
    }

    /** The share of replications in which the rule held, over the points in {@code box} (NaN if none). */
    public double replicationShare(PrimBox box) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (box.contains(x[i])) {
                sum += share[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The share of replications in which the rule held, over every point. */
    public double replicationShare() {
        double sum = 0;
        for (double s : share) {
            sum += s;
        }
        return share.length == 0 ? Double.NaN : sum / share.length;
    }

    /** The indices of the parameters a box restricts, in the experiment's order. */
    public static List<Integer> restricted(PrimBox box) {
        List<Integer> r = new ArrayList<>();
        for (int j = 0; j < box.lower().length; j++) {
            if (box.restricts(j)) {
                r.add(j);
            }
        }
        return r;
    }
}
