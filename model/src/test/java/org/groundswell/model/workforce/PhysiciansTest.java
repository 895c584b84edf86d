package org.groundswell.model.workforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.Census;
import org.groundswell.model.care.CensusPlan;
import org.groundswell.model.care.UnitState;
import org.groundswell.model.kernel.Streams;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The physician group as people, on the default hospital's units with a census the test sets: each
 * physician's load is its share of its units' patients, its burnout follows its load and the RC of its ties
 * and moves from day to day, physician leadership draws more of them into improvement work, and their burnout
 * raises their units' harm. Paired groups share their traits and keyed draws, so a difference is the mechanism's.
 */
class PhysiciansTest {

    private static final double OCCUPANCY = 0.85;
    private static final HospitalParameters DEFAULTS = HospitalParameters.communityHospital();

    /** A group of {@code p}'s physicians on fresh units, with every unit's census at {@code multiple} of its plan. */
    private static final class Group {
        final UnitState[] units;
        final double[] expected;
        final Physicians physicians;

        Group(PhysicianParameters p, long seed) {
            List<UnitParameters> unitParameters = DEFAULTS.units();
            units = new UnitState[unitParameters.size()];
            expected = new double[units.length];
            for (int u = 0; u < units.length; u++) {
                units[u] = new UnitState(u, unitParameters.get(u), DEFAULTS.care());
                expected[u] = unitParameters.get(u).beds() * OCCUPANCY;
            }
            physicians = new Physicians(p, units, expected, CensusPlan.neighbours(unitParameters),
                    new Streams(seed).stream(Streams.PHYSICIANS));
        }

        void census(double multiple) {
            for (UnitState unit : units) {
                Census.set(unit, (int) Math.round(multiple * expected[unit.index()]));
            }
        }

        Group run(int from, int days, double multiple) {
            census(multiple);
            for (int d = from; d < from + days; d++) {
                physicians.day(d);
            }
            return this;
        }
    }

    private static PhysicianParameters with(UnaryOperator<PhysicianParameters> change) {
        return change.apply(DEFAULTS.physicians());
    }

    @Test
    void eachPhysiciansLoadIsItsShareOfItsUnitsPatientsAndTheyAverageTheHospitalsLoad() {
        Group g = new Group(DEFAULTS.physicians(), 1).run(0, 1, 1.0);
        Physicians ph = g.physicians;
        double census = 0;
        for (UnitState unit : g.units) {
            census += unit.census();
        }
        double sum = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int p = 0; p < ph.count(); p++) {
            sum += ph.loadOf(p);
            low = Math.min(low, ph.loadOf(p));
            high = Math.max(high, ph.loadOf(p));
        }
        assertEquals(ph.load(census), sum / ph.count(), 1e-9);
        assertTrue(high > low, "every physician carries the same load");
    }

    @Test
    void aFullerHospitalExhaustsEveryPhysicianMore() {
        Physicians usual = new Group(DEFAULTS.physicians(), 2).run(0, 120, 1.0).physicians;
        Physicians fuller = new Group(DEFAULTS.physicians(), 2).run(0, 120, 1.3).physicians;
        for (int p = 0; p < usual.count(); p++) {
            assertTrue(fuller.exhaustion(p) > usual.exhaustion(p), "physician " + p);
        }
        assertTrue(fuller.burnedOut() > usual.burnedOut());
    }

    @Test
    void tiesWithMoreRespectAndBetterCommunicationProtectAgainstBurnout() {
        Group poor = new Group(DEFAULTS.physicians(), 3);
        Group good = new Group(DEFAULTS.physicians(), 3);
        double reference = DEFAULTS.coordination().referenceRc();
        poor.physicians.connect(p -> reference - 1, reference);
        good.physicians.connect(p -> reference + 1, reference);
        poor.run(0, 120, 1.0);
        good.run(0, 120, 1.0);
        for (int p = 0; p < poor.physicians.count(); p++) {
            assertTrue(poor.physicians.exhaustion(p) > good.physicians.exhaustion(p), "physician " + p);
        }
    }

    @Test
    void exhaustionMovesFromDayToDayWithTheLoad() {
        Group g = new Group(DEFAULTS.physicians(), 4);
        Set<Double> seen = new HashSet<>();
        for (int d = 0; d < 60; d++) {
            g.run(d, 1, d % 3 == 0 ? 1.1 : 0.9);
            seen.add(g.physicians.exhaustion(0));
        }
        assertEquals(60, seen.size(), "a physician's exhaustion stood still on some day");
    }

    @Test
    void physicianLeadershipDrawsMorePhysiciansIntoImprovementWork() {
        Physicians none = new Group(with(q -> q.withPhysicianLeadership(0)), 5).run(0, 1, 1.0).physicians;
        Physicians full = new Group(with(q -> q.withPhysicianLeadership(1)), 5).run(0, 1, 1.0).physicians;
        int joinedNone = 0;
        int joinedFull = 0;
        for (int p = 0; p < none.count(); p++) {
            assertTrue(full.joined(p) || !none.joined(p), "physician " + p + " joined without leadership only");
            joinedNone += none.joined(p) ? 1 : 0;
            joinedFull += full.joined(p) ? 1 : 0;
        }
        assertTrue(joinedFull > joinedNone, joinedFull + " joined with full leadership, " + joinedNone + " without");
        double shareNone = 0;
        double shareFull = 0;
        for (int u = 0; u < DEFAULTS.units().size(); u++) {
            shareNone += none.joinShare(u);
            shareFull += full.joinShare(u);
        }
        assertTrue(shareFull > shareNone);
    }

    @Test
    void burnedOutPhysiciansRaiseTheirUnitsHarmInProportion() {
        PhysicianParameters harmless = with(q -> q.withBurnoutHarmRatio(1));
        Physicians none = new Group(harmless, 6).run(0, 60, 1.2).physicians;
        Physicians some = new Group(DEFAULTS.physicians(), 6).run(0, 60, 1.2).physicians;
        double excess = DEFAULTS.physicians().burnoutHarmRatio() - 1;
        double atReference = 1 + excess * DEFAULTS.physicians().burnoutHarmReference();
        boolean raised = false;
        for (int u = 0; u < DEFAULTS.units().size(); u++) {
            assertEquals(1.0, none.harmMultiplier(u), 0.0);
            assertEquals((1 + excess * some.burnedOutShare(u)) / atReference, some.harmMultiplier(u), 1e-12);
            raised |= some.harmMultiplier(u) > 1;
        }
        assertTrue(raised, "no unit had more of its physicians burned out than the reference");
        Physicians fromNone = new Group(with(q -> q.withBurnoutHarmReference(0)), 6).run(0, 60, 1.2).physicians;
        for (int u = 0; u < DEFAULTS.units().size(); u++) {
            assertEquals(1 + excess * fromNone.burnedOutShare(u), fromNone.harmMultiplier(u), 1e-12);
        }
    }

    @Test
    void theTallyCountsThePhysiciansAndThoseBurnedOut() {
        Physicians ph = new Group(DEFAULTS.physicians(), 7).run(0, 30, 1.0).physicians;
        DayCounters counters = new DayCounters(DEFAULTS.units().size());
        ph.tally(counters);
        assertEquals(ph.count(), counters.get(Counter.PHYSICIANS, counters.hospitalSlot()), 0.0);
        assertEquals(ph.burnedOut(), counters.get(Counter.PHYSICIANS_BURNED_OUT, counters.hospitalSlot()), 0.0);
    }

    @Test
    void aSerializedGroupGoesOnExactlyAsTheOriginal() throws IOException, ClassNotFoundException {
        Group g = new Group(DEFAULTS.physicians(), 8).run(0, 30, 1.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(g.physicians);
        }
        Physicians copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Physicians) in.readObject();
        }
        for (int d = 30; d < 60; d++) {
            g.physicians.day(d);
            copy.day(d);
        }
        double[] a = new double[g.physicians.count()];
        double[] b = new double[copy.count()];
        for (int p = 0; p < a.length; p++) {
            a[p] = g.physicians.exhaustion(p);
            b[p] = copy.exhaustion(p);
        }
        assertArrayEquals(a, b, 0.0);
    }
}
