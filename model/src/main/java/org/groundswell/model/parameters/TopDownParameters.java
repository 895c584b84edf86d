package org.groundswell.model.parameters;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The top-down roll-out: initiatives chosen by leadership from what it can see, one central practice each,
 * rolled out to every unit in waves with mandatory training, monitored for a while, resisted in proportion
 * to how often the unit has been "done to", and eroding once monitoring stops (Carlson 2008; Common Fire 2017).
 */
@RecordBuilder
public record TopDownParameters(
        @Param(description = "Initiatives leadership launches a year, each a central practice for one problem type",
                unit = "initiatives/year", min = 0, max = 52, def = "3",
                source = "Carlson 2008: hospital-wide roll-outs of big initiatives; number assumed")
        double initiativesPerYear,
        @Param(description = "Units that start an initiative together in each wave", unit = "units", min = 1, max = 500,
                def = "4", source = "assumption")
        int waveUnits,
        @Param(description = "Days each wave lasts (training and go-live) before the next wave starts",
                unit = "days", min = 1, max = 3650, def = "45", source = "assumption")
        int waveDays,
        @Param(description = "Mandatory training per staff member of a unit during its wave, away from care",
                unit = "hours/person", min = 0, max = 200, def = "8",
                source = "Carlson 2008: roll-outs are labour intensive and take time away from patient care; "
                        + "size assumed")
        double trainingHours,
        @Param(description = "Days from the start of a unit's wave during which leadership monitors its compliance",
                unit = "days", min = 0, max = 36500, def = "90", source = "assumption")
        int monitoringDays,
        @Param(description = "Compliance reached under monitoring by a unit that does not resist", unit = "share 0-1",
                min = 0, max = 1, def = "0.9", source = "assumption")
        double monitoredCompliance,
        @Param(description = "Time constant of compliance decaying once monitoring stops (back-sliding of a practice "
                + "nobody on the unit owns)", unit = "days", min = 1, max = 36500, def = "120",
                source = "Carlson 2008: mandated change is hard to sustain; size assumed")
        double complianceDecayDays,
        @Param(description = "Share of compliance a unit withholds from its first mandate at the reference RC and "
                + "exhaustion 0.4 (resistance)", unit = "share 0-1", min = 0, max = 1, def = "0.15",
                source = "Carlson 2008: mandates provoke resistance; level assumed")
        double resistanceBase,
        @Param(description = "Log-odds of resistance added per recent mandate on the unit (being 'done to')",
                unit = "log-odds/mandate", min = 0, max = 10, def = "0.4",
                source = "Common Fire 2017: 'doing to' rather than 'doing with'; size assumed")
        double resistancePerMandate,
        @Param(description = "Log-odds of resistance per RC point of respect and shared goals below the reference",
                unit = "log-odds/RC point", min = 0, max = 10, def = "1.0", source = "Gittell 2016; size assumed")
        double resistanceRcEffect,
        @Param(description = "Log-odds of resistance per unit of the unit's mean exhaustion above "
                + "topDown.referenceExhaustion", unit = "log-odds", min = 0, max = 20, def = "3",
                source = "Common Fire 2017: burnout; size assumed")
        double resistanceExhaustionEffect,
        @Param(description = "Mean exhaustion of a unit's staff at which exhaustion neither adds to nor takes from "
                + "its resistance to a mandate", unit = "0-1", min = 0, max = 1, def = "0.4",
                source = "assumption: near the default hospital's mean exhaustion")
        double referenceExhaustion,
        @Param(description = "Strain (log-odds of exhaustion) per recent mandate on the unit's staff: loss of choice",
                unit = "log-odds/mandate", min = 0, max = 5, def = "0.03",
                source = "Common Fire 2017: loss of choice and respect drives burnout; size assumed")
        double doneToStrain,
        @Param(description = "Time constant over which a unit forgets a mandate (for resistance and strain)",
                unit = "days", min = 1, max = 36500, def = "365", source = "assumption")
        double doneToDays,
        @Param(description = "Weight leadership gives the national priorities (each type's harm weight) against the "
                + "harm of the problems it knows of, when it chooses an initiative", unit = "weight", min = 0,
                max = 100, def = "1", source = "Tucker et al. 2008: staff name failures that are not the national "
                        + "priorities leadership tracks; size assumed")
        double priorityWeight,
        @Param(description = "Central cost of an initiative: its design team, materials and project management",
                unit = "USD/initiative", min = 0, max = 1e9, def = "60000", source = "assumption")
        double programCost,
        @Param(description = "Chance a year that a unit makes a mandated practice its own (adapts it, and from then "
                + "on its staff carry it as they carry their own), at full compliance and no resistance; less as "
                + "fewer comply and more resist (0: a mandate is never owned)", unit = "per year", min = 0,
                max = 52, def = "0.5",
                source = "Greenhalgh et al. 2004: adopters reinvent innovations, and reinvention helps them last; "
                        + "rate assumed")
        double ownershipPerYear) implements Serializable, TopDownParametersBuilder.With {

    public TopDownParameters {
        Requires.valid(TopDownParameters.class, initiativesPerYear, waveUnits, waveDays, trainingHours, monitoringDays,
                monitoredCompliance, complianceDecayDays, resistanceBase, resistancePerMandate, resistanceRcEffect,
                resistanceExhaustionEffect, referenceExhaustion, doneToStrain, doneToDays, priorityWeight, programCost,
                ownershipPerYear);
    }
}
