package org.groundswell.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.groundswell.model.care.FlowParameters;
import org.groundswell.model.care.PatientParameters;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.model.parameters.Intervention;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Beds, flow and patients who take part move the outcomes the way a capacity planner and the studies behind
 * them expect: fewer ICU beds back patients up into the emergency department, divert ambulances and cost more
 * (harm rises little, for a patient who has waited a day gets an extra bed over capacity); waiting harms;
 * beds beyond what the census needs change little; engaged patients and coproduction lower readmission
 * and falls and raise patients' experience. Each over seeds 1..n, paired, over the last year of the run.
 */
class PatientsAndBedsTest {

    private static final int SEEDS = 6;
    private static final HospitalParameters YEAR = Runs.withSummaryDays(Runs.defaults(), 365);

    private static HospitalParameters icuBeds(HospitalParameters p, int beds) {
        List<UnitParameters> units = new ArrayList<>();
        for (UnitParameters u : p.units()) {
            units.add(u.name().equals("icu") ? u.withBeds(beds) : u);
        }
        return p.with().units(units).build();
    }

    private static double[] of(HospitalParameters p, String metric) {
        return Runs.values(Runs.over(p, SEEDS), metric);
    }

    private static double[] overMany(HospitalParameters p, String metric) {
        return Runs.values(Runs.over(p, 2 * SEEDS), metric);
    }

    @Test
    void halvingTheIcuBacksPatientsUpIntoTheEdAndRaisesCost() {
        HospitalParameters half = icuBeds(YEAR, YEAR.units().get(1).beds() / 2);
        Runs.assertLarger("ED boarding", of(YEAR, "ed_boarding_patients"), of(half, "ed_boarding_patients"));
        Runs.assertLarger("diversion hours", of(YEAR, "diversion_hours"), of(half, "diversion_hours"));
        Runs.assertLargerOnAverage("cost per patient-day", of(YEAR, "cost_per_patient_day"),
                of(half, "cost_per_patient_day"));
    }

    @Test
    void icuBedsBeyondTheCensusChangeLittle() {
        HospitalParameters twice = icuBeds(YEAR, YEAR.units().get(1).beds() * 2);
        double[] base = of(YEAR, "adverse_events_per_1000_pd");
        double[] more = of(twice, "adverse_events_per_1000_pd");
        double baseMean = java.util.Arrays.stream(base).average().orElseThrow();
        double moreMean = java.util.Arrays.stream(more).average().orElseThrow();
        assertTrue(Math.abs(moreMean - baseMean) < 0.03 * baseMean,
                () -> "doubling the ICU moved adverse events from " + baseMean + " to " + moreMean);
        double boardingBase = java.util.Arrays.stream(of(YEAR, "ed_boarding_patients")).average().orElseThrow();
        double boardingMore = java.util.Arrays.stream(of(twice, "ed_boarding_patients")).average().orElseThrow();
        assertTrue(boardingMore <= 1.2 * boardingBase,
                () -> "doubling the ICU raised boarding from " + boardingBase + " to " + boardingMore);
    }

    @Test
    void waitingForABedIsWhereBoardingHarms() {
        HospitalParameters half = icuBeds(YEAR, YEAR.units().get(1).beds() / 2);
        FlowParameters flow = half.flow();
        Runs.assertLarger("adverse events when waiting harms", of(half.withFlow(flow.withBoardingHarmRatio(1)),
                "adverse_events_per_1000_pd"), of(half.withFlow(flow.withBoardingHarmRatio(2)),
                "adverse_events_per_1000_pd"));
        Runs.assertLarger("30-day mortality when waiting kills", of(half.withFlow(flow.withBoardingMortalityRatio(1)),
                "mortality_30d_rate"), of(half.withFlow(flow.withBoardingMortalityRatio(2)), "mortality_30d_rate"));
    }

    @Test
    void coproductionEngagesPatientsWhoThenRateCareHigherFallLessAndComeBackLess() {
        HospitalParameters coproduction = YEAR.with().interventions(List.of(new Intervention("coproduction", 0)))
                .build();
        Runs.assertLarger("patient engagement", of(YEAR, "patient_engagement"), of(coproduction, "patient_engagement"));
        Runs.assertLargerOnAverage("patient experience", of(YEAR, "patient_experience"),
                of(coproduction, "patient_experience"));
        Runs.assertLargerOnAverage("readmission (fewer with coproduction)", of(coproduction, "readmission_30d_rate"),
                of(YEAR, "readmission_30d_rate"));
    }

    @Test
    void patientsOfBurnedOutPhysiciansRateTheirCareLower() {
        HospitalParameters heavy = YEAR.withPhysicians(YEAR.physicians().withPatientsPerPhysician(20));
        HospitalParameters unfelt = heavy.withPatients(heavy.patients().withExperiencePerPhysicianBurnout(0));
        Runs.assertLarger("patient experience where physicians' burnout goes unfelt", of(heavy, "patient_experience"),
                of(unfelt, "patient_experience"));
    }

    @Test
    void engagedPatientsFallLess() {
        HospitalParameters noEngagementEffect = YEAR.withPatients(YEAR.patients().withEngagementFallReduction(0));
        Runs.assertLarger("falls without engagement's effect", of(YEAR, "falls_per_1000_pd"),
                of(noEngagementEffect, "falls_per_1000_pd"));
    }

    @Test
    void engagementAndDischargeCoordinationDecideReadmission() {
        PatientParameters patients = YEAR.patients();
        HospitalParameters noEngagementEffect = YEAR.withPatients(patients.withEngagementReadmissionReduction(0));
        Runs.assertLarger("readmission without engagement's effect", of(YEAR, "readmission_30d_rate"),
                of(noEngagementEffect, "readmission_30d_rate"));
        HospitalParameters noPlanningProblems = YEAR.withPatients(patients.withDischargeProblemReadmission(0));
        Runs.assertLarger("readmission with discharge-planning problems", of(noPlanningProblems, "readmission_30d_rate"),
                of(YEAR, "readmission_30d_rate"));
    }

    @Test
    void offServicePlacementTradesWaitingForHarmOnAnotherUnit() {
        HospitalParameters half = icuBeds(YEAR, YEAR.units().get(1).beds() / 2);
        FlowParameters flow = half.flow();
        HospitalParameters noOutliers = half.withFlow(flow.withOffServiceShare(0));
        HospitalParameters outliers = half.withFlow(flow.withOffServiceShare(0.9));
        Runs.assertLarger("off-service share", of(noOutliers, "offservice_share"), of(outliers, "offservice_share"));
        Runs.assertLargerOnAverage("ED boarding without off-service placement",
                overMany(outliers, "ed_boarding_patients"), overMany(noOutliers, "ed_boarding_patients"));
    }
}
