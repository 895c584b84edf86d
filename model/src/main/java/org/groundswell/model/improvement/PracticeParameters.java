package org.groundswell.model.improvement;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * Practices that live in people ({@link PracticeKnowledge}): a practice the unit owns is worked by the staff who
 * know it. It starts with the team that made it and the colleagues it teaches, spreads to the others who work
 * beside them, is lost with those who leave or let it go, and is taught to newcomers only by the colleagues who
 * still work by it. Organizational learning studies find exactly this: knowledge embedded in people depreciates
 * with turnover and disuse (Argote 2013), and fewer than half of new practices in health care are sustained in
 * full once their start-up support ends (Wiltsey Stirman et al. 2012).
 */
@RecordBuilder
public record PracticeParameters(
        @Param(description = "Whether an owned practice's compliance is carried by the staff who know it (false: "
                + "an owned practice is complied with in full on its unit and never lapses, as before)",
                def = "true", source = "Argote 2013: knowledge embedded in members leaves with them")
        boolean carriedByPeople,
        @Param(description = "Share of the unit's other staff the team teaches when its practice goes in (huddles, "
                + "in-service), beside the team's own members", unit = "share 0-1", min = 0, max = 1, def = "0.5",
                source = "Carlson 2008: the team's work happens on the unit, with its colleagues; share assumed")
        double taughtShare,
        @Param(description = "Days a colleague takes to pick an owned practice up when everyone else on the unit "
                + "works by it (the chance a day is the share who do, over this)", unit = "days", min = 1,
                max = 3650, def = "60",
                source = "Carlson 2008: a practice spreads on its unit over weeks; Argote 2013: learning by "
                        + "working beside those who know; size assumed")
        double peerLearningDays,
        @Param(description = "Mean days a person keeps working by an owned practice before letting it go, on a "
                + "unit with no overload and its champion still there", unit = "days", min = 1, max = 36500,
                def = "900",
                source = "Wiltsey Stirman et al. 2012: partial sustainment is the rule; Argote 2013: knowledge "
                        + "depreciates; size assumed, slower than a mandate's decay")
        double forgetDays,
        @Param(description = "Log of the factor by which letting a practice go speeds up per patient per nurse "
                + "of overload on the unit", unit = "per patient", min = 0, max = 10, def = "0.8",
                source = "Wiltsey Stirman et al. 2012: workload and staffing among the threats to sustainment; "
                        + "size assumed")
        double overloadForgetEffect,
        @Param(description = "Factor by which letting a practice go speeds up once its champion (the first member "
                + "of the team that made it) has left the unit", unit = "times", min = 1, max = 100, def = "2.5",
                source = "Damschroder et al. 2009 (CFIR): champions; Wiltsey Stirman et al. 2012: loss of the "
                        + "champion threatens sustainment; size assumed")
        double championLossFactor) implements Serializable, PracticeParametersBuilder.With {

    public PracticeParameters {
        Requires.valid(PracticeParameters.class, carriedByPeople, taughtShare, peerLearningDays, forgetDays,
                overloadForgetEffect, championLossFactor);
    }
}
