package org.groundswell.model.care;

import java.io.Serializable;

import org.groundswell.model.kernel.KeyedRandom;

/**
 * A patient during one hospital stay. Carries its own random generator and the exponential thresholds
 * against which its accumulated hazards of harm and death are compared.
 */
public final class Patient implements Serializable {

    private static final long serialVersionUID = 1L;

    final long id;
    final KeyedRandom random;
    final boolean highAcuity;
    final boolean readmission;
    final int entryUnit;
    final double admittedAt;
    final StringBuilder path = new StringBuilder();

    /** The unit whose bed the patient is in (and whose staff care for it). */
    int unit;
    /** The unit whose care the patient is receiving, when placed off-service on another; else -1. */
    int offServiceFrom = -1;
    /** The unit the patient waits for a bed on, while boarding or held; else -1. */
    int waitingFor = -1;
    /** Days of care still needed on the current unit (at full speed). */
    double remainingCare;
    /** Time within the current day from which the patient is on the unit (arrival or transfer). */
    double dayStart;

    double harmHazard;
    double harmThreshold;
    double deathHazard;
    final double deathThreshold;

    double fallHazard;
    double fallThreshold;
    double pressureHazard;
    final double pressureThreshold;
    /** The patient's (and family's) engagement in its own care, 0-1. */
    double engagement;

    int adverseEvents;
    int seriousAdverseEvents;
    int falls;
    boolean pressureInjury;
    boolean dischargedEarly;
    double waitingDays;
    /** The patient's waiting days when its current wait began. */
    double waitBegan;
    double offServiceDays;
    double exhaustionExposure;
    double loadExposure;
    double physicianBurnoutExposure;
    double physicianExposure;
    double relationshipExposure;
    double patientsPerNurseExposure;
    double careTeamRcExposure;
    double exposure;

    /** Set when the stay ends: the time, and whether in death. */
    double endedAt = Double.NaN;
    boolean died;

    Patient(long id, long seed, boolean readmission, int entryUnit, double admittedAt, double highAcuityShare) {
        this.id = id;
        this.random = new KeyedRandom(seed);
        this.readmission = readmission;
        this.entryUnit = entryUnit;
        this.admittedAt = admittedAt;
        this.highAcuity = random.nextDouble() < highAcuityShare;
        this.harmThreshold = random.nextExponential();
        this.deathThreshold = random.nextExponential();
        this.fallThreshold = random.nextExponential();
        this.pressureThreshold = random.nextExponential();
    }

    /** Identifier, unique within a run. */
    public long id() {
        return id;
    }

    /** The unit whose bed the patient is in. */
    public int unit() {
        return unit;
    }

    /** The unit whose care the patient is receiving: its own unit, even when placed off-service. */
    int careUnit() {
        return offServiceFrom >= 0 ? offServiceFrom : unit;
    }

    /** Whether the patient waits for a bed on another unit. */
    public boolean waiting() {
        return waitingFor >= 0;
    }

    /** Whether the patient is high-acuity. */
    public boolean highAcuity() {
        return highAcuity;
    }

    boolean ended() {
        return !Double.isNaN(endedAt);
    }
}
