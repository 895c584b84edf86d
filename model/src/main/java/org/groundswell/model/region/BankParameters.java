package org.groundswell.model.region;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The regional staff bank and the agreement that governs it: who joins, what it pays, how its staff learn a
 * hospital new to them and carry practices between hospitals, and what the agreement costs to run.
 */
@RecordBuilder
public record BankParameters(
        @Param(description = "Share of the region's frontline staff who hold a contract with the regional bank "
                + "(0: no regional bank)", unit = "share 0-1", min = 0, max = 1, def = "0.2",
                source = "assumption; NHS Professionals 2022: collaborative banks draw on the members' own staff")
        double membership,
        @Param(description = "Extra shifts a bank member is willing to work in a week, at the bank or for an agency",
                unit = "shifts/week", min = 0, max = 7, def = "0.5", source = "assumption")
        double extraShiftsPerWeek,
        @Param(description = "Pay of a bank shift as a multiple of a staff shift, set by the regional agreement "
                + "(an agency shift pays cost.agencyMultiple)", unit = "multiple", min = 0.5, max = 5, def = "1.25",
                source = "NHS Professionals 2022: banks cost less than agency; size assumed")
        double payMultiple,
        @Param(description = "Log-odds that a nurse works an extra shift at the bank rather than for an agency when "
                + "both pay the same (known employers, pension, no agency fee)", unit = "log-odds", min = -10,
                max = 10, def = "1.0", source = "assumption")
        double preference,
        @Param(description = "Change in those log-odds per unit of log(bank pay / agency pay): how strongly pay "
                + "decides where nurses work their extra shifts", unit = "log-odds", min = 0, max = 20, def = "2.0",
                source = "assumption")
        double payElasticity,
        @Param(description = "Shifts a bank nurse needs on a hospital before it is familiar: its unfamiliarity "
                + "falls as exp(-shifts there / this)", unit = "shifts", min = 0.1, max = 1000, def = "4",
                source = "assumption: about a week of orientation shifts")
        double learningShifts,
        @Param(description = "Productive share of a shift worked on a hospital the nurse does not know",
                unit = "share 0-1", min = 0, max = 1, def = "0.85",
                source = "assumption, direction from Bae, Mark & Fried 2010, Health Care Manage Rev 35:333 "
                        + "(temporary nurses and unit outcomes)")
        double unfamiliarProductivity,
        @Param(description = "How much an unfamiliar bank shift weighs in harm, as a share of an agency shift "
                + "(care.agencyHarmRatio): ties low on shared knowledge", unit = "share 0-1", min = 0, max = 1,
                def = "1.0", source = "assumption: an unfamiliar bank nurse knows the unit no better than agency")
        double unfamiliarHarmWeight,
        @Param(description = "Share of the unfamiliarity of another hospital that the agreement's common "
                + "induction, training and compliance standards remove", unit = "share 0-1", min = 0, max = 1,
                def = "0.5", source = "NHS Professionals 2022 (clinical governance, compliance and training agreed "
                        + "across providers); size assumed")
        double commonStandards,
        @Param(description = "Cost of running the regional agreement and its bank office, per member hospital",
                unit = "USD/day", min = 0, max = 1e6, def = "400", source = "assumption")
        double governanceDailyCost,
        @Param(description = "Weekly rate at which bank shifts on a unit bring it a practice that works elsewhere "
                + "in the region: per bank shift, times the share of the bank's shifts worked where it works",
                unit = "1/shift", min = 0, max = 1, def = "0.02", source = "assumption")
        double carryRate,
        @Param(description = "Share of a unit's staff who work by a practice a bank nurse brings, on its first day",
                unit = "share 0-1", min = 0, max = 1, def = "0.1", source = "assumption")
        double carriedKnownShare,
        @Param(description = "Share of its fit a practice loses when it is carried to another hospital's unit "
                + "without being adapted there", unit = "share 0-1", min = 0, max = 1, def = "0.25",
                source = "assumption, direction from Carlson 2008 (spread by networks, not cookie cutters)")
        double carriedFitLoss) implements Serializable, BankParametersBuilder.With {

    public BankParameters {
        Requires.valid(BankParameters.class, membership, extraShiftsPerWeek, payMultiple, preference, payElasticity,
                learningShifts, unfamiliarProductivity, unfamiliarHarmWeight, commonStandards, governanceDailyCost,
                carryRate, carriedKnownShare, carriedFitLoss);
    }

    /** Whether the region runs a bank at all. */
    public boolean open() {
        return membership > 0 && extraShiftsPerWeek > 0;
    }

    /**
     * The share of bank members' extra shifts worked at the bank rather than for an agency: a logit in the
     * preference and the log of bank pay over {@code agencyMultiple}.
     */
    public double bankChoice(double agencyMultiple) {
        double logOdds = preference + payElasticity * Math.log(payMultiple / agencyMultiple);
        return 1 / (1 + Math.exp(-logOdds));
    }
}
