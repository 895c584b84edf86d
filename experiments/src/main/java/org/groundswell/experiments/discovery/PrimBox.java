package org.groundswell.experiments.discovery;

import java.util.Arrays;

/**
 * A box in parameter space, as PRIM finds it: for each dimension an inclusive lower and upper limit, −∞ or +∞
 * where the box does not restrict that dimension, with how many points it holds and how good it is.
 *
 * <ul>
 *   <li><b>coverage</b>: the share of all the points of interest (where the rule holds) that the box holds;</li>
 *   <li><b>density</b>: the share of the box's points that are of interest;</li>
 *   <li><b>mass</b>: the share of all points that the box holds.</li>
 * </ul>
 * These are the measures of Bryant &amp; Lempert (2010): a useful box has high coverage (it explains most of the
 * cases), high density (inside it, the rule nearly always holds) and few restrictions (people can read it).
 *
 * @param lower      the lowest value of each dimension in the box, −∞ when not restricted
 * @param upper      the highest value of each dimension in the box, +∞ when not restricted
 * @param points     the points in the box
 * @param ofInterest of them, the points of interest
 * @param coverage   ofInterest / all the points of interest
 * @param density    ofInterest / points
 * @param mass       points / all points
 */
public record PrimBox(double[] lower, double[] upper, int points, int ofInterest, double coverage, double density,
                      double mass) {

    public PrimBox {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper: one limit of each per dimension");
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The box that restricts nothing. */
    static double[][] unrestricted(int dimensions) {
        double[] lo = new double[dimensions];
        double[] hi = new double[dimensions];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new double[][] {lo, hi};
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** Whether dimension {@code j} is restricted at either end. */
    public boolean restricts(int j) {
        return lower[j] != Double.NEGATIVE_INFINITY || upper[j] != Double.POSITIVE_INFINITY;
    }

    /** How many dimensions the box restricts. */
    public int restrictions() {
        int n = 0;
        for (int j = 0; j < lower.length; j++) {
            n += restricts(j) ? 1 : 0;
        }
        return n;
    }

    /** Whether point {@code x} lies in the box. */
    public boolean contains(double[] x) {
        for (int j = 0; j < lower.length; j++) {
            if (x[j] < lower[j] || x[j] > upper[j]) {
                return false;
            }
        }
        return true;
    }
}
