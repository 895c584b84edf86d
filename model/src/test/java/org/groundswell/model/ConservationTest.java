package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
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

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void thePeriodCostIsTheDailyCostSummedFromDayZero(long seed) {
        java.util.List<DayRecord> days = new java.util.ArrayList<>();
        Simulation.run(Runs.defaults().withSeed(seed).withDays(30, 60), false, java.util.List.of(new RunListener() {
            @Override
            public void onDay(DayRecord day) {
                days.add(day);
            }
        }));
        double sum = 0;
        for (DayRecord d : days) {
            if (d.day() < 0) {
                assertEquals(0, d.value(Metrics.PERIOD_COST), "no period cost in warm-up, day " + d.day());
                continue;
            }
            sum += d.value(Metrics.COST_PER_PATIENT_DAY) * d.value(Metrics.CENSUS_METRIC);
            assertEquals(sum, d.value(Metrics.PERIOD_COST), sum * 1e-9, "day " + d.day());
        }
        DayRecord last = days.get(days.size() - 1);
        DayRecord beforeStart = days.stream().filter(d -> d.day() == -1).findFirst().orElseThrow();
        assertEquals(last.value(Metrics.TOTAL_COST) - beforeStart.value(Metrics.TOTAL_COST),
                last.value(Metrics.PERIOD_COST), sum * 1e-9);
    }
}
