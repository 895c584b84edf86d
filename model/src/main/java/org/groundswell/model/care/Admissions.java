package org.groundswell.model.care;

import org.groundswell.model.kernel.DailyProcess;

import ec.util.MersenneTwisterFast;
import sim.util.distribution.Poisson;

/**
 * ARRIVALS: patients enter the hospital. Each unit of entry admits a Poisson number of patients a day (mean
 * {@code units[].admissionsPerDay}), in unit order, each at a uniform time of the day and with its own
 * generator for its stay lengths, routes and thresholds of harm and death, so that paired runs meet the same
 * patients; then the readmissions due today return to their unit of entry.
 */
public final class Admissions implements DailyProcess {

    private static final long serialVersionUID = 1L;

    private final Ward ward;
    private final Poisson poisson;
    private final MersenneTwisterFast patientsStream;

    /**
     * @param arrivalsStream the stream of the daily numbers of arrivals
     * @param patientsStream the stream of each new patient's seed and arrival time
     */
    public Admissions(Ward ward, MersenneTwisterFast arrivalsStream, MersenneTwisterFast patientsStream) {
        this.ward = ward;
        this.poisson = new Poisson(1.0, arrivalsStream);
        this.patientsStream = patientsStream;
    }

    @Override
    public void day(int day) {
        for (UnitState unit : ward.units()) {
            double mean = unit.parameters().admissionsPerDay();
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int k = 0; k < n; k++) {
                long seed = patientsStream.nextLong();
                double at = day + patientsStream.nextDouble();
                ward.admit(new Patient(ward.nextPatientId(), seed, false, unit.index(), at,
                        unit.parameters().highAcuityShare()), day);
            }
        }
        for (Ward.Readmission r = ward.dueBefore(day + 1); r != null; r = ward.dueBefore(day + 1)) {
            UnitState entry = ward.units()[r.entryUnit()];
            ward.admit(new Patient(ward.nextPatientId(), r.seed(), true, r.entryUnit(), r.at(),
                    entry.parameters().highAcuityShare()), day);
        }
    }
}
