package org.groundswell.experiments.design;

import java.util.List;

/**
 * Every combination of every parameter's levels: a full factorial design. A range takes {@code levels} evenly
 * spaced values from min to max inclusive (its own {@code levels} if it gives one); a list takes each of its
 * values. Points are listed as nested loops, the first parameter varying slowest. Grows as the product of the
 * levels: 5 levels of 4 parameters are 625 points. Best for one or two parameters, or to see a heat map.
 *
 * @param levels levels of a range that does not give its own, at least 2 (0 when every parameter does)
 */
public record GridDesign(int levels) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "grid";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long size(List<SweptParameter> parameters) {
        long size = 1;
        try {
            for (SweptParameter p : parameters) {
                size = Math.multiplyExact(size, p.gridLevels(levels));
            }
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
        return size;
    }

    @Override
    public double[][] points(List<SweptParameter> parameters, long seed) {
        int k = parameters.size();
        int[] counts = new int[k];
        for (int i = 0; i < k; i++) {
            counts[i] = parameters.get(i).gridLevels(levels);
        }
        long size = size(parameters);
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a grid of " + size + " points is too large");
        }
        double[][] points = new double[(int) size][k];
        int[] level = new int[k];
        for (double[] point : points) {
            for (int i = 0; i < k; i++) {
                point[i] = parameters.get(i).gridCoordinate(level[i], counts[i]);
            }
            for (int i = k - 1; i >= 0; i--) {
                if (++level[i] < counts[i]) {
                    break;
                }
                level[i] = 0;
            }
        }
        return points;
    }
}
