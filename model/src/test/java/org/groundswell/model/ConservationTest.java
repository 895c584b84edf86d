package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.groundswell.model.metrics.CostComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConservationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyAdmittedPatientIsDischargedDeadOrInABed(long seed) {
        RunSummary r = Simulation.run(Runs.defaults().withSeed(seed).withDays(30, 200), false, java.util.List.of());
        RunSummary.Totals t = r.totals();
        assertEquals(t.admissions(), t.discharges() + t.deathsInHospital() + t.finalCensus());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void headcountIsTheStartPlusHiresLessQuits(long seed) {
        RunSummary r = Simulation.run(Runs.defaults().withSeed(seed).withDays(30, 400), false, java.util.List.of());
        RunSummary.Totals t = r.totals();
        assertEquals(t.finalHeadcount(), t.initialHeadcount() + t.hires() - t.quits());
        assertEquals(true, t.quits() > 50, "a run of 430 days should see quits, saw " + t.quits());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theLedgersPartsAddUpToTheTotalCost(long seed) {
        RunSummary r = Simulation.run(Runs.defaults().withSeed(seed).withDays(30, 200), false, java.util.List.of());
        double parts = 0;
        for (CostComponent c : CostComponent.values()) {
            parts += r.costs().get(c);
        }
        double total = r.metric("total_cost");
        assertEquals(total, parts, total * 1e-12);
        assertEquals(true, r.costs().get(CostComponent.TURNOVER) > 0);
        assertEquals(true, r.costs().get(CostComponent.ADVERSE_EVENTS) > 0);
    }
}
