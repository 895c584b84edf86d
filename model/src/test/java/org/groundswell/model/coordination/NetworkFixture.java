package org.groundswell.model.coordination;

import java.util.List;

import org.groundswell.model.care.CensusPlan;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.Role;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.workforce.Physicians;
import org.groundswell.model.workforce.StaffWellbeing;
import org.groundswell.model.workforce.Workforce;

/**
 * The default hospital's staff network and the relational coordination on it, laid out as
 * {@code Hospital.start()} lays them out (the same plan, positions, physicians and streams), but without
 * patients, burnout, voice or change: what a test of the ties, or of the culture that reads them, needs. The
 * staff never tire ({@link Rested}). The network is scored once when built, so the units' sub-scores are
 * there to read; a test that changes the ties scores it again ({@link #score}). A fixture is a pure function
 * of its parameters.
 */
public final class NetworkFixture {

    public static final int FIRST_DAY = 0;

    public final HospitalParameters parameters;
    public final UnitState[] units;
    public final Workforce workforce;
    public final Physicians physicians;
    public final Coordination coordination;
    public final UnitPeople people;
    public final Presence presence;

    public NetworkFixture(HospitalParameters p) {
        this.parameters = p;
        List<UnitParameters> unitParameters = p.units();
        int n = unitParameters.size();
        units = new UnitState[n];
        for (int u = 0; u < n; u++) {
            units[u] = new UnitState(u, unitParameters.get(u), p.care());
        }
        Streams streams = new Streams(p.seed());
        double plannedOverload = Math.max(0,
                p.staffing().patientsPerNurse() - p.wellbeing().sustainablePatientsPerNurse());
        double[] expectedCensus = CensusPlan.expectedCensus(unitParameters, p.care(), plannedOverload);
        int[][] neighbours = CensusPlan.neighbours(unitParameters);
        physicians = new Physicians(p.physicians(), units, expectedCensus, neighbours, streams.stream(Streams.PHYSICIANS));
        workforce = new Workforce(units, expectedCensus, p.staffing(), p.workforce(), p.cost(),
                p.care().referencePatientsPerNurse(), streams.stream(Streams.WORKFORCE).nextLong());
        workforce.fill(FIRST_DAY, new Rested());
        NetworkLayout.Network network = NetworkLayout.build(workforce, physicians, unitParameters,
                CensusPlan.expectedInflow(unitParameters, p.care().readmissionRate()), p.network(), p.coordination(),
                streams.stream(Streams.NETWORK).nextLong(), 0);
        coordination = network.coordination();
        people = network.people();
        presence = network.presence();
        score();
    }

    /** The default hospital with seed {@code seed}. */
    public static NetworkFixture of(long seed) {
        return new NetworkFixture(HospitalParameters.communityHospital().withSeed(seed));
    }

    /** Scores the ties between the people present, with no unit overloaded. */
    public void score() {
        coordination.score(presence.present(), new double[units.length]);
    }

    /** The ties. */
    public StaffNetwork network() {
        return coordination.network();
    }

    /** Staff who never tire and are never burned out. */
    static final class Rested implements StaffWellbeing {

        private static final long serialVersionUID = 1L;

        @Override
        public void veteran(int slot, Role role, KeyedRandom random) {
        }

        @Override
        public void hire(int slot, KeyedRandom random) {
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
