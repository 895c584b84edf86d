package org.groundswell.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The chance that a unit team whose cycle failed breaks up ({@link TeamOdds#dissolveChance}), on a unit whose
 * state is set by hand: at the reference conditions it is {@code change.dissolveChance}, and each cause —
 * infighting, passivity, members lost, exhaustion, other recent projects — raises it, by its own effect, and not
 * at all when that effect is 0.
 */
class TeamFailureTest {

    private static final HospitalParameters P = HospitalParameters.communityHospital();
    private static final double REFERENCE_RC = P.coordination().referenceRc();
    private static final double CUTOFF = P.wellbeing().exhaustionCutoff();

    /** A unit's state as the chance reads it. */
    private record Unit(double relationship, double fear, double exhaustion, int membersLeft) {
        static final Unit REFERENCE = new Unit(REFERENCE_RC, 0, CUTOFF, 0);
    }

    private static ChangeContext context(HospitalParameters p, Unit unit) {
        return (ChangeContext) Proxy.newProxyInstance(ChangeContext.class.getClassLoader(),
                new Class<?>[] {ChangeContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "parameters" -> p;
                    case "relationship" -> unit.relationship();
                    case "fear" -> unit.fear();
                    case "meanExhaustion" -> unit.exhaustion();
                    // Staff nodes 0-5 formed the team as persons 100-105; the first membersLeft have gone.
                    case "person" -> (int) args[0] < unit.membersLeft() ? -1L : 100L + (int) args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Team team() {
        return new Team(0, ProblemType.HANDOFFS, null, -1, 0, new int[] {0, 1, 2, 3, 4, 5}, new int[6],
                new int[] {0, 1, 2, 3, 4, 5}, false, false);
    }

    private static double chance(UnaryOperator<ChangeParameters> change, Unit unit, int otherProjects) {
        HospitalParameters p = P.withChange(change.apply(P.change()));
        TeamOdds odds = new TeamOdds(TeamSupport.NONE);
        Team t = team();
        t.memberIds = new long[] {100, 101, 102, 103, 104, 105};
        for (int k = 0; k < otherProjects; k++) {
            odds.noteFormed(0, 0);
        }
        odds.noteFormed(0, 0);
        return odds.dissolveChance(context(p, unit), p.change(), t, 30);
    }

    private static double chance(Unit unit) {
        return chance(c -> c, unit, 0);
    }

    @Test
    void atTheReferenceConditionsTheChanceIsTheParameter() {
        assertEquals(P.change().dissolveChance(), chance(Unit.REFERENCE), 1e-12);
    }

    @Test
    void infightingWhereRespectAndSharedGoalsAreLowRaisesIt() {
        Unit lowRespect = new Unit(REFERENCE_RC - 0.5, 0, CUTOFF, 0);
        assertTrue(chance(lowRespect) > chance(Unit.REFERENCE) + 0.1);
        assertEquals(chance(Unit.REFERENCE), chance(new Unit(REFERENCE_RC + 0.5, 0, CUTOFF, 0)), 1e-12,
                "respect above the reference does not hold a team together beyond the base chance");
        assertEquals(chance(Unit.REFERENCE), chance(c -> c.withInfightingEffect(0), lowRespect, 0), 1e-12);
    }

    @Test
    void passivityWhereFearIsHighRaisesIt() {
        Unit fearful = new Unit(REFERENCE_RC, 0.6, CUTOFF, 0);
        assertTrue(chance(fearful) > chance(Unit.REFERENCE) + 0.1);
        assertEquals(chance(Unit.REFERENCE), chance(c -> c.withPassivityEffect(0), fearful, 0), 1e-12);
    }

    @Test
    void membersLostToTurnoverRaiseIt() {
        double half = chance(new Unit(REFERENCE_RC, 0, CUTOFF, 3));
        double all = chance(new Unit(REFERENCE_RC, 0, CUTOFF, 6));
        assertTrue(half > chance(Unit.REFERENCE) && all > half, half + " then " + all);
        assertEquals(chance(Unit.REFERENCE), chance(c -> c.withMemberLossEffect(0), new Unit(REFERENCE_RC, 0, CUTOFF, 6),
                0), 1e-12);
    }

    @Test
    void exhaustionRaisesIt() {
        Unit exhausted = new Unit(REFERENCE_RC, 0, CUTOFF + 0.1, 0);
        assertTrue(chance(exhausted) > chance(Unit.REFERENCE));
        assertTrue(chance(new Unit(REFERENCE_RC, 0, CUTOFF - 0.1, 0)) < chance(Unit.REFERENCE));
    }

    @Test
    void otherRecentProjectsOnTheUnitRaiseIt() {
        double three = chance(c -> c, Unit.REFERENCE, 3);
        assertTrue(three > chance(c -> c, Unit.REFERENCE, 1) && chance(c -> c, Unit.REFERENCE, 1) > chance(Unit.REFERENCE));
        assertEquals(chance(Unit.REFERENCE), chance(c -> c.withFatigueEffect(0), Unit.REFERENCE, 3), 1e-12);
    }
}
