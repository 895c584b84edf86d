package org.groundswell.experiments.calibration;

import java.util.Locale;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import org.groundswell.experiments.output.Numbers;

/**
 * What is believed about a calibrated parameter before the hospital's figures are seen: a distribution
 * (Apache Commons Math) cut to the range {@code [lower, upper]} the parameter may take. The cut keeps every
 * draw a valid setting of the scenario; the density is the distribution's, renormalisation left out, because
 * ABC-SMC weights need the density only up to a constant.
 *
 * <p>Draws use the inverse of the cumulative distribution, so that one uniform number gives one draw: the
 * same generator state gives the same value on every machine.
 *
 * @param kind         {@code uniform}, {@code normal}, {@code log-normal} or {@code beta}
 * @param distribution the distribution before the cut; a beta is over [0, 1] and scaled to the range
 * @param lower        smallest value
 * @param upper        largest value, above {@code lower}
 * @param description  the prior in words, for the report: {@code normal(mean 0.4, sd 0.1) on [0, 1]}
 */
public record Prior(String kind, RealDistribution distribution, double lower, double upper, String description) {

    /** The kinds of prior a calibration file can ask for. */
    public static final java.util.List<String> KINDS = java.util.List.of("uniform", "normal", "log-normal", "beta");

    public Prior {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("a prior's upper bound " + upper + " must be above its lower " + lower);
        }
    }

    /** Uniform on {@code [lower, upper]}. */
    public static Prior uniform(double lower, double upper) {
        return new Prior("uniform", new UniformRealDistribution(null, lower, upper), lower, upper,
                "uniform on " + range(lower, upper));
    }

    /** Normal with {@code mean} and {@code sd}, cut to {@code [lower, upper]}. */
    public static Prior normal(double mean, double sd, double lower, double upper) {
        return new Prior("normal", new NormalDistribution(null, mean, sd), lower, upper,
                "normal(mean " + n(mean) + ", sd " + n(sd) + ") on " + range(lower, upper));
    }

    /** Log-normal with median {@code median} and {@code sdlog} the sd of the log, cut to the range. */
    public static Prior logNormal(double median, double sdlog, double lower, double upper) {
        return new Prior("log-normal", new LogNormalDistribution(null, Math.log(median), sdlog), lower, upper,
                "log-normal(median " + n(median) + ", sdlog " + n(sdlog) + ") on " + range(lower, upper));
    }

    /** Beta(alpha, beta) stretched from [0, 1] over {@code [lower, upper]}. */
    public static Prior beta(double alpha, double beta, double lower, double upper) {
        return new Prior("beta", new BetaDistribution(null, alpha, beta), lower, upper,
                "beta(" + n(alpha) + ", " + n(beta) + ") over " + range(lower, upper));
    }

    private boolean scaled() {
        return kind.equals("beta");
    }

    /** The density at {@code x}, up to a constant; 0 outside the range. */
    public double density(double x) {
        if (!(x >= lower && x <= upper)) {
            return 0;
        }
        return scaled() ? distribution.density((x - lower) / (upper - lower)) : distribution.density(x);
    }

    /** The probability mass of the range under the distribution before the cut. */
    private double[] massBounds() {
        if (scaled()) {
            return new double[] {0, 1};
        }
        return new double[] {distribution.cumulativeProbability(lower), distribution.cumulativeProbability(upper)};
    }

    /**
     * One draw.
     *
     * @param random the generator, which advances by one number
     * @return a value in the range
     */
    public double sample(RandomGenerator random) {
        double[] mass = massBounds();
        double u = mass[0] + random.nextDouble() * (mass[1] - mass[0]);
        double x = distribution.inverseCumulativeProbability(Math.min(Math.max(u, 0), 1));
        if (scaled()) {
            x = lower + x * (upper - lower);
        }
        return Math.min(Math.max(x, lower), upper);
    }

    /** Whether the cut leaves almost nothing of the distribution: a prior that cannot be what was meant. */
    public boolean nearlyEmpty() {
        double[] mass = massBounds();
        return mass[1] - mass[0] < 1e-6;
    }

    private static String range(double lower, double upper) {
        return "[" + n(lower) + ", " + n(upper) + "]";
    }

    private static String n(double x) {
        return Numbers.format(x).toLowerCase(Locale.ROOT);
    }
}
