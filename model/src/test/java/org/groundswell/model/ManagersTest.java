package org.groundswell.model;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.culture.LeadershipParameters;
import org.groundswell.model.culture.Managers;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit managers are people: their styles differ around the leadership's norm, mandates and teams draw on their
 * attention, and when one leaves the successor starts again with the staff and has yet to sponsor the unit's
 * team. Each mechanism is shown moving its outcome the right way, paired over seeds.
 */
class ManagersTest {

    private static final int SEEDS = 20;
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults().withDays(90, 365), 365);

    private static HospitalParameters leadership(HospitalParameters p, UnaryOperator<LeadershipParameters> change) {
        return p.withLeadership(change.apply(p.leadership()));
    }

    @Test
    void managersWhoLeaveTakeTheirTeamsSponsorshipAndTheirTiesWithThem() {
        HospitalParameters frontline = Runs.withSummaryDays(YEAR.withStrategy(Strategies.FRONTLINE).withDays(90, 730),
                730);
        HospitalParameters staying = leadership(frontline, l -> l.withManagerQuitRatePerYear(0));
        HospitalParameters leaving = leadership(frontline, l -> l.withManagerQuitRatePerYear(3));
        Runs.assertLargerOnAverage("adoption under frontline, managers leaving three times a year against never",
                Runs.values(Runs.over(leaving, SEEDS), "adoption_fraction"),
                Runs.values(Runs.over(staying, SEEDS), "adoption_fraction"));
        Runs.assertLargerOnAverage("RC, managers leaving three times a year against never",
                Runs.values(Runs.over(leaving, SEEDS), "rc_index"), Runs.values(Runs.over(staying, SEEDS), "rc_index"));
    }

    @Test
    void monitoringMandatesCrowdsOutTheFixingThatMakesVoicePay() {
        HospitalParameters topDown = YEAR.withStrategy(Strategies.TOP_DOWN);
        HospitalParameters free = leadership(topDown, l -> l.withMonitorAttention(0).withManagerFixesPerYear(12));
        HospitalParameters absorbed = leadership(topDown, l -> l.withMonitorAttention(1).withManagerFixesPerYear(12));
        Runs.assertRaises(SEEDS, absorbed, free, "psych_safety");
        Runs.assertRaises(SEEDS, free, absorbed, "workarounds_active");
    }

    @Test
    void aManagerWhoLeansTowardDoingWithBlamesLessAndShowsMoreRespect() {
        LeadershipParameters leadership = YEAR.leadership().withManagerStyleSpread(1.0);
        Managers managers = new Managers(leadership, null, new int[200], 42, 0);
        int below = 0;
        for (int u = 0; u < 200; u++) {
            double style = managers.style(u);
            assertEquals(style > 0, managers.blameChance(u) < leadership.blameResponse(), "unit " + u);
            assertEquals(style > 0, managers.respect(u) > leadership.managerRespect(), "unit " + u);
            below += style < 0 ? 1 : 0;
        }
        int n = below;
        assertTrue(n > 70 && n < 130, () -> "managers leaning toward doing to, of 200: " + n);
    }

    @Test
    void aNewManagerSponsorsTheTeamFullyOnlyOnceSettledIn() {
        LeadershipParameters leadership = YEAR.leadership().withSponsorDays(100.0).withManagerQuitRatePerYear(0);
        Managers managers = new Managers(leadership, null, new int[1], 42, -90);
        assertEquals(1.0, managers.sponsorship(0, -90), 0.0, "the manager in post on the first day");
        assertEquals(1.0, managers.attentionForFixing(0), 0.0);
        managers.occupy(0, 0.3);
        managers.occupy(0, 0.2);
        managers.day(0);
        assertEquals(0.5, managers.attentionForFixing(0), 1e-12, "yesterday's attention, spent on a mandate and a team");
    }
}
