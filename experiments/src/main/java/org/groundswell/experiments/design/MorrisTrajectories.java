package org.groundswell.experiments.design;

import java.util.List;

import org.groundswell.experiments.sensitivity.MorrisDesign;

/**
 * The design of a Morris screening ({@code type: morris}): r random trajectories through a grid of p levels per
 * parameter, each of k + 1 points that differ from the one before in a single parameter, by a step of
 * Δ = p / (2(p − 1)) of its range — r(k + 1) points in all. Each step gives one elementary effect of the
 * parameter that moved; {@code org.groundswell.experiments.sensitivity.MorrisAnalysis} turns the r effects of
 * each parameter into μ, μ* and σ. The trajectories are {@link MorrisDesign}'s, drawn from the experiment's
 * seed, so the same file always gives the same points (and run ids).
 *
 * <p>Choose p = 4 (the usual) and r = 10 to 50; a listed parameter with m values, m even, is best screened
 * with p = m, so that each grid level is one of its values.
 *
 * <p>References: Morris, M. D. (1991). Factorial sampling plans for preliminary computational experiments.
 * <i>Technometrics</i> 33(2), 161–174. doi:10.1080/00401706.1991.10484804. Campolongo, F., Cariboni, J. &amp;
 * Saltelli, A. (2007). An effective screening design for sensitivity analysis of large models.
 * <i>Environmental Modelling &amp; Software</i> 22(10), 1509–1518. doi:10.1016/j.envsoft.2006.10.004
 *
 * @param trajectories r, at least 2
 * @param levels       p, even, at least 2
 */
public record MorrisTrajectories(int trajectories, int levels) implements Design {

    /** The type name in experiment files. */
    public static final String TYPE = "morris";
    /** The levels when the file gives none: the usual choice (Morris 1991; Saltelli et al. 2008). */
    public static final int DEFAULT_LEVELS = 4;
    /** The most levels a file may ask for. */
    public static final int MAX_LEVELS = 100;

    public MorrisTrajectories {
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories = " + trajectories + ": a whole number of at least 2");
        }
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
        return design(parameters.size(), seed).points();
    }

    /**
     * The trajectories, with which factor moves at each step: what the analysis needs besides the points.
     *
     * @param factors k, the number of swept parameters
     * @param seed    the experiment's seed
     * @return the same design as {@link #points} gives, every time
     */
    public MorrisDesign design(int factors, long seed) {
        return MorrisDesign.generate(factors, trajectories, levels, seed);
    }
}
