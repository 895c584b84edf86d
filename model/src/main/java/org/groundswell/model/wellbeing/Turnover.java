package org.groundswell.model.wellbeing;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.workforce.Hiring;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.WorkforceParameters;

/**
 * WELLBEING, second: turnover. Each day each employed person quits with a hazard that, from the annual base
 * rate {@code workforce.baseAnnualQuitRate}, is {@code workforce.intentQuitRatio} times higher for a registered
 * nurse who intends to leave within a year ({@link Burnout#intendsToLeave}: burned out and dissatisfied nurses
 * intend to more often, Aiken et al. 2002, JAMA 288:1987) and {@code workforce.burnoutQuitRatio} times higher
 * for anyone else who is burned out, calibrated to a realistic annual RN turnover (NSI National Health Care
 * Retention reports: 16–22%; intent to leave the strongest predictor of nurses' quitting, Nei et al. 2015). A
 * quit costs recruiting and onboarding ({@code cost.nurseTurnoverCost} for a nurse) and leaves a vacancy,
 * filled after the hiring lag ({@link Hiring}) and meanwhile raising everyone else's load: the vicious circle
 * of understaffing and burnout.
 */
public final class Turnover implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final WorkforceParameters workforce;
    private final CostParameters cost;
    private final Workforce staff;
    private final Burnout burnout;
    private final Hiring hiring;
    private final DayCounters counters;
    private final CostLedger ledger;
    private transient long[] quitKeys;
    private long quits;

    public Turnover(WorkforceParameters workforce, CostParameters cost, Workforce staff, Burnout burnout,
                    Hiring hiring, DayCounters counters, CostLedger ledger) {
        this.workforce = workforce;
        this.cost = cost;
        this.staff = staff;
        this.burnout = burnout;
        this.hiring = hiring;
        this.counters = counters;
        this.ledger = ledger;
    }

    /** Some staff quit, by their quit hazard, slot by slot in slot order. */
    @Override
    public void day(int day) {
        double baseHazard = -Math.log(1 - workforce.baseAnnualQuitRate()) / 365.0;
        double quitRatio = workforce.burnoutQuitRatio();
        double intentRatio = workforce.intentQuitRatio();
        int nurse = Role.REGISTERED_NURSE.ordinal();
        long[] quitKey = quitKeys();
        long today = KeyedRandom.suffix(day);
        int units = staff.units();
        int roles = Role.values().length;
        for (int u = 0; u < units; u++) {
            for (int r = 0; r < roles; r++) {
                for (int i : staff.slots(u, r)) {
                    if (!staff.occupied(i)) {
                        continue;
                    }
                    double ratio = r == nurse
                            ? (burnout.intendsToLeave(i) ? intentRatio : 1)
                            : (burnout.burnedOut(i) ? quitRatio : 1);
                    double hazard = baseHazard * ratio;
                    if (KeyedRandom.uniformAfter(quitKey[i], today) < hazard) {
                        quit(i, day);
                    }
                }
            }
        }
    }

    /**
     * Each position's part of its daily quit draw, {@code KeyedRandom.uniform(slotKey, day)}, that does not
     * depend on the day ({@link KeyedRandom#prefix}); worked out once, and again after a checkpoint.
     */
    private long[] quitKeys() {
        if (quitKeys == null) {
            long[] keys = new long[staff.positions()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = KeyedRandom.prefix(staff.slotKey(i));
            }
            quitKeys = keys;
        }
        return quitKeys;
    }

    private void quit(int i, int day) {
        Role role = staff.roleOf(i);
        quits++;
        counters.add(Counter.QUITS, staff.unitOf(i), 1);
        if (role == Role.REGISTERED_NURSE) {
            counters.add(Counter.NURSE_QUITS, staff.unitOf(i), 1);
        }
        ledger.post(CostComponent.TURNOVER, cost.turnoverCost(role));
        hiring.vacate(i, day + 1);
    }

    /** Quits since the first day. */
    public long quits() {
        return quits;
    }
}
