package org.groundswell.model.care;

import java.io.Serializable;

import org.groundswell.model.kernel.UnitParameters;

/**
 * A unit as it is today: who is on it and the conditions of care that today's staffing sets, turned into
 * hazards of harm and death and the speed at which care progresses.
 */
public final class UnitState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final UnitParameters parameters;
    private final CareParameters care;
    private final FlowParameters flow;
    private final PatientParameters patients;

    int census;
    /** Patients in the unit's beds now, kept as they move (the census is the count at midnight). */
    int occupied;
    double fallMultiplier = 1;
    double pressureMultiplier = 1;
    /** The patient-staff relationship on the RC scale (1-5), and the engagement it draws patients toward. */
    double patientRelationship = Double.NaN;
    double engagementTarget = Double.NaN;
    double meanExhaustion;
    private double coproductionRelationship;
    private double coproductionEngagement;
    private double dischargeProblems;
    private double patientsPerNurse;
    private double patientsPerNurseEquivalent;
    double harmMultiplier = 1;
    double deathMultiplier = 1;
    double progressRate = 1;
    double careTeamRc = Double.NaN;
    private double coordinationHarm = 1;
    private double coordinationSpeed = 1;
    private double problemHarm;
    private double physicianHarm = 1;
    /** Share of the unit's rounding physicians burned out, as the physicians last left it. */
    double physicianBurnout = Double.NaN;
    private double timeLoss;
    private double timeAway;
    private double extraStrain;
    private int unansweredVoice;
    private double doneToDose;
    private double fixesWorked;
    private double staffCynicism = Double.NaN;

    public UnitState(int index, UnitParameters parameters, CareParameters care, FlowParameters flow,
                     PatientParameters patients) {
        this.index = index;
        this.parameters = parameters;
        this.care = care;
        this.flow = flow;
        this.patients = patients;
    }

    /** A unit with the default flow and patient parameters. */
    public UnitState(int index, UnitParameters parameters, CareParameters care) {
        this(index, parameters, care, org.groundswell.model.param.Defaults.of(FlowParameters.class),
                org.groundswell.model.param.Defaults.of(PatientParameters.class));
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
        double productive = nursesPerShift * (1 - timeLoss - timeAway);
        patientsPerNurseEquivalent = (productive > 0 ? census / productive : census) / parameters.nurseRatioFactor();
        double excess = patientsPerNurseEquivalent - care.referencePatientsPerNurse();
        double exhaustionFactor = Math.pow(care.exhaustionHarmRatio(), (meanExhaustion - 0.4) / 0.1);
        double crowding = Math.pow(flow.occupancyHarmRatio(),
                Math.max(0, Math.min(flow.occupancyCeiling(), (double) census / parameters.beds())
                        - flow.occupancyTippingPoint()) / 0.1);
        harmMultiplier = Math.pow(care.staffingHarmRatio(), excess) * exhaustionFactor
                * (1 + (care.agencyHarmRatio() - 1) * agencyShare)
                * (1 + problemHarm) * coordinationHarm * crowding * physicianHarm;
        deathMultiplier = Math.pow(care.staffingMortalityRatio(), excess) * crowding;
        fallMultiplier = Math.pow(care.fallStaffingRatio(), excess) * exhaustionFactor;
        pressureMultiplier = Math.pow(care.pressureInjuryStaffingRatio(), excess) * exhaustionFactor;
        double ceiling = care.maxHazardMultiplier();
        harmMultiplier = Math.min(ceiling, harmMultiplier);
        deathMultiplier = Math.min(ceiling, deathMultiplier);
        fallMultiplier = Math.min(ceiling, fallMultiplier);
        pressureMultiplier = Math.min(ceiling, pressureMultiplier);
        this.meanExhaustion = meanExhaustion;
        double rc = Double.isNaN(careTeamRc) ? RcScale.NEUTRAL_HIGH : careTeamRc;
        double cynicism = Double.isNaN(staffCynicism) ? 0 : staffCynicism;
        patientRelationship = Math.max(RcScale.MIN, Math.min(RcScale.MAX, rc + coproductionRelationship
                - patients.relationshipPerCynicism() * Math.max(0, cynicism - 0.3) / 0.1
                - patients.relationshipPerOverload() * Math.max(0, nurseOverload)));
        engagementTarget = Math.max(0, Math.min(1,
                (patientRelationship - RcScale.MIN) / (RcScale.MAX - RcScale.MIN) + coproductionEngagement));
        progressRate = coordinationSpeed
                / (1.0 + care.delayPerPatient() * Math.max(0, nurseOverload) + physicianDelay);
    }

    /**
     * Sets what the unit's relational coordination does to care from today on.
     *
     * @param harm       multiplier of the adverse-event hazard
     * @param speed      multiplier of the speed of care
     * @param careTeamRc the RC index of the care team the unit's patients meet
     */
    public void setCoordination(double harm, double speed, double careTeamRc) {
        this.coordinationHarm = harm;
        this.coordinationSpeed = speed;
        this.careTeamRc = careTeamRc;
    }

    /**
     * Sets what the unit's open problems do from today on.
     *
     * @param harm     relative rise of the adverse-event hazard
     * @param timeLoss share of staff time wasted on broken systems
     */
    public void setProblems(double harm, double timeLoss) {
        this.problemHarm = harm;
        this.timeLoss = timeLoss;
    }

    /**
     * Sets what the unit's physicians' burnout does from today on: the multiplier of the adverse-event hazard, and
     * the share of its rounding physicians burned out, which its patients feel.
     */
    public void setPhysicians(double harmMultiplier, double burnedOutShare) {
        this.physicianHarm = harmMultiplier;
        this.physicianBurnout = burnedOutShare;
    }

    /**
     * Sets the coproduction on the unit from today on: the rise of its patient-staff relationship (RC points) and
     * of the engagement its patients are drawn toward.
     */
    public void setCoproduction(double relationship, double engagement) {
        this.coproductionRelationship = relationship;
        this.coproductionEngagement = engagement;
    }

    /** Sets the burden of the unit's open discharge-planning problems (effective severity x harm per severity). */
    public void setDischargeProblems(double burden) {
        this.dischargeProblems = burden;
    }

    /** The burden of the unit's open discharge-planning problems today. */
    public double dischargeProblems() {
        return dischargeProblems;
    }

    /** The patient-staff relationship on the RC scale (1-5) today; NaN before the first day's care. */
    public double patientRelationship() {
        return patientRelationship;
    }

    /** Patients in the unit's beds now. */
    public int occupied() {
        return occupied;
    }

    /** Sets the strain (log-odds of exhaustion) the unit's relationships and moral injury add for its staff. */
    public void setExtraStrain(double strain) {
        this.extraStrain = strain;
    }

    /** Adds to today's extra strain (change: being "done to", or relief from "doing with"). */
    public void addExtraStrain(double strain) {
        this.extraStrain += strain;
    }

    /**
     * Sets how many problems the unit's staff raised that wait unfixed today (voice that has led nowhere yet),
     * for their cynicism.
     */
    public void setUnansweredVoice(int problems) {
        this.unansweredVoice = problems;
    }

    /** Problems the unit's staff raised that wait unfixed today. */
    public int unansweredVoice() {
        return unansweredVoice;
    }

    /** Adds {@code dose} (0–1) of being "done to" today: a mandate imposed on the unit or monitored. */
    public void addDoneTo(double dose) {
        this.doneToDose += dose;
    }

    /** The dose of being "done to" the unit's staff have had since the first day, in all. */
    public double doneToDose() {
        return doneToDose;
    }

    /** Counts {@code fixes} fixes that worked on the unit today: a raised problem fixed, a practice of its own. */
    public void addFixesWorked(double fixes) {
        this.fixesWorked += fixes;
    }

    /** Fixes that worked on the unit since the first day, in all. */
    public double fixesWorked() {
        return fixesWorked;
    }

    /** Sets the mean cynicism (0–1) of the unit's staff, as the wellbeing model last moved it. */
    public void setStaffCynicism(double cynicism) {
        this.staffCynicism = cynicism;
    }

    /** Mean cynicism (0–1) of the unit's staff at the end of yesterday; NaN before the first day's wellbeing. */
    public double staffCynicism() {
        return staffCynicism;
    }

    /** Sets the share of staff time taken from care for training and improvement work, not covered by backfill. */
    public void setTimeAway(double share) {
        this.timeAway = share;
    }

    /** Share of staff time wasted on broken systems today. */
    public double timeLoss() {
        return timeLoss;
    }

    /** Share of staff time away from care in training and improvement work, uncovered. */
    public double timeAway() {
        return timeAway;
    }

    /** Share of staff time not available for care: wasted on broken systems or away in training and improvement. */
    public double unavailable() {
        return timeLoss + timeAway;
    }

    /** Strain added to every staff member of the unit by its relationships and moral injury. */
    public double extraStrain() {
        return extraStrain;
    }

    /** The RC index of the care team the unit's patients meet today. */
    public double careTeamRc() {
        return careTeamRc;
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
