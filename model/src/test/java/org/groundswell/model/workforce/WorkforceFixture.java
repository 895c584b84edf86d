package org.groundswell.model.workforce;

import java.util.List;

import org.groundswell.model.care.Census;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.CostLedger;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The default hospital's positions and the workforce processes around them, wired as {@code Hospital.start()}
 * wires them, but without patients, network or change, and with staff who never tire ({@link Rested}): what a
 * test of staffing or hiring needs, and nothing else. Each unit's staffing budget is its beds at
 * {@link #OCCUPANCY}; its census is whatever the test sets ({@link #census}).
 */
final class WorkforceFixture {

    /** Share of beds the staffing budget is planned on. */
    static final double OCCUPANCY = 0.85;
    static final int FIRST_DAY = 0;

    final HospitalParameters parameters;
    final UnitState[] units;
    final double[] expectedCensus;
    final DayCounters counters;
    final CostLedger ledger = new CostLedger();
    final Rested wellbeing = new Rested();
    final Workforce workforce;
    final Workload workload;
    final Staffing staffing;
    final Hiring hiring;

    /** The workforce of {@code parameters}, its positions filled on day {@value #FIRST_DAY}. */
    WorkforceFixture(HospitalParameters parameters) {
        this.parameters = parameters;
        List<UnitParameters> unitParameters = parameters.units();
        int n = unitParameters.size();
        units = new UnitState[n];
        expectedCensus = new double[n];
        int[][] noNeighbours = new int[n][0];
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
        Physicians physicians = new Physicians(parameters.physicians(), units, expectedCensus, noNeighbours,
                streams.stream(Streams.PHYSICIANS));
        staffing = new Staffing(workforce, wellbeing, workload, physicians, counters, ledger,
                parameters.wellbeing().sustainablePatientsPerNurse());
        workforce.fill(FIRST_DAY, wellbeing);
        hiring = new Hiring(workforce, wellbeing, counters);
    }

    /** The default hospital with seed {@code seed}. */
    static WorkforceFixture of(long seed) {
        return new WorkforceFixture(HospitalParameters.communityHospital().withSeed(seed));
    }

    /** Sets every unit's census to {@code multiple} times the census its staff are budgeted for. */
    void census(double multiple) {
        for (UnitState unit : units) {
            Census.set(unit, (int) Math.round(multiple * expectedCensus[unit.index()]));
        }
    }

    /** Staff who never tire and are never burned out; it counts the hires that start. */
    static final class Rested implements StaffWellbeing {

        private static final long serialVersionUID = 1L;
        int hires;

        @Override
        public void veteran(int slot, Role role, KeyedRandom random) {
        }

        @Override
        public void hire(int slot, KeyedRandom random) {
            hires++;
        }

        @Override
        public double exhaustion(int slot) {
            return 0;
        }

        @Override
        public boolean burnedOut(int slot) {
            return false;
        }
    }
}
