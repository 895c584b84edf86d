package org.groundswell.model.wellbeing;

import java.util.List;

import org.groundswell.model.care.Census;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.Hiring;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.Staffing;
import org.groundswell.model.workforce.Workforce;
import org.groundswell.model.workforce.Workload;

/**
 * The default hospital's staff and the processes that act on their wellbeing, wired as {@code Hospital.start()}
 * wires them, but without patients, network, voice or change: staffing sets the load from whatever census a
 * test gives the units ({@link #census}); burnout, turnover and hiring run as the test calls them. Each unit's
 * staffing budget is its beds at {@link #OCCUPANCY}. A fixture is a pure function of its parameters: two
 * fixtures of the same seed hold the same people, who meet the same luck.
 */
final class WellbeingFixture {

    /** Share of beds the staffing budget is planned on. */
    static final double OCCUPANCY = 0.85;
    static final int FIRST_DAY = 0;

    final HospitalParameters parameters;
    final UnitState[] units;
    final double[] expectedCensus;
    final DayCounters counters;
    final CostLedger ledger = new CostLedger();
    final Workforce workforce;
    final Workload workload;
    final Burnout burnout;
    final Staffing staffing;
    final Hiring hiring;
    final Turnover turnover;

    WellbeingFixture(HospitalParameters parameters) {
        this.parameters = parameters;
        List<UnitParameters> unitParameters = parameters.units();
        int n = unitParameters.size();
        units = new UnitState[n];
        expectedCensus = new double[n];
        for (int u = 0; u < n; u++) {
            units[u] = new UnitState(u, unitParameters.get(u), parameters.care());
            expectedCensus[u] = unitParameters.get(u).beds() * OCCUPANCY;
        }
        Streams streams = new Streams(parameters.seed());
        counters = new DayCounters(n);
        workforce = new Workforce(units, expectedCensus, parameters.staffing(), parameters.workforce(),
                parameters.cost(), parameters.care().referencePatientsPerNurse(),
                streams.stream(Streams.WORKFORCE).nextLong());
        workload = new Workload(n);
        burnout = new Burnout(parameters.wellbeing(), parameters.workforce(),
                parameters.care().referencePatientsPerNurse(), workforce, workload, units);
        Physicians physicians = new Physicians(parameters.physicians(), units, expectedCensus, new int[n][0],
                streams.stream(Streams.PHYSICIANS));
        staffing = new Staffing(workforce, burnout, workload, physicians, counters, ledger,
                parameters.wellbeing().sustainablePatientsPerNurse());
        workforce.fill(FIRST_DAY, burnout);
        hiring = new Hiring(workforce, burnout, counters);
        turnover = new Turnover(parameters.workforce(), parameters.cost(), workforce, burnout, hiring, counters, ledger);
    }

    /** Sets every unit's census to {@code multiple} times the census its staff are budgeted for. */
    void census(double multiple) {
        for (UnitState unit : units) {
            Census.set(unit, (int) Math.round(multiple * expectedCensus[unit.index()]));
        }
    }

    /** Mean exhaustion of the staff employed now. */
    double meanExhaustion() {
        double[] e = burnout.exhaustionOfEmployed();
        double sum = 0;
        for (double v : e) {
            sum += v;
        }
        return sum / e.length;
    }
}
