package org.groundswell.experiments.calibration;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * A weighted Gaussian kernel density estimate, bandwidth by Silverman's rule of thumb (1.06 σ n<sup>−1/5</sup>)
 * with the effective sample size for n. Silverman, B. W. (1986). <i>Density Estimation for Statistics and Data
 * Analysis</i>. London: Chapman &amp; Hall.
 */
final class Kde {

    private Kde() {
    }

    static double[] density(double[] values, double[] weights, double[] at) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double sd = Math.sqrt(new Variance(false).evaluate(values, weights));
        double n = Population.effectiveSampleSize(weights);
        double mean = new Mean().evaluate(values, weights);
        double h = 1.06 * (sd > 0 ? sd : Math.max(Math.abs(mean) * 1e-3, 1e-9)) * Math.pow(Math.max(n, 1), -0.2);
        NormalDistribution kernel = new NormalDistribution(null, 0, h);
        double[] density = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += weights[i] * kernel.density(at[k] - values[i]);
            }
            density[k] = sum / total;
        }
        return density;
    }
}
