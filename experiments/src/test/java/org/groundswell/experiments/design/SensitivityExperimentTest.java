package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.groundswell.model.metrics.Metrics;
import org.groundswell.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Experiment files that ask for a sensitivity analysis: the Morris and Saltelli designs, {@code analysis} and
 * {@code outcomes}, and what is wrong with them, reported with the line.
 */
class SensitivityExperimentTest {

    private static final String FILE = "sensitivity.yaml";

    private static Experiment parse(String... lines) throws ScenarioException {
        return ExperimentLoader.parse(String.join("\n", lines) + "\n", FILE);
    }

    /** Every problem, as "line: field = value: problem". */
    private static List<String> problems(String... lines) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(lines));
        return e.all().stream().map(p -> p.getMessage().substring(FILE.length() + 1)).toList();
    }

    @Test
    void aMorrisDesignIsItsTrajectoriesDrawnFromTheExperimentsSeed() throws ScenarioException {
        Experiment e = parse("strategies: [top-down, partnership]", "seed: 5", "parameters:",
                "  staffing.patientsPerNurse: {min: 4, max: 7}", "  coordination.initialRc: {min: 3.5, max: 4.5}",
                "  culture.psychologicalSafety: {values: [0.4, 0.6, 0.8]}",
                "design: {type: morris, trajectories: 6}");
        assertEquals(new MorrisDesign(6, 4), e.design(), "4 levels unless the file says otherwise");
        assertEquals(Analysis.MORRIS, e.analysis(), "the design's own analysis");
        assertEquals(6 * 4, e.design().size(e.parameters()));
        double[][] points = e.design().points(e.parameters(), e.seed());
        assertArrayEquals(new MorrisDesign(6, 4).draw(3, 5).points(), points, "drawn from the experiment's seed");
        for (int t = 0; t < 6; t++) {
            for (int s = 0; s < 3; s++) {
                double[] a = points[t * 4 + s];
                double[] b = points[t * 4 + s + 1];
                long changed = IntStream.range(0, 3).filter(i -> a[i] != b[i]).count();
                assertEquals(1, changed, "each step of a trajectory moves one parameter");
            }
        }
        assertEquals(Metrics.byName("adverse_events_per_1000_pd").orElseThrow(), e.outcomes().get(0).metric());
        assertEquals(e.metrics().size() * 2, e.outcomes().size(), "by default every charted metric under each "
                + "strategy");
    }

    @Test
    void aSaltelliDesignHasNTimesKPlusTwoPointsAndOutcomesCanBeContrasts() throws ScenarioException {
        Experiment e = parse("strategies: [top-down, partnership, frontline]", "parameters:",
                "  staffing.patientsPerNurse: {min: 4, max: 7}", "  coordination.initialRc: {min: 3.5, max: 4.5}",
                "design: {type: saltelli, samples: 32}",
                "outcomes:",
                "  - burnout_rate",
                "  - {metric: cost_per_patient_day, strategy: frontline}",
                "  - {metric: adverse_events_per_1000_pd, strategy: partnership, minus: top-down}");
        assertEquals(Analysis.SOBOL, e.analysis());
        assertEquals(32 * 4, e.design().size(e.parameters()));
        assertArrayEquals(new SaltelliDesign(32).draw(2, 1).points(), e.design().points(e.parameters(), 1));
        assertEquals(List.of("burnout_rate[top-down]", "burnout_rate[partnership]", "burnout_rate[frontline]",
                "cost_per_patient_day[frontline]", "adverse_events_per_1000_pd[partnership - top-down]"),
                e.outcomes().stream().map(Outcome::label).toList());
        assertTrue(e.outcomes().get(4).isContrast());
    }

    @Test
    void aSampleWithAnalysisPrccIsAnalysedAndWithoutItIsNot() throws ScenarioException {
        String[] sample = {"parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}", "design: {type: lhs, "
                + "samples: 20}"};
        assertEquals(Analysis.NONE, parse(sample).analysis());
        assertEquals(List.of(), parse(sample).outcomes());
        String[] prcc = Arrays.copyOf(sample, sample.length + 1);
        prcc[sample.length] = "analysis: prcc";
        assertEquals(Analysis.PRCC, parse(prcc).analysis());
    }

    private static Experiment example(String name) throws Exception {
        return ExperimentLoader.load(Path.of(SensitivityExperimentTest.class
                .getResource("/org/groundswell/experiments/examples/" + name + ".yaml").toURI()));
    }

    @Test
    void theBundledSensitivityExamplesAskWhichAssumptionsDecideTheVerdict() throws Exception {
        Experiment morris = example("verdict-morris");
        assertEquals(Analysis.MORRIS, morris.analysis());
        assertEquals(10 * 6, morris.design().size(morris.parameters()));
        Experiment sobol = example("verdict-sobol");
        assertEquals(Analysis.SOBOL, sobol.analysis());
        assertEquals(64 * 6, sobol.design().size(sobol.parameters()));
        for (Experiment e : List.of(morris, sobol)) {
            assertEquals(List.of("top-down", "partnership"), e.strategies());
            assertEquals(2, e.replications());
            assertEquals("adverse_events_per_1000_pd[partnership - top-down]", e.outcomes().get(0).label());
        }
    }

    @Test
    void designSettingsAreCheckedWithTheirLine() {
        assertEquals(List.of(
                "3: design.trajectories = 1: a whole number from 2 to 1000000",
                "3: design.levels = 3: an even whole number from 2 to 100 (Morris 1991; 4 is usual)",
                "4: design.samples: design type morris takes trajectories and levels, not samples"),
                problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                        "design: {type: morris, trajectories: 1, levels: 3,",
                        "         samples: 10}"));
        assertEquals(List.of("3: design: design type saltelli needs samples: N"),
                problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}", "design: {type: saltelli}"));
        assertEquals(List.of("3: design.type = \"moris\": one of grid, random, lhs, sobol, morris, saltelli; did you "
                + "mean morris?"), problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                "design: {type: moris, trajectories: 4}"));
    }

    @Test
    void anAnalysisMustSuitItsDesignAndVaryEveryParameter() {
        assertEquals(List.of(
                "3: parameters.workforce.initialVacancyRate.values = [0.1]: at least two values: a sensitivity "
                        + "analysis varies every parameter",
                "5: design.samples = 4: at least 5 (the 3 parameters + 2) for partial rank correlation"),
                problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                        "  workforce.initialVacancyRate: {values: [0.1]}",
                        "  coordination.initialRc: {min: 3.5, max: 4.5}",
                        "design: {type: lhs, samples: 4}", "analysis: prcc"));
        assertEquals(List.of("4: analysis = \"sobol\": Sobol' indices need design type saltelli; this design is "
                + "grid"), problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                "design: {type: grid, levels: 3}", "analysis: sobol"));
        assertEquals(List.of("4: analysis = \"prc\": one of morris, sobol, prcc, discovery; did you mean prcc?"),
                problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                        "design: {type: lhs, samples: 10}", "analysis: prc"));
        assertEquals(List.of("4: outcomes: only a sensitivity analysis has outcomes: use design type morris or "
                + "saltelli, or a sample (lhs, random, sobol) with analysis: prcc"),
                problems("parameters:", "  staffing.patientsPerNurse: {min: 4, max: 7}",
                        "design: {type: grid, levels: 3}", "outcomes: [burnout_rate]"));
    }
}
