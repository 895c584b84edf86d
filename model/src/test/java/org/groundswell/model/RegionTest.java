package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.MemberParameters;
import org.groundswell.model.parameters.RegionParameters;
import org.junit.jupiter.api.Test;

/**
 * A region of four default hospitals: the bank lowers agency cost, its staff carry practices to hospitals with
 * no strategy of their own, and a hospital's strategy reaches the others only through the staff and data they
 * share.
 */
class RegionTest {

    private static final long[] SEEDS = {1, 2, 3};
    private static final int DAYS = 540;

    /** Four default hospitals; the first under {@code first}, the others under none. */
    static HospitalParameters region(long seed, String first, UnaryOperator<RegionParameters> change) {
        HospitalParameters base = HospitalParameters.communityHospital().withDays(60, DAYS).withSeed(seed);
        List<MemberParameters> members = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            members.add(new MemberParameters("h" + h, h == 0 ? first : "", base));
        }
        return base.with().region(change.apply(base.region().withHospitals(members))).build();
    }

    static RegionParameters closed(RegionParameters r) {
        return r.withBank(r.bank().withMembership(0)).withData(r.data().withShared(false));
    }

    static RegionParameters bankOnly(RegionParameters r) {
        return r.withData(r.data().withShared(false));
    }

    /** Each member's daily records, by name. */
    static Map<String, List<DayRecord>> run(HospitalParameters p) {
        Map<String, List<DayRecord>> days = new LinkedHashMap<>();
        Run run = Simulation.start(p, false);
        run.addListener(new RunListener() {
            @Override
            public void onHospitalDay(String hospital, DayRecord day) {
                days.computeIfAbsent(hospital, k -> new ArrayList<>()).add(day);
            }
        });
        run.runToEnd();
        return days;
    }

    @Test
    void theBankLowersAgencyCost() {
        for (long seed : SEEDS) {
            double without = Simulation.run(region(seed, "", RegionTest::closed), false, List.of())
                    .costs().get(CostComponent.AGENCY);
            double with = Simulation.run(region(seed, "", RegionTest::bankOnly), false, List.of())
                    .costs().get(CostComponent.AGENCY);
            System.out.printf("RegionTest: seed %d agency cost %.0f without the bank, %.0f with it%n", seed, without,
                    with);
            assertTrue(with < 0.9 * without, "seed " + seed + ": " + with + " vs " + without);
        }
    }

    @Test
    void bankStaffCarryPracticesToHospitalsWithNoStrategyOfTheirOwn() {
        for (long seed : SEEDS) {
            double closed = othersAdoption(Simulation.run(region(seed, "partnership", RegionTest::closed), false,
                    List.of()));
            double bank = othersAdoption(Simulation.run(region(seed, "partnership", RegionTest::bankOnly), false,
                    List.of()));
            double nothingToCarry = othersAdoption(Simulation.run(region(seed, "", RegionTest::bankOnly), false,
                    List.of()));
            System.out.printf("RegionTest: seed %d adoption at the three hospitals without a strategy: %.4f with no "
                    + "bank, %.4f with one, %.4f with one and no strategy anywhere%n", seed, closed, bank,
                    nothingToCarry);
            assertEquals(0, closed, 0.0);
            assertEquals(0, nothingToCarry, 0.0);
            assertTrue(bank > 0.01, "seed " + seed + ": " + bank);
        }
    }

    @Test
    void aStrategyReachesTheOtherHospitalsOnlyThroughSharedStaffAndData() {
        long seed = SEEDS[0];
        Map<String, List<DayRecord>> none = run(region(seed, "", RegionTest::closed));
        Map<String, List<DayRecord>> partnership = run(region(seed, "partnership", RegionTest::closed));
        HospitalParameters p = region(seed, "", RegionTest::closed);
        for (int h = 1; h < 4; h++) {
            String name = "h" + h;
            List<DayRecord> alone = Runs.days(new Hospital(Region.memberParameters(p, h), false));
            for (int d = 0; d < alone.size(); d++) {
                assertArrayEquals(alone.get(d).values(), none.get(name).get(d).values(), 0.0, name + " day " + d);
                assertArrayEquals(alone.get(d).values(), partnership.get(name).get(d).values(), 0.0,
                        name + " day " + d);
            }
        }
        Map<String, List<DayRecord>> shared = run(region(seed, "partnership",
                r -> r.withBank(r.bank().withMembership(0))));
        int adoption = Metrics.all().indexOf(Metrics.ADOPTION_FRACTION);
        double copied = 0;
        for (int h = 1; h < 4; h++) {
            for (DayRecord day : shared.get("h" + h)) {
                copied += day.values()[adoption];
            }
        }
        assertTrue(copied > 0, "the shared data carry no practice");
    }

    @Test
    void bankStaffNewToAHospitalLeaveItsNursesMorePatientsAndItsPatientsMoreHarm() {
        double[] load = new double[2];
        double[] harm = new double[2];
        for (long seed : SEEDS) {
            for (int k = 0; k < 2; k++) {
                boolean unfamiliar = k == 1;
                HospitalParameters p = region(seed, "", r -> bankOnly(r).withBank(r.bank().withCommonStandards(0)
                        .withLearningShifts(1000).withMembership(0.4).withUnfamiliarHarmWeight(unfamiliar ? 1 : 0)
                        .withUnfamiliarProductivity(unfamiliar ? 0.5 : 1)));
                RunSummary s = Simulation.run(p, false, List.of());
                load[k] += s.metric("patients_per_nurse") / SEEDS.length;
                harm[k] += s.metric("adverse_events_per_1000_pd") / SEEDS.length;
            }
        }
        System.out.printf("RegionTest: patients per nurse %.3f and harm per 1,000 patient-days %.2f with bank staff "
                + "who know every hospital; %.3f and %.2f with bank staff new to each%n", load[0], harm[0], load[1],
                harm[1]);
        assertTrue(load[1] > load[0] * 1.01, load[1] + " vs " + load[0]);
        assertTrue(harm[1] > harm[0], harm[1] + " vs " + harm[0]);
    }

    @Test
    void aRegionBranchedAfterItsWarmUpRunsAsAFreshOne() {
        HospitalParameters p = region(SEEDS[1], "", r -> r).withDays(60, 120);
        Run warm = Simulation.start(p, false);
        warm.warmUp();
        Snapshot snapshot = warm.snapshot();
        for (String strategy : List.of("frontline", "top-down")) {
            List<DayRecord> fresh = Runs.days(Simulation.start(p.withStrategy(strategy), false));
            List<DayRecord> branched = Runs.days(snapshot.branch(strategy));
            assertEquals(fresh.size(), branched.size() + 60);
            for (int d = 0; d < branched.size(); d++) {
                assertArrayEquals(fresh.get(d + 60).values(), branched.get(d).values(), 0.0, strategy + " day " + d);
            }
        }
    }

    @Test
    void aLockstepOfRegionsShowsOneMemberAtATimeAndLogsThemAll() {
        HospitalParameters p = region(SEEDS[0], "", r -> r).withDays(5, 10);
        Lockstep both = new Lockstep(p, List.of("none", "partnership"));
        both.start();
        while (both.schedule.step(both)) {
            if (both.daysSimulated() == 8) {
                both.show(2);
            }
        }
        assertEquals(List.of("h0", "h1", "h2", "h3"), both.memberNames());
        assertEquals(2, both.shown());
        for (int i = 0; i < 2; i++) {
            assertEquals(both.regions().get(i).members().get(2), both.hospitals().get(i));
            assertEquals(15, both.logs().get(i).size());
            assertEquals(15, both.regionLog(i).size());
            for (DayLog log : both.memberLogs(i)) {
                assertEquals(15, log.size());
            }
        }
        List<DayRecord> alone = Runs.days(Simulation.start(p.withStrategy("partnership"), false));
        assertArrayEquals(alone.get(14).values(), both.regionLog(1).latest().values(), 0.0);
    }

    /** Mean adoption over the summary window at the members other than the first. */
    private static double othersAdoption(RunSummary summary) {
        double sum = 0;
        for (int h = 1; h < 4; h++) {
            sum += summary.hospitals().get("h" + h).get("adoption_fraction");
        }
        return sum / 3;
    }
}
