package org.groundswell.model.care;

import org.groundswell.model.kernel.DailyProcess;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

import ec.util.MersenneTwisterFast;
import sim.util.distribution.Poisson;

/**
 * ARRIVALS: patients enter the hospital. Each unit of entry admits a Poisson number of patients a day (mean
 * {@code units[].admissionsPerDay}), in unit order, each at a uniform time of the day and with its own
 * generator for its stay lengths, routes and thresholds of harm and death, so that paired runs meet the same
 * patients; then the readmissions due today return to their unit of entry. On a day that starts with boarders
 * filling at least {@code flow.diversionBoardingShare} of an emergency department's beds, the department
 * diverts ambulances for the day (the hours of every department add up): each emergency arrival comes by ambulance with probability
 * {@code flow.ambulanceShare} (its own draw) and is taken elsewhere, and the hours cost the revenue forgone
 * ({@code cost.diversionHourCost}; McConnell et al. 2006).
 */
public final class Admissions implements DailyProcess {

    private static final long serialVersionUID = 1L;
    private static final int HOURS_PER_DAY = 24;

    private final Ward ward;
    private final Poisson poisson;
    private final MersenneTwisterFast patientsStream;
    private final CostParameters cost;
    private final DayCounters counters;
    private final CostLedger ledger;
    private final boolean[] diverting;
    private final int[] boarders;

    /**
     * @param arrivalsStream the stream of the daily numbers of arrivals
     * @param patientsStream the stream of each new patient's seed and arrival time
     */
    public Admissions(Ward ward, MersenneTwisterFast arrivalsStream, MersenneTwisterFast patientsStream,
                      CostParameters cost, DayCounters counters, CostLedger ledger) {
        this.ward = ward;
        this.poisson = new Poisson(1.0, arrivalsStream);
        this.patientsStream = patientsStream;
        this.cost = cost;
        this.counters = counters;
        this.ledger = ledger;
        this.diverting = new boolean[ward.units().length];
        this.boarders = new int[ward.units().length];
    }

    @Override
    public void day(int day) {
        UnitState[] units = ward.units();
        ward.countBoarders(boarders);
        for (UnitState unit : units) {
            int e = unit.index();
            diverting[e] = ward.isEmergency(e)
                    && boarders[e] >= ward.flow().diversionBoardingShare() * unit.parameters().beds();
            if (diverting[e]) {
                counters.add(Counter.DIVERSION_HOURS, counters.hospitalSlot(), HOURS_PER_DAY);
                ledger.post(CostComponent.DIVERSION, cost.diversionHourCost() * HOURS_PER_DAY);
            }
        }
        for (UnitState unit : ward.units()) {
            double mean = unit.parameters().admissionsPerDay();
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int k = 0; k < n; k++) {
                long seed = patientsStream.nextLong();
                double at = day + patientsStream.nextDouble();
                Patient p = new Patient(ward.nextPatientId(), seed, false, unit.index(), at,
                        unit.parameters().highAcuityShare());
                boolean ambulance = ward.isEmergency(unit.index())
                        && p.random.nextDouble() < ward.flow().ambulanceShare();
                if (!(diverting[unit.index()] && ambulance)) {
                    ward.admit(p, day);
                }
            }
        }
        for (Ward.Readmission r = ward.dueBefore(day + 1); r != null; r = ward.dueBefore(day + 1)) {
            UnitState entry = ward.units()[r.entryUnit()];
            ward.admit(new Patient(ward.nextPatientId(), r.seed(), true, r.entryUnit(), r.at(),
                    entry.parameters().highAcuityShare()), day);
        }
    }
}
