package org.groundswell.model.metrics;

import java.io.Serializable;

import org.groundswell.model.kernel.Calendar;

/**
 * The day's costs that do not depend on what anyone does today: physicians', managers' and administrators'
 * salaries (Himmelstein et al. 2014: administration is about a quarter of US hospital spending), the hotel cost
 * of each patient-day, and the fixed operating cost.
 */
public final class Overheads implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CostParameters cost;
    private final int physicians;
    private final int managers;
    private final int administrators;

    /** @param managers unit managers and senior leaders */
    public Overheads(CostParameters cost, int physicians, int managers, int administrators) {
        this.cost = cost;
        this.physicians = physicians;
        this.managers = managers;
        this.administrators = administrators;
    }

    /** Posts the day's overheads for a hospital with {@code census} patients in beds. */
    public void post(CostLedger ledger, double census) {
        ledger.post(CostComponent.PHYSICIANS, physicians * cost.physicianAnnualCost() / Calendar.DAYS_PER_YEAR);
        ledger.post(CostComponent.MANAGEMENT, managers * cost.managerAnnualCost() / Calendar.DAYS_PER_YEAR);
        ledger.post(CostComponent.ADMINISTRATION, administrators * cost.administratorAnnualCost() / Calendar.DAYS_PER_YEAR);
        ledger.post(CostComponent.PATIENT_DAYS, census * cost.patientDayCost());
        ledger.post(CostComponent.FIXED_OPERATING, cost.fixedDailyCost());
    }
}
