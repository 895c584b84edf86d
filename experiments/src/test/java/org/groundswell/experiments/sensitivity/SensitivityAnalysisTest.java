package org.groundswell.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.random.MersenneTwister;
import org.groundswell.experiments.design.ExperimentLoader;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.sweep.SweepPlan;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis step of a sensitivity sweep on synthetic results: an experiment file is planned as a sweep
 * plans it, but instead of running the model each run's metric is a known function of the point's parameter
 * values (plus noise), written as rows of {@code runs.csv} text in finishing order, sorted by run id as a sweep
 * sorts the file, and analysed. The analysis must recover the function's ranking. (The estimators themselves
 * are checked against analytic indices in {@link MorrisTest}, {@link SobolTest} and {@link PrccTest}.)
 */
class SensitivityAnalysisTest {

    private static final String HARM = "adverse_events_per_1000_pd";

    private static final List<String> PARAMETERS = List.of(
            "  staffing.patientsPerNurse: {min: 4, max: 7}",
            "  coordination.initialRc: {min: 3.5, max: 4.5}",
            "  culture.psychologicalSafety: {min: 0.4, max: 0.8}",
            "  leadership.blameResponse: {min: 0.1, max: 0.5}");

    @TempDir
    Path tmp;

    /** A run's metric from its point's parameters, each scaled to [0, 1], its strategy and its seed. */
    private interface Model {
        double harm(double[] x, String strategy, long seed, int point);
    }

    private SweepPlan plan(int parameters, String... rest) throws ScenarioException {
        List<String> lines = new ArrayList<>(List.of("name: synthetic", "seed: 7", "parameters:"));
        lines.addAll(PARAMETERS.subList(0, parameters));
        lines.addAll(List.of(rest));
        return new SweepPlan(ExperimentLoader.parse(String.join("\n", lines) + "\n",
                tmp.resolve("synthetic.yaml").toString()));
    }

    /**
     * Makes the rows of runs.csv as a sweep does — in the order runs finish, here reversed, then sorted by run id —
     * and analyses them.
     */
    private static List<OutcomeSensitivity> analyse(SweepPlan plan, Model model) {
        List<SweptParameter> parameters = plan.experiment().parameters();
        List<String> header = new ArrayList<>(List.of("run_id", "point", "strategy", "replication", "seed"));
        parameters.stream().map(SweptParameter::path).forEach(header::add);
        Metrics.all().stream().map(Metric::name).forEach(header::add);
        header.add("error");
        List<List<String>> rows = new ArrayList<>();
        for (Iterator<RunSpec> specs = plan.specs(Set.of()); specs.hasNext();) {
            RunSpec spec = specs.next();
            double[] x = new double[parameters.size()];
            for (int i = 0; i < x.length; i++) {
                SweptParameter.Range r = (SweptParameter.Range) parameters.get(i);
                x[i] = (Double.parseDouble(plan.points().values(spec.point()).get(i)) - r.min())
                        / (r.max() - r.min());
            }
            List<String> row = new ArrayList<>(List.of(spec.runId(), Integer.toString(spec.point()), spec.strategy(),
                    Integer.toString(spec.replication()), Long.toString(spec.seed())));
            row.addAll(plan.points().displayValues(spec.point()));
            double harm = model.harm(x, spec.strategy(), spec.seed(), spec.point());
            for (Metric m : Metrics.all()) {
                row.add(m.name().equals(HARM) ? Numbers.format(harm) : "");
            }
            row.add("");
            rows.add(row);
        }
        Collections.reverse(rows);
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)));
        return SensitivityAnalysis.analyse(plan.points(), header, rows);
    }

    /** Uniform on [−1, 1], a function of the arguments only. */
    private static double noise(long seed, int point, String strategy) {
        return 2 * new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32), point, strategy.hashCode()})
                .nextDouble() - 1;
    }

    /**
     * Harm under top-down: 5, plus noise common to every point of a replication (its seed), plus a little of its
     * own. Partnership removes 3·x1, adds x2 and 0.5·x4², and leaves x3 alone: the contrast's Morris μ* are 3,
     * 1, about 0.5 and 0; its μ −3, +1, +0.5, 0.
     */
    private static double verdict(double[] x, String strategy, long seed, int point) {
        double topDown = 5 + 2 * noise(seed, -1, "") + 0.02 * noise(seed, point, "top-down");
        if (strategy.equals("top-down")) {
            return topDown;
        }
        return topDown - 3 * x[0] + x[1] + 0.5 * x[3] * x[3] + 0.02 * noise(seed, point, strategy);
    }

    @Test
    void morrisOnAContrastRanksTheParametersThatDecideTheVerdictAndSeesThroughCommonNoise() throws Exception {
        SweepPlan plan = plan(4, "strategies: [top-down, partnership]", "replications: 3",
                "design: {type: morris, trajectories: 12, levels: 4}",
                "outcomes:",
                "  - {metric: " + HARM + ", strategy: partnership, minus: top-down}",
                "  - {metric: " + HARM + ", strategy: partnership}");
        List<OutcomeSensitivity> results = analyse(plan, SensitivityAnalysisTest::verdict);
        assertEquals(2, results.size());

        OutcomeSensitivity contrast = results.get(0);
        assertEquals(HARM + "[partnership - top-down]", contrast.outcome().label());
        assertTrue(contrast.analysed(), contrast.problem());
        assertEquals(List.of(0, 1, 3, 2), contrast.ranking(), "x1, x2, x4, then x3 which has no effect");
        MorrisResult staffing = contrast.morris().get(0);
        assertEquals(3, staffing.muStar(), 0.05, "μ* in outcome units per range of the parameter");
        assertEquals(-3, staffing.mu(), 0.05, "raising x1 lowers the difference");
        assertEquals(1, contrast.morris().get(1).mu(), 0.05);
        assertTrue(contrast.morris().get(3).mu() > 0);
        assertTrue(contrast.negligible(2), "x3 within noise: μ* " + contrast.morris().get(2).muStar() + ", floor "
                + contrast.noise().floor());
        assertFalse(contrast.negligible(3), "x4 above noise");
        assertTrue(contrast.noise().floor() < 0.05, "the contrast's noise is the small idiosyncratic part");

        OutcomeSensitivity level = results.get(1);
        assertEquals(contrast.ranking(), level.ranking(), "top-down's harm does not depend on the parameters");
        OutcomeSensitivity.Noise noise = level.noise();
        assertEquals(3, noise.replications());
        assertTrue(noise.withinSd() > 0.2, "replications differ by their common noise, ten times the "
                + "idiosyncratic part: " + noise.withinSd());
        assertTrue(noise.noiseSd() < 0.05, "which cancels between points on the same seed: " + noise.noiseSd());
        assertTrue(level.noise().share() < 0.01, "so noise explains little of the points' spread");

        List<List<String>> rows = SensitivityCsv.rows(contrast);
        assertTrue(rows.contains(List.of(HARM + "[partnership - top-down]", "staffing.patientsPerNurse", "morris",
                "rank", "1", "", "")), rows.toString());
        assertEquals(List.of("points", "mean", "sd", "min", "max", "share_above_zero", "replications",
                "within_point_sd", "noise_sd", "noise_share", "noise_floor"),
                rows.stream().filter(r -> r.get(1).isEmpty()).map(r -> r.get(3)).toList());
        assertEquals(4 * 4, rows.stream().filter(r -> !r.get(1).isEmpty()).count(), "rank, mu, mu_star, sigma");
        assertTrue(SensitivityReport.lead(contrast).startsWith("staffing.patientsPerNurse matters most for adverse "
                + "events: partnership \u2212 top-down (raising it lowers the difference), then coordination.initialRc "
                + "and leadership.blameResponse. culture.psychologicalSafety is within replication noise."),
                SensitivityReport.lead(contrast));
        assertTrue(SensitivityReport.summary(contrast).matches("\\Q" + HARM + "[partnership - top-down] by mu*: "
                + "staffing.patientsPerNurse \\E(2\\.9[5-9]\\d*|3|3\\.0[0-4]\\d*),.*"),
                SensitivityReport.summary(contrast));

        List<RenderedChart> charts = SensitivityCharts.render(plan.experiment(), results);
        assertEquals(List.of("morris-" + HARM + "-partnership-minus-top-down.png",
                "morris-" + HARM + "-partnership.png"), charts.stream().map(RenderedChart::file).toList());
        String html = SensitivityReport.render(plan.points(), results, charts, plan.runs(), 0);
        assertTrue(html.contains("staffing.patientsPerNurse matters most"), "the ranking in words");
        assertTrue(html.contains("Campolongo"), "the references");
    }

    @Test
    void sobolIndicesOfALinearFunctionAreItsSharesOfVariance() throws Exception {
        SweepPlan plan = plan(3, "design: {type: saltelli, samples: 256}", "outcomes: [" + HARM + "]");
        List<OutcomeSensitivity> results = analyse(plan, (x, s, seed, p) -> 4 * x[0] + 2 * x[1]);
        OutcomeSensitivity r = results.get(0);
        assertEquals(HARM + "[none]", r.outcome().label());
        assertEquals(List.of(0, 1, 2), r.ranking());
        double[] expected = {0.8, 0.2, 0};
        for (int i = 0; i < 3; i++) {
            SobolIndex s = r.sobol().get(i);
            assertEquals(expected[i], s.first(), 0.05, "S1 of x" + (i + 1));
            assertEquals(expected[i], s.total(), 0.05, "ST of x" + (i + 1));
            assertTrue(s.firstLow() <= s.first() && s.first() <= s.firstHigh());
        }
        assertTrue(r.negligible(2));
        assertEquals(Double.NaN, r.noise().noiseSd(), "one replication: no noise measured");
        assertEquals("sobol-" + HARM + "-none.png", SensitivityCharts.render(plan.experiment(), results).get(0).file());
    }

    @Test
    void partialRankCorrelationRecoversTheSignAndOrderOfAMonotoneModel() throws Exception {
        SweepPlan plan = plan(3, "design: {type: lhs, samples: 60}", "analysis: prcc", "replications: 2",
                "outcomes: [" + HARM + "]");
        List<OutcomeSensitivity> results = analyse(plan, (x, s, seed, p) -> Math.exp(2 * x[0]) - x[1]
                + 0.05 * noise(seed, p, s));
        OutcomeSensitivity r = results.get(0);
        assertEquals(List.of(0, 1), r.ranking().subList(0, 2));
        PrccResult staffing = r.prcc().get(0);
        PrccResult coordination = r.prcc().get(1);
        assertTrue(staffing.coefficient() > 0.9 && staffing.pValue() < 1e-6, staffing.toString());
        assertTrue(coordination.coefficient() < -0.6 && coordination.pValue() < 1e-6, coordination.toString());
        assertEquals(Double.NaN, r.noise().floor(), "p-values account for noise");
        assertEquals("prcc-" + HARM + "-none.png", SensitivityCharts.render(plan.experiment(), results).get(0).file());
    }

    @Test
    void aPointWithoutAValueLeavesAMorrisOutcomeUnanalysedAndSaysWhy() throws Exception {
        SweepPlan plan = plan(2, "design: {type: morris, trajectories: 3}", "outcomes: [" + HARM + "]");
        List<OutcomeSensitivity> results = analyse(plan, (x, s, seed, p) -> p == 4 ? Double.NaN : x[0]);
        OutcomeSensitivity r = results.get(0);
        assertFalse(r.analysed());
        long distinct = plan.points().distinct();
        assertEquals("1 of the " + distinct + " distinct design points have no value of it (their runs failed, or "
                + "the metric is undefined there); the analysis needs every point", r.problem());
        assertEquals(List.of(), SensitivityCharts.render(plan.experiment(), results));
        assertTrue(SensitivityReport.render(plan.points(), results, List.of(), plan.runs(), 0)
                .contains("Not analysed: 1 of the "));
    }
}
