package org.groundswell.model.coordination;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.UnitRates;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RC scoring sets each unit's care by the communication its patients meet: the adverse-event hazard is
 * multiplied by {@code exp(-harmEffect k dc)} and the speed of care by {@code exp(stayEffect k dc)}, for a rise
 * {@code dc} of timely and accurate communication on the unit's care team and its coordination demand
 * {@code k}. Paired fixtures of one seed hold the same ties; in one of them every tie within units has its
 * timely and accurate communication moved by {@code delta} ({@link Coordination#boost}). Only those two of the
 * seven dimensions change, so the care team's RC index moves by 2/7 of what its communication does: the
 * expected multipliers follow from the index. (The care team of a unit whose patients mostly come and go by
 * transfer, the ICU's, is mostly its cross-unit ties, which are not moved: its communication moves least.) Each unit's conditions are set at the reference load, so that
 * staffing neither raises nor lowers harm or speed.
 */
class RcScoringTest {

    private static final int SEEDS = 3;
    private static final int PATIENTS = 20;

    private static void scoreAndCare(NetworkFixture f) {
        new RcScoring(f.coordination, f.presence, f.units, f.parameters.wellbeing().sustainablePatientsPerNurse()).day(0);
        for (UnitState unit : f.units) {
            UnitRates.atReferenceLoad(unit, f.parameters.care(), PATIENTS);
        }
    }

    @Test
    void aUnitWithBetterCommunicationHasALowerHarmMultiplierAndFasterCare() {
        for (double delta : new double[] {-0.5, 0.3}) {
            for (int seed = 1; seed <= SEEDS; seed++) {
                HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
                CoordinationParameters rc = p.coordination();
                NetworkFixture base = new NetworkFixture(p);
                NetworkFixture moved = new NetworkFixture(p);
                moved.coordination.boost(Dimension.TIMELY_COMMUNICATION, delta, true, false);
                moved.coordination.boost(Dimension.ACCURATE_COMMUNICATION, delta, true, false);
                scoreAndCare(base);
                scoreAndCare(moved);
                for (int u = 0; u < base.units.length; u++) {
                    String where = base.units[u].parameters().name() + ", seed " + seed + ", delta " + delta;
                    double communication = 3.5 * (moved.coordination.careTeamRc(u) - base.coordination.careTeamRc(u));
                    double k = base.coordination.demand(u);
                    double harm = UnitRates.harmMultiplier(moved.units[u]) / UnitRates.harmMultiplier(base.units[u]);
                    double speed = UnitRates.progressRate(moved.units[u]) / UnitRates.progressRate(base.units[u]);
                    assertTrue(Math.signum(communication) == Math.signum(delta) && Math.abs(communication) > 0.01 * Math.abs(delta),
                            "the care team's communication hardly moved on " + where + ": " + communication);
                    assertTrue(delta > 0 ? harm < 1 && speed > 1 : harm > 1 && speed < 1,
                            "harm x" + harm + " and speed x" + speed + " on " + where);
                    assertEquals(Math.exp(-rc.harmEffect() * k * communication), harm, 1e-9, "harm multiplier on " + where);
                    assertEquals(Math.exp(rc.stayEffect() * k * communication), speed, 1e-9, "speed of care on " + where);
                    if (seed == 1) {
                        System.out.printf("RcScoringTest: %-10s demand %.2f, communication %+.3f: harm x%.3f, speed x%.3f%n",
                                base.units[u].parameters().name(), k, communication, harm, speed);
                    }
                }
            }
        }
    }

    @Test
    void theSameRcActsMoreWhereCoordinationDemandIsHigher() {
        // Under time pressure (an overloaded unit) demand rises, and so does what a point of RC does.
        NetworkFixture f = NetworkFixture.of(1);
        f.coordination.boost(Dimension.TIMELY_COMMUNICATION, -0.5, true, true);
        f.coordination.boost(Dimension.ACCURATE_COMMUNICATION, -0.5, true, true);
        int units = f.units.length;
        f.coordination.score(f.presence.present(), new double[units]);
        double[] calm = new double[units];
        double[] calmDemand = new double[units];
        for (int u = 0; u < units; u++) {
            calm[u] = Math.log(f.coordination.harmMultiplier(u));
            calmDemand[u] = f.coordination.demand(u);
        }
        double[] overload = new double[units];
        Arrays.fill(overload, 1.0);
        f.coordination.score(f.presence.present(), overload);
        for (int u = 0; u < units; u++) {
            double pressed = Math.log(f.coordination.harmMultiplier(u));
            double k = f.coordination.demand(u);
            assertTrue(k > calmDemand[u] * (1 + 0.5 * f.parameters.coordination().timePressureWeight()),
                    "overload raised demand too little on unit " + u);
            assertTrue(calm[u] > 0, "poorer communication did not raise harm on unit " + u);
            assertEquals(calm[u] * k / calmDemand[u], pressed, 1e-9, "the harm of poor RC under pressure, unit " + u);
        }
    }
}
