package org.groundswell.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.groundswell.model.care.Ward;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.coordination.Coordination;
import org.groundswell.model.culture.Culture;
import org.groundswell.model.improvement.ProblemBurden;
import org.groundswell.model.improvement.Problems;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.metrics.MetricsCollector;
import org.groundswell.model.metrics.Overheads;
import org.groundswell.model.wellbeing.Burnout;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.Workforce;

/**
 * METRICS: the day's end. Every domain tallies its day-end state into the day's counters (census, positions,
 * burnout, the physicians' burnout, relational coordination, safety, problems and practices), the day's
 * overheads are posted, the counters become the day's record of the metric registry, for the hospital and each
 * unit, and the day the adoption of working practices first reaches each milestone is kept.
 */
final class DayTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UnitState[] units;
    private final DayCounters counters;
    private final CostLedger ledger;
    private final Overheads overheads;
    private final Ward ward;
    private final Workforce workforce;
    private final Burnout burnout;
    private final Physicians physicians;
    private final Coordination coordination;
    private final Culture culture;
    private final ProblemBurden burden;
    private final Problems problems;
    private final MetricsCollector collector;
    private final int[] milestones = new int[RunSummary.AdoptionMilestones.SHARES.length];
    private double periodCost;
    private double periodAdverseEvents;
    private double periodDeaths;
    /** A copy of each day's counters before they are cleared, for a region that pools them; null if none. */
    private DayCounters kept;

    DayTally(UnitState[] units, DayCounters counters, CostLedger ledger, Overheads overheads, Ward ward,
             Workforce workforce, Burnout burnout, Physicians physicians, Coordination coordination, Culture culture,
             ProblemBurden burden, Problems problems, MetricsCollector collector) {
        this.units = units;
        this.counters = counters;
        this.ledger = ledger;
        this.overheads = overheads;
        this.ward = ward;
        this.workforce = workforce;
        this.burnout = burnout;
        this.physicians = physicians;
        this.coordination = coordination;
        this.culture = culture;
        this.burden = burden;
        this.problems = problems;
        this.collector = collector;
        Arrays.fill(milestones, -1);
    }

    /** The record of {@code day}; the counters and the ledger's day are cleared for the next. */
    DayRecord collect(int day) {
        ward.countCensus();
        int hospital = counters.hospitalSlot();
        double census = 0;
        for (UnitState unit : units) {
            counters.set(Counter.CENSUS, unit.index(), unit.census());
            counters.set(Counter.BEDS, unit.index(), unit.parameters().beds());
            census += unit.census();
        }
        for (int slot = 0; slot <= hospital; slot++) {
            counters.set(Counter.DAYS, slot, 1);
        }
        ward.tally(counters);
        workforce.tally(counters);
        burnout.tally(counters);
        physicians.tally(counters);
        coordination.tally(counters);
        culture.tally(counters);
        burden.tally(counters);
        overheads.post(ledger, census);
        counters.set(Counter.COST, hospital, ledger.todayTotal());
        counters.set(Counter.CUMULATIVE_COST, hospital, ledger.cumulativeTotal());
        if (day >= 0) {
            periodCost += ledger.todayTotal();
            periodAdverseEvents += counters.total(Counter.ADVERSE_EVENTS);
            periodDeaths += counters.total(Counter.DEATHS_30D);
        }
        counters.set(Counter.PERIOD_COST, hospital, periodCost);
        counters.set(Counter.PERIOD_ADVERSE_EVENTS, hospital, periodAdverseEvents);
        counters.set(Counter.PERIOD_DEATHS, hospital, periodDeaths);
        if (day >= 0) {
            double adoption = problems.practices().adoptionFraction();
            for (int m = 0; m < milestones.length; m++) {
                if (milestones[m] < 0 && adoption >= RunSummary.AdoptionMilestones.SHARES[m]) {
                    milestones[m] = day;
                }
            }
        }
        DayRecord record = collector.collect(day, counters);
        if (kept != null) {
            kept.copyFrom(counters);
        }
        counters.clear();
        ledger.newDay();
        return record;
    }

    /** From the next day on, keeps a copy of each day's counters ({@link #kept()}). */
    void keepCounters() {
        if (kept == null) {
            kept = new DayCounters(units.length);
        }
    }

    /** The counters of the last day collected, if {@link #keepCounters()} was called before it. */
    DayCounters kept() {
        return kept;
    }

    /** The run's summary over its window: every metric, per unit too, the cost ledger, {@code totals}. */
    RunSummary summary(long seed, RunSummary.Totals totals) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric m : Metrics.all()) {
            metrics.put(m.name(), collector.summary(m));
        }
        Map<String, Map<String, Double>> unitMetrics = new LinkedHashMap<>();
        for (UnitState unit : units) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Metric m : Metrics.perUnit()) {
                values.put(m.name(), collector.unitSummary(unit.index(), m));
            }
            unitMetrics.put(unit.parameters().name(), values);
        }
        return new RunSummary(seed, collector.firstWindowDay(), collector.lastDay(), metrics, unitMetrics,
                ledger.breakdown(), totals, milestones(), Map.of());
    }

    /** The days adoption first reached each of {@link RunSummary.AdoptionMilestones#SHARES} (-1: not yet). */
    RunSummary.AdoptionMilestones milestones() {
        return RunSummary.AdoptionMilestones.of(milestones);
    }
}
