package org.groundswell.model.plugin;

import java.io.Serializable;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The example plug-in's own parameters. A plug-in cannot add a group to a scenario file, so it documents its
 * effect sizes the same way the model does — a record with {@link Param} annotations, built from its defaults
 * with {@link org.groundswell.model.param.Defaults#of} — and a caller that wants other values makes the
 * strategy through its factory's {@code create(HospitalParameters, WalkRoundsParameters)}.
 */
public record WalkRoundsParameters(
        @Param(description = "Days between two walk-rounds of a unit by a senior leader", unit = "days", min = 1,
                max = 365, def = "30", source = "Tucker & Singer 2015, Prod Oper Manag 24:253 (monthly walk-rounds)")
        int intervalDays,
        @Param(description = "Share of a problem's severity removed by the fix a walk-round leads to",
                unit = "share 0-1", min = 0, max = 1, def = "0.5",
                source = "as leadership.managerFixFit: a manager's fix")
        double fixFit) implements Serializable {

    public WalkRoundsParameters {
        Requires.valid(WalkRoundsParameters.class, intervalDays, fixFit);
    }
}
