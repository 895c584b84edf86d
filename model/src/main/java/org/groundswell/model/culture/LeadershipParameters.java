package org.groundswell.model.culture;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Managers and the senior team: how they answer reported harm and the problems staff raise, and how much
 * attention they have for fixing them.
 */
@RecordBuilder
public record LeadershipParameters(
        @Param(description = "Chance that leadership answers a reported adverse event by blaming individuals rather "
                + "than analysing it jointly with the unit", unit = "probability", min = 0, max = 1, def = "0.3",
                source = "Lazes & Rudden: the cardiac-monitor example (blame versus a joint task force); level assumed")
        double blameResponse,
        @Param(description = "Respect unit managers show their staff", unit = "0-1", min = 0, max = 1, def = "0.6",
                source = "Common Fire 2017: respect and choice; level assumed")
        double managerRespect,
        @Param(description = "Problems a unit manager can fix in a year, of those raised to them (attention)",
                unit = "fixes/year", min = 0, max = 365, def = "4",
                source = "Tucker & Singer 2015, Prod Oper Manag 24:253, walk-rounds: managers fix few of the problems raised")
        double managerFixesPerYear,
        @Param(description = "Share of a problem's severity a manager's own fix removes", unit = "share 0-1", min = 0,
                max = 1, def = "0.5",
                source = "Lazes & Rudden after Tucker et al. 2008: frontline proposals were more effective than "
                        + "managers'; size assumed")
        double managerFixFit,
        @Param(description = "Chance that a joint analysis of a reported adverse event finds a problem behind it "
                + "(at the reference relational coordination)", unit = "probability", min = 0, max = 1, def = "0.4",
                source = "Lazes & Rudden: the joint task force found the broken monitoring system; level assumed")
        double jointAnalysisFind,
        @Param(description = "Share of a problem's severity a fix designed in a joint analysis removes", unit = "share 0-1",
                min = 0, max = 1, def = "0.8", source = "Lazes & Rudden; size assumed")
        double jointFixFit,
        @Param(description = "Frontline staff who sit on a joint analysis of a reported adverse event, with the unit "
                + "manager and one of its physicians", unit = "people", min = 0, max = 50, def = "4",
                source = "Lazes & Rudden: the cardiac-monitor task force of frontline staff, managers and physicians; "
                + "size assumed")
        int analysisStaff) implements Serializable, LeadershipParametersBuilder.With {

    public LeadershipParameters {
        Requires.valid(LeadershipParameters.class, blameResponse, managerRespect, managerFixesPerYear, managerFixFit,
                jointAnalysisFind, jointFixFit, analysisStaff);
    }
}
