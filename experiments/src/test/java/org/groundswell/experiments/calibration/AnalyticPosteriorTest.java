package org.groundswell.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ABC-SMC against a posterior known in closed form: a normal mean θ with a normal prior N(μ₀, τ²), a figure
 * observed as θ plus normal error of sd σ. The posterior is normal with mean (τ²y + σ²μ₀)/(τ² + σ²) and
 * variance τ²σ²/(τ² + σ²).
 */
class AnalyticPosteriorTest {

    private static final double PRIOR_MEAN = 0;
    private static final double PRIOR_SD = 1;
    private static final double OBSERVED = 1.5;
    private static final double ERROR_SD = 0.5;

    private static AbcSmc.Result calibrate(PerturbationKernel.Kind kernel, ToleranceSchedule schedule, long seed)
            throws IOException, InterruptedException {
        Prior prior = Prior.normal(PRIOR_MEAN, PRIOR_SD, -10, 10);
        Target target = Target.withSd(ToyModels.metric(0), OBSERVED, ERROR_SD);
        Budget budget = new Budget(300, 12, 1, 0.2, 0.02, 0);
        AbcSmc abc = new AbcSmc(List.of(prior), List.of(target), budget, schedule, kernel, seed);
        return abc.run(ToyModels.of(theta -> theta.clone()), Journal.NONE, AbcSmc.Listener.NONE);
    }

    @Test
    void theAbcPosteriorOfANormalMeanMatchesTheAnalyticPosterior() throws Exception {
        double v0 = PRIOR_SD * PRIOR_SD;
        double v = ERROR_SD * ERROR_SD;
        double mean = (v0 * OBSERVED + v * PRIOR_MEAN) / (v0 + v);
        double sd = Math.sqrt(v0 * v / (v0 + v));
        for (PerturbationKernel.Kind kernel : PerturbationKernel.Kind.values()) {
            AbcSmc.Result result = calibrate(kernel, new ToleranceSchedule(ToleranceSchedule.Kind.ESS, 0.5), 3);
            Population posterior = result.posterior();
            assertTrue(result.stopped().contains("reached the final tolerance"), result.stopped());
            assertEquals(mean, posterior.mean(0), 0.1, "posterior mean, " + kernel);
            assertEquals(sd, posterior.sd(0), 0.2 * sd, "posterior sd, " + kernel);
            assertTrue(posterior.effectiveSampleSize() > 100, "ess " + posterior.effectiveSampleSize());
        }
    }

    @Test
    void theQuantileScheduleReachesTheSamePosterior() throws Exception {
        double mean = OBSERVED * PRIOR_SD * PRIOR_SD / (PRIOR_SD * PRIOR_SD + ERROR_SD * ERROR_SD);
        AbcSmc.Result result = calibrate(PerturbationKernel.Kind.MULTIVARIATE,
                new ToleranceSchedule(ToleranceSchedule.Kind.QUANTILE, 0.5), 4);
        assertEquals(mean, result.posterior().mean(0), 0.1);
    }

    @Test
    void theToleranceFallsAndTheWeightsAreNormalisedInEveryGeneration() throws Exception {
        AbcSmc.Result result = calibrate(PerturbationKernel.Kind.MULTIVARIATE,
                new ToleranceSchedule(ToleranceSchedule.Kind.ESS, 0.5), 5);
        List<Generation> rows = result.generations();
        assertTrue(rows.size() >= 4, "generations " + rows.size());
        for (int g = 2; g < rows.size(); g++) {
            assertTrue(rows.get(g).tolerance() < rows.get(g - 1).tolerance(), "generation " + g);
        }
        for (Population p : result.populations()) {
            assertEquals(1, java.util.Arrays.stream(p.weights()).sum(), 1e-9);
            for (double d : p.distances()) {
                assertTrue(d <= p.tolerance());
            }
        }
    }
}
