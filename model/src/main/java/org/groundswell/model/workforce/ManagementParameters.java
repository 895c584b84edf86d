package org.groundswell.model.workforce;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/** Managers (one per unit, always) and the people away from the point of care: senior team and administration. */
@RecordBuilder
public record ManagementParameters(
        @Param(description = "Members of the senior leadership team", unit = "people", min = 0, max = 200, def = "8",
                source = "assumption")
        int seniorLeaders,
        @Param(description = "Administrative staff away from the point of care (billing, compliance, HR, IT, ...)",
                unit = "people", min = 0, max = 100000, def = "640",
                source = "calibrated: administration about 25% of US hospital spending, Himmelstein et al. 2014, Health Affairs 33:1586")
        int administrators) implements Serializable, ManagementParametersBuilder.With {

    public ManagementParameters {
        Requires.valid(ManagementParameters.class, seniorLeaders, administrators);
    }
}
