package org.groundswell.model.parameters;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.care.CareParameters;
import org.groundswell.model.care.FlowParameters;
import org.groundswell.model.care.PatientParameters;
import org.groundswell.model.coordination.CoordinationParameters;
import org.groundswell.model.coordination.NetworkParameters;
import org.groundswell.model.culture.CultureParameters;
import org.groundswell.model.culture.LeadershipParameters;
import org.groundswell.model.improvement.ProblemParameters;
import org.groundswell.model.improvement.PracticeParameters;
import org.groundswell.model.improvement.ProblemTypeParameters;
import org.groundswell.model.kernel.UnitParameters;
import org.groundswell.model.kernel.UnitParameters.Transfer;
import org.groundswell.model.metrics.CostParameters;
import org.groundswell.model.param.Defaults;
import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;
import org.groundswell.model.wellbeing.WellbeingParameters;
import org.groundswell.model.workforce.ManagementParameters;
import org.groundswell.model.workforce.PhysicianParameters;
import org.groundswell.model.workforce.StaffingParameters;
import org.groundswell.model.workforce.WorkforceParameters;

/**
 * Everything a run needs: the seed, the calendar, the hospital's units, and the parameters of each process.
 * Immutable and validated at construction; {@link #communityHospital()} is the calibrated default.
 */
@RecordBuilder
public record HospitalParameters(
        @Param(description = "Seed of the run; every random stream is derived from it", min = 0,
                max = Long.MAX_VALUE, def = "1")
        long seed,
        @Param(description = "Days simulated before the strategy period (day -warmupDays to -1), to let staffing, "
                + "census and burnout settle", unit = "days", min = 0, max = 3650, def = "90")
        int warmupDays,
        @Param(description = "Days of the strategy period (day 0 onwards)", unit = "days", min = 0, max = 36500,
                def = "730")
        int days,
        @Param(description = "Summary figures are taken over the last this-many days of the run (or the whole run "
                + "if shorter)", unit = "days", min = 1, max = 36500, def = "90")
        int summaryDays,
        @Param(description = "The change strategy of the strategy period: none (the baseline), top-down, "
                + "frontline, partnership, or a plug-in's id", def = "none")
        String strategy,
        @Param(description = "The hospital's units", min = 1, max = 5000)
        List<UnitParameters> units,
        @Param(description = "Staffing plan")
        StaffingParameters staffing,
        @Param(description = "Positions, hiring, sickness and quitting")
        WorkforceParameters workforce,
        @Param(description = "Burnout: exhaustion, cynicism and efficacy")
        WellbeingParameters wellbeing,
        @Param(description = "Harm, death, readmission and delays")
        CareParameters care,
        @Param(description = "Beds and flow: boarding, off-service placement, early discharge, diversion")
        FlowParameters flow,
        @Param(description = "Patients who take part: engagement, readmission, and their experience of care")
        PatientParameters patients,
        @Param(description = "Physicians")
        PhysicianParameters physicians,
        @Param(description = "Managers, senior team and administration")
        ManagementParameters management,
        @Param(description = "Costs")
        CostParameters cost,
        @Param(description = "The staff network")
        NetworkParameters network,
        @Param(description = "Relational coordination")
        CoordinationParameters coordination,
        @Param(description = "Psychological safety, voice and reporting")
        CultureParameters culture,
        @Param(description = "How leadership answers harm and the problems staff raise")
        LeadershipParameters leadership,
        @Param(description = "Broken systems")
        ProblemParameters problems,
        @Param(description = "The kinds of broken system: how often each appears, and what it does to harm and time")
        ProblemTypeParameters problemTypes,
        @Param(description = "Practices that live in people: who carries an owned practice, and how it is lost")
        PracticeParameters practices,
        @Param(description = "Improvement teams, practices and their spread: what every change strategy shares")
        ChangeParameters change,
        @Param(description = "The top-down roll-out")
        TopDownParameters topDown,
        @Param(description = "The labor-management partnership's structures, each a switch")
        PartnershipParameters partnership,
        @Param(description = "Interventions on the timeline, under any strategy", min = 0, max = 1000)
        List<Intervention> interventions,
        @Param(description = "Effect sizes of the interventions")
        InterventionParameters interventionEffects,
        @Param(description = "A region of hospitals sharing a staff bank and data (no members: one hospital)")
        RegionParameters region) implements Serializable, HospitalParametersBuilder.With {

    /**
     * The id of the baseline strategy, the default of {@code strategy}. Whether a strategy id names a known
     * strategy is checked by whoever builds the parameters (the scenario loader, {@code Hospital}), where the
     * strategies are known: the record only holds the id.
     */
    public static final String BASELINE = "none";

    public HospitalParameters {
        units = units == null ? null : List.copyOf(units);
        interventions = interventions == null ? null : List.copyOf(interventions);
        Requires.valid(HospitalParameters.class, seed, warmupDays, days, summaryDays, strategy, units, staffing,
                workforce, wellbeing, care, flow, patients, physicians, management, cost, network, coordination, culture, leadership,
                problems, problemTypes, practices, change, topDown, partnership, interventions, interventionEffects, region);
        for (int i = 0; i < interventions.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (interventions.get(j).type().equals(interventions.get(i).type())) {
                    throw new ParameterException("interventions[" + i + "].type", interventions.get(i).type(),
                            "an intervention not already on the timeline (interventions[" + j + "])");
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (!names.add(units.get(i).name())) {
                throw new ParameterException("units[" + i + "].name", units.get(i).name(), "a name no other unit has");
            }
        }
        for (int i = 0; i < units.size(); i++) {
            List<Transfer> transfers = units.get(i).transfers();
            for (int j = 0; j < transfers.size(); j++) {
                if (!names.contains(transfers.get(j).to())) {
                    throw new ParameterException("units[" + i + "].transfers[" + j + "].to", transfers.get(j).to(),
                            "the name of one of the units: " + String.join(", ", names.stream().sorted().toList()));
                }
            }
        }
    }

    /** Total days simulated, warm-up included. */
    public int totalDays() {
        return warmupDays + days;
    }

    /** The index of the unit called {@code name}, or -1. */
    public int unitIndex(String name) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The calibrated default: a community hospital of about 360 beds in eight units, patients arriving
     * mostly through the emergency department.
     */
    public static HospitalParameters communityHospital() {
        List<UnitParameters> units = List.of(
                new UnitParameters("ed", 30, 27, 0.35, 0.3, 0.20, 0.8, List.of(
                        new Transfer("icu", 0.10), new Transfer("step-down", 0.08), new Transfer("cardiology", 0.16),
                        new Transfer("med-surg-a", 0.31), new Transfer("med-surg-b", 0.31))),
                new UnitParameters("icu", 24, 0, 3.0, 2.5, 0.80, 0.4, List.of(
                        new Transfer("step-down", 0.45), new Transfer("med-surg-a", 0.15),
                        new Transfer("med-surg-b", 0.15), new Transfer("cardiology", 0.10))),
                new UnitParameters("step-down", 20, 0, 2.5, 1.8, 0.50, 0.6, List.of(
                        new Transfer("med-surg-a", 0.30), new Transfer("med-surg-b", 0.30))),
                new UnitParameters("cardiology", 40, 4, 3.0, 2.2, 0.35, 0.8, List.of(
                        new Transfer("icu", 0.04))),
                new UnitParameters("med-surg-a", 92, 3, 4.4, 3.5, 0.20, 1.0, List.of(
                        new Transfer("icu", 0.02))),
                new UnitParameters("med-surg-b", 92, 3, 4.4, 3.5, 0.20, 1.0, List.of(
                        new Transfer("icu", 0.02))),
                new UnitParameters("surgery", 46, 8, 3.5, 2.5, 0.25, 1.0, List.of(
                        new Transfer("icu", 0.05))),
                new UnitParameters("maternity", 18, 5, 2.4, 1.0, 0.10, 0.8, List.of()));
        return new HospitalParameters(1, 90, 730, 90, BASELINE, units,
                Defaults.of(StaffingParameters.class),
                Defaults.of(WorkforceParameters.class),
                Defaults.of(WellbeingParameters.class),
                Defaults.of(CareParameters.class),
                Defaults.of(FlowParameters.class),
                Defaults.of(PatientParameters.class),
                Defaults.of(PhysicianParameters.class),
                Defaults.of(ManagementParameters.class),
                Defaults.of(CostParameters.class),
                Defaults.of(NetworkParameters.class),
                Defaults.of(CoordinationParameters.class),
                Defaults.of(CultureParameters.class),
                Defaults.of(LeadershipParameters.class),
                Defaults.of(ProblemParameters.class),
                Defaults.of(ProblemTypeParameters.class),
                Defaults.of(PracticeParameters.class),
                Defaults.of(ChangeParameters.class),
                Defaults.of(TopDownParameters.class),
                Defaults.of(PartnershipParameters.class),
                List.of(),
                Defaults.of(InterventionParameters.class),
                RegionParameters.none());
    }

    /**
     * A hospital {@code factor} times this one: each unit is repeated {@code factor} times ({@code icu},
     * {@code icu-2}, ...), each copy routing to the units of its own copy, as a larger hospital has more
     * units rather than bigger ones; administration and fixed costs scale with it. Rates and ratios do not
     * change. Used to measure how the model's cost grows with size.
     *
     * @throws IllegalArgumentException if {@code factor} is less than 1
     */
    public HospitalParameters scaled(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1: " + factor);
        }
        List<UnitParameters> copies = new java.util.ArrayList<>();
        for (int copy = 1; copy <= factor; copy++) {
            String suffix = copy == 1 ? "" : "-" + copy;
            for (UnitParameters u : units) {
                List<Transfer> transfers = u.transfers().stream()
                        .map(t -> t.withTo(t.to() + suffix)).toList();
                copies.add(u.with().name(u.name() + suffix).transfers(transfers).build());
            }
        }
        ManagementParameters m = management.withAdministrators(management.administrators() * factor);
        CostParameters scaledCost = cost.withFixedDailyCost(cost.fixedDailyCost() * factor);
        return with().units(copies).management(m).cost(scaledCost).build();
    }

    /** The same parameters with another calendar: {@code newWarmupDays} of warm-up, then {@code newDays}. */
    public HospitalParameters withDays(int newWarmupDays, int newDays) {
        return with().warmupDays(newWarmupDays).days(newDays).build();
    }
}
