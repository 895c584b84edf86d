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

    int unit;
    /** Days of care still needed on the current unit (at full speed). */
    double remainingCare;
    /** Time within the current day from which the patient is on the unit (arrival or transfer). */
    double dayStart;

    double harmHazard;
    double harmThreshold;
    double deathHazard;
    final double deathThreshold;

    int adverseEvents;
    int seriousAdverseEvents;
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
    }

    /** Identifier, unique within a run. */
    public long id() {
        return id;
    }

    /** The unit the patient is on. */
    public int unit() {
        return unit;
    }

    /** Whether the patient is high-acuity. */
    public boolean highAcuity() {
        return highAcuity;
    }

    boolean ended() {
        return !Double.isNaN(endedAt);
    }
}
