package org.groundswell.model.care;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * CARE: a day of care for every patient in hospital, in admission order. A patient's care progresses at its
 * unit's speed today (slowed by overload and physicians' load, quickened by good coordination); harm and death
 * are hazards that accumulate at the unit's rates today (more patients per nurse, exhaustion, agency staff,
 * open problems and poor coordination raise harm; Aiken et al. 2002: odds of death ×1.07 per extra patient per
 * nurse) and strike when they cross the patient's own exponential thresholds. A serious adverse event adds
 * days to the stay and raises the risk of death. When its stay on a unit ends the patient moves along the
 * unit's routes, within the day: a transfer at 14:00 puts the rest of the day's exposure on the receiving unit.
 */
public final class Treatment implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Ward ward;
    private final CareParameters care;
    private final CostParameters cost;
    private final DayCounters counters;
    private final CostLedger ledger;

    public Treatment(Ward ward, CareParameters care, CostParameters cost, DayCounters counters, CostLedger ledger) {
        this.ward = ward;
        this.care = care;
        this.cost = cost;
        this.counters = counters;
        this.ledger = ledger;
    }

    @Override
    public void day(int day) {
        for (Patient p : ward.patients()) {
            careForDay(p, day);
        }
    }

    private void careForDay(Patient p, int day) {
        UnitState[] units = ward.units();
        double t = p.dayStart;
        double risk = p.highAcuity ? care.highAcuityRisk() : 1.0;
        while (t < 1.0) {
            UnitState unit = units[p.unit];
            double rate = unit.progressRate;
            double end = Math.min(1.0, t + p.remainingCare / rate);
            double dt = end - t;

            p.harmHazard += care.adverseEventRate() * unit.harmMultiplier * risk * dt;
            while (p.harmHazard >= p.harmThreshold) {
                adverseEvent(p);
                p.harmThreshold += p.random.nextExponential();
            }
            double deathRisk = risk * (p.seriousAdverseEvents > 0 ? care.seriousHarmMortalityRatio() : 1.0);
            p.deathHazard += care.mortalityRate() * unit.deathMultiplier * deathRisk * dt;
            p.exposure += dt;
            p.patientsPerNurseExposure += unit.patientsPerNurse() * dt;
            p.careTeamRcExposure += unit.careTeamRc * dt;
            if (p.deathHazard >= p.deathThreshold) {
                p.endedAt = day + end;
                p.died = true;
                return;
            }
            p.remainingCare -= rate * dt;
            t = end;
            if (p.remainingCare <= 1e-9) {
                int next = ward.route(p);
                if (next < 0) {
                    p.endedAt = day + t;
                    return;
                }
                ward.enterUnit(p, next);
            }
        }
        p.dayStart = 0;
    }

    private void adverseEvent(Patient p) {
        p.adverseEvents++;
        counters.add(Counter.ADVERSE_EVENTS, p.unit, 1);
        if (p.random.nextDouble() < care.seriousShare()) {
            p.seriousAdverseEvents++;
            p.remainingCare += care.seriousHarmExtraDays();
            counters.add(Counter.SERIOUS_ADVERSE_EVENTS, p.unit, 1);
            ledger.post(CostComponent.ADVERSE_EVENTS, cost.seriousAdverseEventCost());
        } else {
            ledger.post(CostComponent.ADVERSE_EVENTS, cost.adverseEventCost());
        }
    }
}
