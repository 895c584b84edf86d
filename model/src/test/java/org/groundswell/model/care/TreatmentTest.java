package org.groundswell.model.care;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.groundswell.model.metrics.Counter;
import org.groundswell.model.parameters.HospitalParameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Treatment: harm is a hazard of {@code care.adverseEventRate} × the unit's harm multiplier × the patient's risk
 * ({@code care.highAcuityRisk} if high-acuity) per day of care, so adverse events per (risk-weighted) patient-day
 * rise in proportion to the multiplier, whatever sets it (the unit's open problems or its coordination); a
 * share {@code care.seriousShare} of them is serious, and each serious one adds {@code care.seriousHarmExtraDays}
 * of care to the stay. Every unit is held at the reference load ({@link CareFixture}), so only what a test sets
 * moves the multiplier. Runs of {@value #DAYS} days on {@value #SEEDS} seeds count some 10,000 adverse events
 * each; counts are held to three standard errors of a Poisson or binomial count.
 */
class TreatmentTest {

    private static final int SEEDS = 3;
    private static final int DAYS = 365;

    /** Adverse events, and the patient-days weighted by each patient's risk, of a run with units set by {@code set}. */
    private record Harm(double events, double serious, double riskDays) {

        static Harm run(Consumer<UnitState> set) {
            double events = 0;
            double serious = 0;
            double riskDays = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                CareFixture f = new CareFixture(HospitalParameters.communityHospital().withSeed(seed));
                for (UnitState unit : f.units) {
                    set.accept(unit);
                }
                f.setConditions();
                f.run(0, DAYS);
                events += f.total(Counter.ADVERSE_EVENTS);
                serious += f.total(Counter.SERIOUS_ADVERSE_EVENTS);
                riskDays += f.patientDays + (f.parameters.care().highAcuityRisk() - 1) * f.highAcuityPatientDays;
            }
            return new Harm(events, serious, riskDays);
        }

        double rate() {
            return events / riskDays;
        }
    }

    @Test
    void aHigherHarmMultiplierRaisesAdverseEventsPerPatientDayInProportion() {
        CareParameters care = HospitalParameters.communityHospital().care();
        Harm base = Harm.run(unit -> { });
        Map<String, Double> multipliers = new LinkedHashMap<>();
        Map<String, Harm> arms = new HashMap<>();
        multipliers.put("no problems", 1.0);
        arms.put("no problems", base);
        for (double h : new double[] {0.5, 1.0}) {
            String arm = "problems raising harm by " + h;
            multipliers.put(arm, 1 + h);
            arms.put(arm, Harm.run(unit -> unit.setProblems(h, 0)));
        }
        multipliers.put("poor coordination (x1.5)", 1.5);
        arms.put("poor coordination (x1.5)", Harm.run(unit -> unit.setCoordination(1.5, 1, care.referencePatientsPerNurse())));
        for (Map.Entry<String, Double> e : multipliers.entrySet()) {
            Harm arm = arms.get(e.getKey());
            double m = e.getValue();
            double expected = care.adverseEventRate() * m * arm.riskDays();
            assertEquals(expected, arm.events(), 3 * Math.sqrt(expected), "adverse events under " + e.getKey());
            double ratio = arm.rate() / base.rate();
            double se = ratio * Math.sqrt(1 / arm.events() + 1 / base.events());
            System.out.printf("TreatmentTest: %-28s %.0f adverse events vs %.0f expected; rate x%.3f vs x%.2f (SE %.3f); "
                    + "serious share %.3f%n", e.getKey(), arm.events(), expected, ratio, m, se, arm.serious() / arm.events());
            if (m != 1) {
                assertEquals(m, ratio, 3 * se, "the rise of harm per patient-day under " + e.getKey());
            }
            double share = care.seriousShare();
            assertEquals(share * arm.events(), arm.serious(), 3 * Math.sqrt(arm.events() * share * (1 - share)),
                    "serious adverse events under " + e.getKey());
        }
    }

    /** The stays of a run, by patient: length and serious adverse events; every patient admitted once (no readmissions). */
    private static Map<Long, PatientRecord> stays(long seed, double extraDays) {
        HospitalParameters p = HospitalParameters.communityHospital().withSeed(seed);
        p = p.withCare(p.care().withSeriousHarmExtraDays(extraDays).withReadmissionRate(0));
        CareFixture f = new CareFixture(p);
        f.run(0, DAYS);
        Map<Long, PatientRecord> out = new HashMap<>();
        for (PatientRecord r : f.stays) {
            out.put(r.patientId(), r);
        }
        return out;
    }

    @Test
    void eachSeriousAdverseEventLengthensTheStayBySeriousHarmExtraDays() {
        // Paired runs admit the same patients; until its first serious adverse event a patient meets the same luck
        // in both, so the same patients come to serious harm. Those who do not have the same stay in both; those
        // who do stay seriousHarmExtraDays longer for each serious event (whatever else the longer stay brings:
        // their later stays and routes are drawn anew, with the same distribution). Patients admitted in the last
        // 60 days are left out (some are still in hospital), and so are those who die in either run.
        double extra = HospitalParameters.communityHospital().care().seriousHarmExtraDays();
        for (double factor : new double[] {1, 2}) {
            double sum = 0;
            double sumSquares = 0;
            double longer = 0;
            int harmed = 0;
            int unharmed = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                Map<Long, PatientRecord> without = stays(seed, 0);
                Map<Long, PatientRecord> with = stays(seed, factor * extra);
                for (PatientRecord a : without.values()) {
                    PatientRecord b = with.get(a.patientId());
                    if (a.admittedAt() >= DAYS - 60 || b == null || a.diedInHospital() || b.diedInHospital()) {
                        continue;
                    }
                    assertEquals(a.admittedAt(), b.admittedAt(), 0.0, "paired runs admitted different patients");
                    assertEquals(a.seriousAdverseEvents() > 0, b.seriousAdverseEvents() > 0,
                            "a patient came to serious harm in one run only");
                    if (a.seriousAdverseEvents() == 0) {
                        assertEquals(a.lengthOfStay(), b.lengthOfStay(), 1e-9, "the stay of a patient without serious harm");
                        unharmed++;
                        continue;
                    }
                    double d = b.lengthOfStay() - a.lengthOfStay() - factor * extra * b.seriousAdverseEvents();
                    sum += d;
                    sumSquares += d * d;
                    longer += b.lengthOfStay() - a.lengthOfStay();
                    harmed++;
                }
            }
            double mean = sum / harmed;
            double se = Math.sqrt((sumSquares / harmed - mean * mean) / (harmed - 1));
            System.out.printf("TreatmentTest: seriousHarmExtraDays %.1f: %d seriously harmed patients stay %.2f days longer "
                    + "(%.3f +- %.3f beyond the extra days of their serious events); %d others stay as long%n",
                    factor * extra, harmed, longer / harmed, mean, se, unharmed);
            assertTrue(harmed > 1000 && unharmed > 10 * harmed, "too few patients: " + harmed + ", " + unharmed);
            assertTrue(longer / harmed > 0.9 * factor * extra, "serious harm lengthened stays too little");
            assertEquals(0, mean, 3 * se, "the stay beyond the extra days of serious harm");
        }
    }
}
