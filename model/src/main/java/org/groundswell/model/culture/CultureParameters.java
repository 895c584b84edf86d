package org.groundswell.model.culture;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Psychological safety, voice and reporting on the units. Base rates are stated for a unit at safety 0.5
 * whose manager's respect is 0.5, without fear of blame and at the reference relational coordination.
 */
@RecordBuilder
public record CultureParameters(
        @Param(description = "Initial psychological safety of every unit: whether people feel able to speak up, "
                + "ask, and try new things without fear", unit = "0-1", min = 0, max = 1, def = "0.6",
                source = "Common Fire 2017: psychological safety; Edmondson 1999, Adm Sci Q 44:350; level assumed")
        double psychologicalSafety,
        @Param(description = "Time constant of a unit's safety drifting back to where its leadership holds it",
                unit = "days", min = 1, max = 36500, def = "365", source = "assumption")
        double safetyDriftDays,
        @Param(description = "Rise of a unit's safety each time a problem its staff raised is acted on",
                unit = "0-1", min = 0, max = 1, def = "0.02",
                source = "Common Fire 2017: listening and acting builds safety; Tucker & Singer 2015 (walk-rounds "
                        + "help only when they fix what staff raised); size assumed")
        double safetyGainPerFix,
        @Param(description = "Fall of a unit's safety each time leadership blames one of its staff", unit = "0-1",
                min = 0, max = 1, def = "0.05", source = "Lazes & Rudden (fear of reprimand); size assumed")
        double safetyLossPerBlame,
        @Param(description = "Weekly chance that staff who see a problem raise it (safety 0.5, respect 0.5)",
                unit = "probability/week", min = 0, max = 1, def = "0.08",
                source = "Lazes & Rudden: most practitioners don't speak up; Tucker et al. 2008: few failures "
                        + "reach managers")
        double speakUpRate,
        @Param(description = "Log-odds of speaking up per unit of psychological safety", unit = "log-odds", min = 0,
                max = 20, def = "4", source = "Edmondson 1999; size assumed")
        double speakUpSafetyEffect,
        @Param(description = "Log-odds of speaking up per unit of the manager's respect", unit = "log-odds", min = 0,
                max = 20, def = "2", source = "Common Fire 2017: respect; size assumed")
        double speakUpRespectEffect,
        @Param(description = "Log-odds of speaking up per RC point of respect and shared goals among colleagues",
                unit = "log-odds/RC point", min = 0, max = 20, def = "0.5", source = "Gittell 2016; size assumed")
        double speakUpRcEffect,
        @Param(description = "Share of adverse events staff report (safety 0.5, no fear of blame)", unit = "share 0-1",
                min = 0, max = 1, def = "0.015",
                source = "Classen et al. 2011, Health Affairs 30:581: voluntary reports catch about 2% of harm")
        double reportingRate,
        @Param(description = "Log-odds of reporting an adverse event per unit of psychological safety",
                unit = "log-odds", min = 0, max = 20, def = "3", source = "assumption")
        double reportingSafetyEffect,
        @Param(description = "Log-odds lost from reporting per unit of fear of blame", unit = "log-odds", min = 0,
                max = 20, def = "2", source = "Lazes & Rudden: fear of reprimand; size assumed")
        double reportingFearEffect,
        @Param(description = "Fear of blame a unit gains each time one of its staff is blamed (fear is 0-1)",
                unit = "0-1", min = 0, max = 1, def = "0.3", source = "assumption")
        double fearPerBlame,
        @Param(description = "Time constant of fear of blame fading", unit = "days", min = 1, max = 36500, def = "180",
                source = "assumption")
        double fearDays,
        @Param(description = "Share of a problem's wasted time that a workaround saves", unit = "share 0-1", min = 0,
                max = 1, def = "0.3",
                source = "Lazes & Rudden: workarounds work in the short run; Tucker & Edmondson 2003")
        double workaroundRelief,
        @Param(description = "Strain (log-odds of exhaustion) per unit of severity of the problems staff silently "
                + "work around on their unit: moral injury", unit = "log-odds/severity", min = 0, max = 10,
                def = "0.15", source = "Lazes & Rudden: moral injury; size assumed")
        double moralInjuryStrain,
        @Param(description = "Fall of a unit's psychological safety per year for each problem its staff raised that "
                + "waits unfixed: voice that leads nowhere teaches silence. 0 switches it off",
                unit = "0-1/year/problem", min = 0, max = 1, def = "0.004",
                source = "Tucker & Singer 2015, Prod Oper Manag 24:253: walk-rounds that raised problems and did "
                        + "not resolve them made things worse; size assumed")
        double unansweredSafetyLoss,
        @Param(description = "Log-odds of speaking up lost per unit of the unit staff's mean cynicism above "
                + "culture.referenceCynicism. 0 switches it off", unit = "log-odds", min = 0, max = 20, def = "2",
                source = "Maslach & Leiter 2016, World Psychiatry 15:103: cynicism is withdrawal from the work; "
                        + "size assumed")
        double speakUpCynicismEffect,
        @Param(description = "Mean staff cynicism at which it neither helps nor hinders voice (the default "
                + "hospital's level)", unit = "0-1", min = 0, max = 1, def = "0.30",
                source = "normalising constant: the default hospital's mean cynicism")
        double referenceCynicism) implements Serializable, CultureParametersBuilder.With {

    public CultureParameters {
        Requires.valid(CultureParameters.class, psychologicalSafety, safetyDriftDays, safetyGainPerFix,
                safetyLossPerBlame, speakUpRate, speakUpSafetyEffect, speakUpRespectEffect, speakUpRcEffect,
                reportingRate, reportingSafetyEffect, reportingFearEffect, fearPerBlame, fearDays, workaroundRelief,
                moralInjuryStrain, unansweredSafetyLoss, speakUpCynicismEffect, referenceCynicism);
    }
}
