package org.groundswell.experiments.calibration;

import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * How a particle of the last generation is moved to propose one of the next: a normal step centred on it,
 * whose covariance adapts to the last population as Beaumont et al. (2009) derive — twice the population's
 * weighted covariance ({@link Kind#MULTIVARIATE}), or twice each parameter's weighted variance alone
 * ({@link Kind#PER_DIMENSION}, the component-wise kernel of their paper, for parameters that are nearly
 * collinear). The step is drawn and its density computed with Apache Commons Math's
 * {@link MultivariateNormalDistribution}.
 *
 * <p>Reference: Beaumont, M. A., Cornuet, J.-M., Marin, J.-M. &amp; Robert, C. P. (2009). Adaptive approximate
 * Bayesian computation. <i>Biometrika</i> 96(4), 983–990. doi:10.1093/biomet/asp052
 */
final class PerturbationKernel {

    /** The shapes of kernel a calibration file can ask for. */
    enum Kind {
        /** Twice the weighted covariance matrix. */
        MULTIVARIATE("multivariate"),
        /** Twice each weighted variance, no covariance. */
        PER_DIMENSION("per-dimension");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    private final double[][] covariance;
    private final int dimensions;
    private final SwitchableRandom random = new SwitchableRandom();
    private final MultivariateNormalDistribution steps;

    private PerturbationKernel(double[][] covariance) {
        this.covariance = covariance;
        this.dimensions = covariance.length;
        this.steps = distribution(random);
    }

    /**
     * The kernel for proposals from {@code population}.
     *
     * @param floor each parameter's smallest step variance (a small share of its prior range squared), so
     *              that a population that has collapsed onto one value can still move
     */
    static PerturbationKernel of(Population population, Kind kind, double[] floor) {
        double[][] c = population.covariance();
        int d = c.length;
        double[][] sigma = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                sigma[i][j] = kind == Kind.MULTIVARIATE || i == j ? 2 * c[i][j] : 0;
            }
            sigma[i][i] = Math.max(sigma[i][i], floor[i]);
        }
        return new PerturbationKernel(sigma);
    }

    /** A step: a draw of the zero-mean normal with this covariance, from {@code random}. */
    double[] step(RandomGenerator from) {
        random.use(from);
        return steps.sample();
    }

    private MultivariateNormalDistribution distribution(RandomGenerator random) {
        try {
            return new MultivariateNormalDistribution(random, new double[dimensions], covariance);
        } catch (SingularMatrixException | NonPositiveDefiniteMatrixException e) {
            // Particles on a line: keep the variances, drop the covariances.
            double[][] diagonal = new double[dimensions][dimensions];
            for (int i = 0; i < dimensions; i++) {
                diagonal[i][i] = covariance[i][i];
            }
            return new MultivariateNormalDistribution(random, new double[dimensions], diagonal);
        }
    }

    /** The kernel as a reusable distribution, for the weights' N × N densities. */
    Densities densities() {
        return new Densities(distribution(null), dimensions);
    }

    /** One kernel distribution, reused for many densities. */
    static final class Densities {

        private final MultivariateNormalDistribution normal;
        private final double[] step;

        private Densities(MultivariateNormalDistribution normal, int dimensions) {
            this.normal = normal;
            this.step = new double[dimensions];
        }

        double of(double[] from, double[] to) {
            for (int i = 0; i < step.length; i++) {
                step[i] = to[i] - from[i];
            }
            return normal.density(step);
        }
    }
}
