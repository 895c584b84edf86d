package org.groundswell.model.care;

import java.io.Serializable;

import org.groundswell.model.UnitParameters;

/**
 * A unit as it is today: who is on it and the conditions of care that today's staffing sets, turned into
 * hazards of harm and death and the speed at which care progresses.
 */
public final class UnitState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final UnitParameters parameters;
    private final CareParameters care;

    int census;
    private double patientsPerNurse;
    private double patientsPerNurseEquivalent;
    double harmMultiplier = 1;
    double deathMultiplier = 1;
    double progressRate = 1;

    public UnitState(int index, UnitParameters parameters, CareParameters care) {
        this.index = index;
        this.parameters = parameters;
        this.care = care;
    }

    /**
     * Sets today's conditions of care from today's staffing.
     *
     * @param nursesPerShift       registered nurses on duty per shift
     * @param meanExhaustion       mean exhaustion of the unit's staff
     * @param agencyShare          share of RN shifts worked by agency staff
     * @param nurseOverload        patients per nurse (general-unit equivalent) above the sustainable load
     * @param physicianDelay       share by which physician overload slows care
     */
    public void setConditions(double nursesPerShift, double meanExhaustion, double agencyShare, double nurseOverload,
                              double physicianDelay) {
        patientsPerNurse = nursesPerShift > 0 ? census / nursesPerShift : census;
        patientsPerNurseEquivalent = patientsPerNurse / parameters.nurseRatioFactor();
        double excess = patientsPerNurseEquivalent - care.referencePatientsPerNurse();
        harmMultiplier = Math.pow(care.staffingHarmRatio(), excess)
                * Math.pow(care.exhaustionHarmRatio(), (meanExhaustion - 0.4) / 0.1)
                * (1 + (care.agencyHarmRatio() - 1) * agencyShare);
        deathMultiplier = Math.pow(care.staffingMortalityRatio(), excess);
        progressRate = 1.0 / (1.0 + care.delayPerPatient() * Math.max(0, nurseOverload) + physicianDelay);
    }

    /** Position of the unit in the scenario. */
    public int index() {
        return index;
    }

    /** The unit's parameters. */
    public UnitParameters parameters() {
        return parameters;
    }

    /** Patients on the unit at the last midnight count: what today's staffing is planned on. */
    public int census() {
        return census;
    }

    /** Patients per registered nurse on duty today. */
    public double patientsPerNurse() {
        return patientsPerNurse;
    }

    /** Patients per RN today, scaled to a general unit (ICU 2 patients per RN at factor 0.4 counts as 5). */
    public double patientsPerNurseEquivalent() {
        return patientsPerNurseEquivalent;
    }
}
