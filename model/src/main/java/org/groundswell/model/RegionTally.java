package org.groundswell.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.groundswell.model.care.UnitState;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.metrics.MetricsCollector;
import org.groundswell.model.parameters.MemberParameters;

/**
 * The region's day: its counters are the members' pooled, so that every metric of the registry is the region's
 * as it would be of one hospital (harm per 1,000 patient-days is the region's harm over the region's
 * patient-days). The units are the members' units one after another. Of the hospital-wide counters, sums are
 * summed, and the levels that are a hospital's mean (relational coordination, psychological safety) are the
 * members' means weighted by their staff.
 */
final class RegionTally implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Hospital-wide levels: a mean over the hospital, pooled as the members' staff-weighted mean. */
    private static final Set<Counter> MEANS = EnumSet.of(Counter.RC_INDEX, Counter.RC_CROSS_UNIT, Counter.PSYCH_SAFETY);

    private final Hospital[] members;
    private final int[] offsets;
    private final DayCounters counters;
    private final MetricsCollector collector;
    private final int[] milestones = new int[RunSummary.AdoptionMilestones.SHARES.length];

    RegionTally(Hospital[] members, int windowStart) {
        this.members = members;
        this.offsets = new int[members.length];
        int units = 0;
        for (int h = 0; h < members.length; h++) {
            offsets[h] = units;
            units += members[h].unitCount();
        }
        this.counters = new DayCounters(units);
        this.collector = new MetricsCollector(units, windowStart);
        Arrays.fill(milestones, -1);
    }

    /** The region's record of {@code day}, from the members' counters of the day. */
    DayRecord collect(int day) {
        int slot = counters.hospitalSlot();
        double staff = 0;
        for (int h = 0; h < members.length; h++) {
            DayCounters member = members[h].tally().kept();
            int units = members[h].unitCount();
            double headcount = member.total(Counter.HEADCOUNT);
            staff += headcount;
            for (Counter c : Counter.values()) {
                for (int u = 0; u < units; u++) {
                    counters.set(c, offsets[h] + u, member.get(c, u));
                }
                double own = member.get(c, units);
                counters.add(c, slot, MEANS.contains(c) ? own * headcount : own);
            }
        }
        for (Counter c : MEANS) {
            counters.set(c, slot, staff > 0 ? counters.get(c, slot) / staff : 0);
        }
        counters.set(Counter.DAYS, slot, 1);
        if (day >= 0) {
            double slots = counters.total(Counter.PRACTICE_SLOTS);
            double adoption = slots > 0 ? counters.total(Counter.PRACTICES_WORKING) / slots : 0;
            for (int m = 0; m < milestones.length; m++) {
                if (milestones[m] < 0 && adoption >= RunSummary.AdoptionMilestones.SHARES[m]) {
                    milestones[m] = day;
                }
            }
        }
        DayRecord record = collector.collect(day, counters);
        counters.clear();
        return record;
    }

    /** The region's summary: its pooled metrics and units, the members' ledgers and totals summed, and each
     *  member's own metrics. */
    RunSummary summary(long seed, List<MemberParameters> names) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric m : Metrics.all()) {
            metrics.put(m.name(), collector.summary(m));
        }
        Map<String, Map<String, Double>> unitMetrics = new LinkedHashMap<>();
        Map<CostComponent, Double> costs = new EnumMap<>(CostComponent.class);
        Map<String, Map<String, Double>> hospitals = new LinkedHashMap<>();
        long[] sums = new long[8];
        int physicians = 0;
        int managers = 0;
        int administrators = 0;
        for (int h = 0; h < members.length; h++) {
            String name = names.get(h).name();
            List<UnitState> units = members[h].units();
            for (UnitState unit : units) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Metric m : Metrics.perUnit()) {
                    values.put(m.name(), collector.unitSummary(offsets[h] + unit.index(), m));
                }
                unitMetrics.put(unitName(name, unit.parameters().name()), values);
            }
            RunSummary member = members[h].summary();
            member.costs().forEach((c, v) -> costs.merge(c, v, Double::sum));
            hospitals.put(name, member.metrics());
            RunSummary.Totals t = member.totals();
            long[] add = {t.admissions(), t.discharges(), t.deathsInHospital(), t.finalCensus(), t.initialHeadcount(),
                    t.hires(), t.quits(), t.finalHeadcount()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] += add[i];
            }
            physicians += t.physicians();
            managers += t.managers();
            administrators += t.administrators();
        }
        RunSummary.Totals totals = new RunSummary.Totals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                sums[7], physicians, managers, administrators);
        return new RunSummary(seed, collector.firstWindowDay(), collector.lastDay(), metrics, unitMetrics, costs,
                totals, RunSummary.AdoptionMilestones.of(milestones), hospitals);
    }

    /** A member's unit as the region names it: {@code hospital/unit}. */
    static String unitName(String hospital, String unit) {
        return hospital + "/" + unit;
    }
}
