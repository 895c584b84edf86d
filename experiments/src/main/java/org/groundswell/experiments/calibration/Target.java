package org.groundswell.experiments.calibration;

import java.util.Objects;

import org.apache.commons.math3.distribution.NormalDistribution;

import org.groundswell.experiments.output.Numbers;
import org.groundswell.model.metrics.Metric;

/**
 * One of the hospital's figures the model is calibrated to: a metric, the value observed, and how uncertain
 * that value is, as a standard deviation. A file may give the uncertainty three ways, each turned into an sd:
 * <ul>
 *   <li>{@code sd}: as it is;</li>
 *   <li>{@code interval: [low, high]} with a {@code level} (0.95 unless given): the normal sd whose central
 *       interval of that level is as wide, (high − low) / (2 z), z the normal quantile; the observed value is
 *       the interval's middle unless given;</li>
 *   <li>{@code count} of {@code n} ("312 of 720 nurses burned out"): the observed share count / n and its
 *       binomial sd √(p(1 − p)/n), p kept off 0 and 1 by half a count so that the sd is never 0.</li>
 * </ul>
 *
 * @param metric      the metric, over the calibration's summary window
 * @param observed    the observed value
 * @param sd          its standard deviation, above 0
 * @param uncertainty how the file gave it, for the report: {@code sd 0.03}, {@code 95% interval [0.14, 0.2]},
 *                    {@code 312 of 720}
 */
public record Target(Metric metric, double observed, double sd, String uncertainty) {

    public Target {
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(observed) || !(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException(metric.name() + ": observed " + observed + ", sd " + sd
                    + ": a finite value and an sd above 0");
        }
    }

    /** A figure with its standard deviation. */
    public static Target withSd(Metric metric, double observed, double sd) {
        return new Target(metric, observed, sd, "sd " + Numbers.format(sd));
    }

    /**
     * A figure with an interval.
     *
     * @param level the interval's coverage, between 0 and 1
     */
    public static Target withInterval(Metric metric, double observed, double low, double high, double level) {
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        return new Target(metric, observed, (high - low) / (2 * z),
                Numbers.format(level * 100) + "% interval [" + Numbers.format(low) + ", " + Numbers.format(high) + "]");
    }

    /** A share counted in a sample: {@code count} of {@code n}. */
    public static Target ofCount(Metric metric, long count, long n) {
        double p = (double) count / n;
        double kept = Math.min(Math.max(p, 0.5 / n), 1 - 0.5 / n);
        return new Target(metric, p, Math.sqrt(kept * (1 - kept) / n), count + " of " + n);
    }

    /** How far {@code simulated} is from the observed value, in standard deviations. */
    public double standardized(double simulated) {
        return (simulated - observed) / sd;
    }
}
