package org.groundswell.model.care;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * CARE: a day of care for every patient in hospital, in admission order. First, patients who have waited for a
 * bed their longest are put in an extra bed on their unit. On each unit that patients wait for
 * (a bed freed goes at once to the patient waiting longest for it), as many patients as wait there and within
 * {@code flow.earlyDischargeDays} of the end of their care are moved on early. Then a patient's care
 * progresses at its bed's unit's speed today (slowed by overload and physicians' load, quickened by good
 * coordination, slowed off-service; not at all while it waits for a bed). Harm, falls with injury, a
 * hospital-acquired pressure injury and death are hazards that accumulate at the unit's rates today and strike
 * when they cross the patient's own exponential thresholds:
 * <ul>
 *   <li>adverse events: more patients per nurse, exhaustion, agency staff, open problems, poor coordination and
 *       occupancy above the tipping point raise them; an engaged patient catches part of them;</li>
 *   <li>falls with injury: patients per nurse and exhaustion raise them, engagement lowers them;</li>
 *   <li>pressure injuries (at most one a stay): patients per nurse, exhaustion and acuity raise them;</li>
 *   <li>death: Aiken et al. 2002, odds of death x1.07 per extra patient per nurse; a serious adverse event, high
 *       occupancy and waiting for a bed raise it.</li>
 * </ul>
 * Falls and pressure injuries count among the adverse events. A serious adverse event adds days to the stay.
 * Waiting for a bed raises harm and death ({@code flow.boarding*}); a day boarding in the emergency department
 * costs {@code cost.boardingDayCost}. A patient's engagement moves toward what its unit's relationship with its
 * patients allows. When its stay on a unit ends the patient moves along the unit's routes, within the day.
 */
public final class Treatment implements DailyProcess {

    private static final long serialVersionUID = 1L;
    /** Serious adverse events weigh this many times an ordinary one in the patient's rating of its stay. */
    static final int SERIOUS_HARM_WEIGHT = 3;

    private final Ward ward;
    private final CareParameters care;
    private final CostParameters cost;
    private final DayCounters counters;
    private final CostLedger ledger;
    private final FlowParameters flow;
    private final PatientParameters patients;
    private final int[] waitingFor;
    /** How far engagement moves toward its target over a whole day. */
    private final double dayPull;

    public Treatment(Ward ward, CareParameters care, CostParameters cost, DayCounters counters, CostLedger ledger) {
        this.ward = ward;
        this.care = care;
        this.cost = cost;
        this.counters = counters;
        this.ledger = ledger;
        this.flow = ward.flow();
        this.patients = ward.patientParameters();
        this.waitingFor = new int[ward.units().length];
        this.dayPull = 1 - Math.exp(-1.0 / patients.engagementDays());
    }

    @Override
    public void day(int day) {
        for (Patient p : ward.patients()) {
            ward.escalate(p);
        }
        for (int u = 0; u < waitingFor.length; u++) {
            waitingFor[u] = ward.waitingFor(u);
        }
        for (Patient p : ward.patients()) {
            careForDay(p, day);
        }
    }

    private void careForDay(Patient p, int day) {
        UnitState[] units = ward.units();
        double t = p.dayStart;
        double risk = p.highAcuity ? care.highAcuityRisk() : 1.0;
        if (p.waitingFor < 0 && p.offServiceFrom < 0 && waitingFor[p.unit] > 0
                && p.remainingCare <= flow.earlyDischargeDays()) {
            waitingFor[p.unit]--;
            p.remainingCare = 0;
            p.dischargedEarly = true;
        }
        while (t < 1.0) {
            UnitState unit = units[p.unit];
            boolean waiting = p.waitingFor >= 0;
            boolean offService = p.offServiceFrom >= 0;
            double rate = unit.progressRate * (offService ? 1 - flow.offServiceSlowdown() : 1);
            double end = waiting ? 1.0 : Math.min(1.0, t + p.remainingCare / rate);
            double dt = end - t;

            double placement = waiting ? flow.boardingHarmRatio() : offService ? flow.offServiceHarmRatio() : 1;
            double caught = 1 - patients.catchableHarmShare() * patients.engagementHarmReduction() * p.engagement;
            p.harmHazard += care.adverseEventRate() * unit.harmMultiplier * risk * placement * caught * dt;
            while (p.harmHazard >= p.harmThreshold) {
                adverseEvent(p);
                p.harmThreshold += p.random.nextExponential();
            }
            p.fallHazard += care.fallRate() * unit.fallMultiplier * placement
                    * (1 - patients.engagementFallReduction() * p.engagement) * dt;
            while (p.fallHazard >= p.fallThreshold) {
                fall(p);
                p.fallThreshold += p.random.nextExponential();
            }
            if (!p.pressureInjury) {
                p.pressureHazard += care.pressureInjuryRate() * unit.pressureMultiplier * risk * dt;
                if (p.pressureHazard >= p.pressureThreshold) {
                    pressureInjury(p);
                }
            }
            double deathRisk = risk * (p.seriousAdverseEvents > 0 ? care.seriousHarmMortalityRatio() : 1.0)
                    * (waiting ? flow.boardingMortalityRatio() : 1.0);
            p.deathHazard += care.mortalityRate() * unit.deathMultiplier * deathRisk * dt;
            expose(p, unit, dt, waiting, offService);
            if (p.deathHazard >= p.deathThreshold) {
                p.endedAt = day + end;
                p.died = true;
                return;
            }
            t = end;
            if (waiting) {
                break;
            }
            p.remainingCare -= rate * dt;
            if (p.remainingCare <= 1e-9) {
                int next = ward.route(p);
                if (next < 0) {
                    p.endedAt = day + t;
                    return;
                }
                p.dischargedEarly = false;
                ward.moveTo(p, next);
            }
        }
        p.dayStart = 0;
    }

    /** What the patient met over {@code dt} days on {@code unit}: its load, team, staff and relationship. */
    private void expose(Patient p, UnitState unit, double dt, boolean waiting, boolean offService) {
        p.exposure += dt;
        p.patientsPerNurseExposure += unit.patientsPerNurse() * dt;
        p.loadExposure += unit.patientsPerNurseEquivalent() * dt;
        p.careTeamRcExposure += unit.careTeamRc * dt;
        p.exhaustionExposure += unit.meanExhaustion * dt;
        p.relationshipExposure += unit.patientRelationship * dt;
        if (!Double.isNaN(unit.physicianBurnout)) {
            p.physicianBurnoutExposure += unit.physicianBurnout * dt;
            p.physicianExposure += dt;
        }
        if (!Double.isNaN(unit.engagementTarget)) {
            double pull = dt == 1.0 ? dayPull : 1 - Math.exp(-dt / patients.engagementDays());
            p.engagement += (unit.engagementTarget - p.engagement) * pull;
        }
        if (waiting) {
            p.waitingDays += dt;
            if (ward.isEmergency(p.unit)) {
                ledger.post(CostComponent.BOARDING, cost.boardingDayCost() * dt);
            }
        } else if (offService) {
            p.offServiceDays += dt;
        }
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

    private void fall(Patient p) {
        p.adverseEvents++;
        p.falls++;
        counters.add(Counter.ADVERSE_EVENTS, p.unit, 1);
        counters.add(Counter.FALLS, p.unit, 1);
        ledger.post(CostComponent.FALLS, cost.fallCost());
    }

    private void pressureInjury(Patient p) {
        p.adverseEvents++;
        p.pressureInjury = true;
        counters.add(Counter.ADVERSE_EVENTS, p.unit, 1);
        ledger.post(CostComponent.PRESSURE_INJURIES, cost.pressureInjuryCost());
    }
}
