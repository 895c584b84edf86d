package org.groundswell.experiments.design;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The design of a Morris elementary-effects screening ({@code type: morris}): r random trajectories through a
 * grid on the unit hypercube [0, 1]<sup>k</sup>, each of k + 1 points, where every step changes exactly one
 * parameter by ±Δ — r(k + 1) points in all. Each step gives one elementary effect of the parameter that moved;
 * {@code org.groundswell.experiments.sensitivity.MorrisAnalysis} turns the r effects of each parameter into μ,
 * μ* and σ, from the {@link Trajectories} the points were drawn as.
 *
 * <p><b>The grid.</b> Each parameter takes one of p levels {0, 1/(p−1), 2/(p−1), …, 1}, p even. The step is
 * Δ = p / (2(p−1)), the value Morris recommends: it makes every level equally likely to be visited, and every
 * step joins a level in the lower half of the grid to its partner in the upper half. With p = 4 (the usual
 * choice) the levels are 0, 1/3, 2/3, 1 and Δ = 2/3.
 *
 * <p><b>A trajectory</b> (Morris 1991's randomised orientation matrix B*, written out step by step as in
 * Saltelli et al. 2008, chapter 3) is built from three random choices:
 * <ol>
 *   <li>a base point x* whose coordinates are levels in {0, …, 1 − Δ}, so that x* + Δ stays on the grid;</li>
 *   <li>a direction for each parameter, up or down with equal probability: a parameter going up starts at
 *       x*<sub>i</sub> and moves to x*<sub>i</sub> + Δ; one going down starts at x*<sub>i</sub> + Δ and moves
 *       to x*<sub>i</sub>;</li>
 *   <li>a random order in which the parameters move, one per step.</li>
 * </ol>
 * Row 0 of a trajectory is its starting point, row s (s = 1, …, k) the point after the s-th parameter in the
 * order has moved. Trajectory t occupies rows t(k+1) to t(k+1)+k of the points. Every coordinate is computed
 * as level/(p−1) from an integer level, so points lie exactly on the grid, inside [0, 1].
 *
 * <p>The choices come from a Commons Math {@link MersenneTwister} seeded with the experiment's seed, in a
 * fixed order (for each trajectory: for each parameter its base level and direction, then the order by a
 * Fisher–Yates shuffle), so the same file always gives the same points (and run ids) on every machine. The
 * trajectories are drawn at random; the space-filling selection of Campolongo, Cariboni &amp; Saltelli
 * (2007), which picks the r most spread out of many candidates, is not done here.
 *
 * <p>Choose p = 4 (the usual) and r = 10 to 50; a listed parameter with m values, m even, is best screened
 * with p = m, so that each grid level is one of its values.
 *
 * <p>References:
 * <ul>
 *   <li>Morris, M. D. (1991). Factorial sampling plans for preliminary computational experiments.
 *       <i>Technometrics</i> 33(2), 161–174. doi:10.1080/00401706.1991.10484804</li>
 *   <li>Campolongo, F., Cariboni, J. &amp; Saltelli, A. (2007). An effective screening design for sensitivity
 *       analysis of large models. <i>Environmental Modelling &amp; Software</i> 22(10), 1509–1518.
 *       doi:10.1016/j.envsoft.2006.10.004</li>
 *   <li>Saltelli, A., Ratto, M., Andres, T., Campolongo, F., Cariboni, J., Gatelli, D., Saisana, M. &amp;
 *       Tarantola, S. (2008). <i>Global Sensitivity Analysis: The Primer</i>. Wiley. Chapter 3.</li>
 * </ul>
 *
 * @param trajectories r, at least 2, so that σ is defined
 * @param levels       p, even, at least 2
 */
public record MorrisDesign(int trajectories, int levels) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "morris";
    /** The levels when the file gives none: the usual choice (Morris 1991; Saltelli et al. 2008). */
    public static final int DEFAULT_LEVELS = 4;
    /** The most levels a file may ask for. */
    public static final int MAX_LEVELS = 100;

    public MorrisDesign {
        Counts.atLeast("trajectories", trajectories, 2);
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels = " + levels + ": an even whole number of at least 2");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long size(List<SweptParameter> parameters) {
        return (long) trajectories * (parameters.size() + 1);
    }

    @Override
    public double[][] points(List<SweptParameter> parameters, long seed) {
        return draw(parameters.size(), seed).points();
    }

    /** Δ = p / (2(p−1)), the size of every step. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * Draws the trajectories: the points, and which parameter moves at each step, which the analysis needs
     * besides the points.
     *
     * @param factors k, the number of swept parameters (at least 1)
     * @param seed    the experiment's seed
     * @return r(k + 1) points in [0, 1]<sup>k</sup>, the same as {@link #points} gives, every time
     * @throws IllegalArgumentException when {@code factors} is below 1
     */
    public Trajectories draw(int factors, long seed) {
        Counts.atLeast("factors", factors, 1);
        int rows = Counts.product("trajectories x (factors + 1)", trajectories, factors + 1);
        Counts.product("design size", rows, factors);

        RandomGenerator random = new MersenneTwister(seed);
        int half = levels / 2;               // Δ in units of levels, and the number of admissible base levels
        double spacing = 1.0 / (levels - 1);
        double[][] points = new double[rows][];
        int[][] moved = new int[trajectories][];
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[factors];
            int[] step = new int[factors];
            for (int i = 0; i < factors; i++) {
                int base = random.nextInt(half);
                boolean up = random.nextBoolean();
                level[i] = up ? base : base + half;
                step[i] = up ? half : -half;
            }
            int[] order = shuffled(factors, random);
            int row = t * (factors + 1);
            points[row] = scaled(level, spacing);
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                level[i] += step[i];
                points[row + s + 1] = scaled(level, spacing);
            }
            moved[t] = order;
        }
        return new Trajectories(this, factors, points, moved);
    }

    private static int[] shuffled(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static double[] scaled(int[] level, double spacing) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] * spacing;
        }
        return x;
    }

    /**
     * Trajectories drawn for k parameters: their points, trajectory after trajectory, and which parameter
     * moves at each step.
     */
    public static final class Trajectories {

        private final MorrisDesign design;
        private final int factors;
        private final double[][] points;
        /** moved[t][s] is the parameter that changes between rows s and s+1 of trajectory t. */
        private final int[][] moved;

        private Trajectories(MorrisDesign design, int factors, double[][] points, int[][] moved) {
            this.design = design;
            this.factors = factors;
            this.points = points;
            this.moved = moved;
        }

        /** The design they were drawn from: r, p and Δ. */
        public MorrisDesign design() {
            return design;
        }

        /** k, the number of parameters. */
        public int factors() {
            return factors;
        }

        /** The number of points, r(k+1): the number of model runs the design asks for. */
        public int size() {
            return points.length;
        }

        /** A copy of all points, {@link #size()} rows of k coordinates, trajectory after trajectory. */
        public double[][] points() {
            double[][] copy = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                copy[i] = points[i].clone();
            }
            return copy;
        }

        /**
         * The parameter that changes on a step of a trajectory.
         *
         * @param trajectory from 0 to r − 1
         * @param step       from 0 to k − 1: the move from row {@code step} to row {@code step + 1} of the
         *                   trajectory
         * @return the parameter's index, from 0 to k − 1
         */
        public int movedFactor(int trajectory, int step) {
            return moved[trajectory][step];
        }

        /**
         * The signed change of the parameter that moves on a step of a trajectory.
         *
         * @param trajectory from 0 to r − 1
         * @param step       from 0 to k − 1
         * @return Δ for a step up, −Δ for a step down
         */
        public double step(int trajectory, int step) {
            int i = moved[trajectory][step];
            int from = trajectory * (factors + 1) + step;
            return points[from + 1][i] > points[from][i] ? design.delta() : -design.delta();
        }
    }
}
