package org.groundswell.model.metrics;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cost ledger: every cost the model incurs is posted here under one {@link CostComponent}, so the parts
 * always add up to the total. Keeps the day's postings and the running totals.
 */
public final class CostLedger implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] today = new double[CostComponent.values().length];
    private final double[] cumulative = new double[CostComponent.values().length];

    /** Posts {@code amount} under {@code component}. */
    public void post(CostComponent component, double amount) {
        today[component.ordinal()] += amount;
        cumulative[component.ordinal()] += amount;
    }

    /** Cost posted today, all components. */
    public double todayTotal() {
        double sum = 0;
        for (double v : today) {
            sum += v;
        }
        return sum;
    }

    /** Cost posted since the first day, all components. */
    public double cumulativeTotal() {
        double sum = 0;
        for (double v : cumulative) {
            sum += v;
        }
        return sum;
    }

    /** Cost posted since the first day under {@code component}. */
    public double cumulative(CostComponent component) {
        return cumulative[component.ordinal()];
    }

    /** Cumulative cost by component, in declaration order. */
    public Map<CostComponent, Double> breakdown() {
        Map<CostComponent, Double> map = new EnumMap<>(CostComponent.class);
        for (CostComponent c : CostComponent.values()) {
            map.put(c, cumulative[c.ordinal()]);
        }
        return map;
    }

    /** Starts a new day's postings. */
    public void newDay() {
        java.util.Arrays.fill(today, 0);
    }
}
