package org.groundswell.experiments.calibration;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The accepted particles of one generation: each parameter set, its importance weight (normalised to sum to
 * 1), its distance from the hospital's figures, and the figures it gave.
 *
 * @param generation from 0
 * @param tolerance  the distance at or below which particles were accepted (infinite in generation 0)
 * @param particles  the particles, in the order their attempts were made
 */
public record Population(int generation, double tolerance, List<Particle> particles) {

    public Population {
        particles = List.copyOf(particles);
        if (particles.isEmpty()) {
            throw new IllegalArgumentException("a population of no particles");
        }
    }

    /**
     * One accepted particle.
     *
     * @param attempt   the attempt that proposed it
     * @param values    its parameters' values
     * @param weight    its normalised weight
     * @param distance  its distance
     * @param simulated its simulated figures, before measurement noise
     */
    public record Particle(int attempt, double[] values, double weight, double distance, double[] simulated) {

        public Particle {
            values = values.clone();
            simulated = simulated.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] simulated() {
            return simulated.clone();
        }

        double value(int i) {
            return values[i];
        }
    }

    /** The particles' count. */
    public int size() {
        return particles.size();
    }

    /** How many parameters each particle has. */
    public int dimensions() {
        return particles.get(0).values.length;
    }

    /** The weights, in particle order. */
    public double[] weights() {
        return particles.stream().mapToDouble(Particle::weight).toArray();
    }

    /** The distances, in particle order. */
    public double[] distances() {
        return particles.stream().mapToDouble(Particle::distance).toArray();
    }

    /** Parameter {@code i}'s value in each particle. */
    public double[] column(int i) {
        return particles.stream().mapToDouble(p -> p.value(i)).toArray();
    }

    /** Effective sample size of the weights, (Σw)² / Σw² (Kong, Liu &amp; Wong 1994). */
    public double effectiveSampleSize() {
        return effectiveSampleSize(weights());
    }

    static double effectiveSampleSize(double[] weights) {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }

    /** The weighted mean of parameter {@code i}: the posterior mean. */
    public double mean(int i) {
        return new Mean().evaluate(column(i), weights());
    }

    /** The weighted standard deviation of parameter {@code i} (weights as frequencies, bias-corrected). */
    public double sd(int i) {
        return Math.sqrt(variance(i));
    }

    double variance(int i) {
        return new Variance(false).evaluate(column(i), weights());
    }

    /**
     * The weighted {@code p}-quantile of parameter {@code i}: the smallest value whose cumulative weight
     * reaches {@code p}.
     */
    public double quantile(int i, double p) {
        return WeightedQuantile.of(column(i), weights(), p);
    }

    /** The weighted covariance matrix of the parameters, normalised by the sum of weights. */
    double[][] covariance() {
        int d = dimensions();
        double[] w = weights();
        double[] mean = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = mean(i);
        }
        double[][] c = new double[d][d];
        for (int k = 0; k < size(); k++) {
            double[] x = particles.get(k).values;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    c[i][j] += w[k] * (x[i] - mean[i]) * (x[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                c[j][i] = c[i][j];
            }
        }
        return c;
    }
}
