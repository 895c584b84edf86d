package org.groundswell.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well512a;
import org.junit.jupiter.api.Test;

/**
 * Simulation-based calibration (Talts et al. 2018) on a cheap model of two parameters and three figures:
 * truths drawn from the prior, figures made by the model at each truth plus measurement error, then
 * calibrated. Each posterior must concentrate near its truth, and over the truths the 90% credible intervals
 * must hold the truth about 90% of the time.
 */
class SimulationBasedCalibrationTest {

    private static final int TRUTHS = 30;
    private static final double ERROR_SD = 0.05;
    private static final List<Prior> PRIORS = List.of(Prior.uniform(0, 1), Prior.normal(0.5, 0.2, 0, 1));

    /** y1 = a + b, y2 = a − b/2, y3 = a·b: each figure mixes the parameters. */
    private static double[] model(double[] theta) {
        return new double[] {theta[0] + theta[1], theta[0] - theta[1] / 2, theta[0] * theta[1]};
    }

    @Test
    void posteriorsConcentrateNearTheTruthAndTheirNinetyPercentIntervalsCoverItAboutNinetyPercentOfTheTime()
            throws Exception {
        RandomGenerator truths = new Well512a(2024);
        int covered = 0;
        int intervals = 0;
        double shrinkage = 0;
        double error = 0;
        for (int k = 0; k < TRUTHS; k++) {
            double[] truth = {PRIORS.get(0).sample(truths), PRIORS.get(1).sample(truths)};
            double[] clean = model(truth);
            List<Target> targets = new java.util.ArrayList<>();
            for (int j = 0; j < clean.length; j++) {
                targets.add(Target.withSd(ToyModels.metric(j), clean[j] + ERROR_SD * truths.nextGaussian(), ERROR_SD));
            }
            Budget budget = new Budget(200, 10, 1, 0.25, 0.03, 0);
            AbcSmc abc = new AbcSmc(PRIORS, targets, budget,
                    new ToleranceSchedule(ToleranceSchedule.Kind.ESS, 0.5), PerturbationKernel.Kind.MULTIVARIATE, k);
            Population posterior = abc.run(ToyModels.of(SimulationBasedCalibrationTest::model), Journal.NONE,
                    AbcSmc.Listener.NONE).posterior();
            for (int i = 0; i < 2; i++) {
                double low = posterior.quantile(i, 0.05);
                double high = posterior.quantile(i, 0.95);
                covered += truth[i] >= low && truth[i] <= high ? 1 : 0;
                intervals++;
                double priorSd = i == 0 ? Math.sqrt(1.0 / 12) : 0.2;
                shrinkage += posterior.sd(i) / priorSd;
                error += Math.abs(posterior.mean(i) - truth[i]) / posterior.sd(i);
            }
        }
        double coverage = (double) covered / intervals;
        assertTrue(coverage >= 0.8 && coverage <= 0.98, "90% intervals covered the truth " + covered + " of "
                + intervals + " times");
        assertTrue(shrinkage / intervals < 0.35, "posterior sd / prior sd " + shrinkage / intervals);
        assertTrue(error / intervals < 1.2, "mean |posterior mean - truth| / posterior sd " + error / intervals);
    }
}
