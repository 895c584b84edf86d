package org.groundswell.experiments.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.groundswell.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;

class DiscoveryExperimentTest {

    private static Experiment example(String name) throws ScenarioException, URISyntaxException {
        return ExperimentLoader.load(Path.of(DiscoveryExperimentTest.class
                .getResource("/org/groundswell/experiments/examples/" + name + ".yaml").toURI()));
    }

    @Test
    void theBundledDiscoveryExamplesAskWhereTopDownWinsAndWherePartnershipFails() throws Exception {
        Experiment wins = example("where-top-down-wins");
        assertEquals(Analysis.DISCOVERY, wins.analysis());
        assertTrue(wins.outcomes().isEmpty(), "discovery has rules, not outcomes");
        assertEquals(List.of("adverse_events_per_1000_pd: top-down beats partnership",
                "burnout_rate: top-down beats partnership", "period_cost: top-down beats partnership"),
                wins.rules().stream().map(Rule::label).toList());
        assertEquals(3, wins.objective().terms().size());
        assertEquals(-100, wins.objective().terms().get(1).weight());
        assertEquals(432, new DesignPoints(wins).distinct() * wins.strategies().size() * wins.replications());

        Experiment fails = example("where-partnership-fails");
        assertTrue(fails.rules().stream().allMatch(r -> r.strategy().equals("none") && r.beats().equals("partnership")
                && !r.higherIsBetter()), "partnership fails where doing nothing beats it");
        assertEquals(288, new DesignPoints(fails).distinct() * fails.strategies().size() * fails.replications());
    }

    @Test
    void aRuleHoldsOnItsSideOfZero() {
        Rule lower = new Rule(org.groundswell.model.metrics.Metrics.BURNOUT_RATE, "a", "b", false);
        assertTrue(lower.holds(-0.01));
        assertFalse(lower.holds(0));
        Rule higher = new Rule(org.groundswell.model.metrics.Metrics.ADOPTION_FRACTION, "a", "b", true);
        assertTrue(higher.holds(0.01));
        assertFalse(higher.holds(-0.01));
    }
}
