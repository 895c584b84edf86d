package org.groundswell.model.parameters;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;

/**
 * One intervention on a scenario's timeline: what, and from which day. Its effect sizes are shared by every
 * intervention of its type ({@link InterventionParameters}).
 *
 * <pre>
 * interventions:
 *   - {type: staffing-stabilization, startDay: -60}
 *   - {type: huddles, startDay: 0}
 * </pre>
 */
@RecordBuilder
public record Intervention(
        @Param(description = "The intervention: staffing-stabilization, staff-bank, huddles, relational, "
                + "boundary-spanners, shared-protocols, shared-information or coproduction")
        String type,
        @Param(description = "Day it starts and from which it lasts to the end of the run (negative: during the "
                + "warm-up, before the strategy starts)", unit = "day", min = -36500, max = 36500, def = "0")
        int startDay) implements Serializable, InterventionBuilder.With {

    /**
     * @throws ParameterException if the type is not a known intervention or the start day is out of range
     */
    public Intervention {
        Requires.valid(Intervention.class, type, startDay);
        if (InterventionType.byId(type).isEmpty()) {
            throw new ParameterException("type", type, "one of " + String.join(", ", InterventionType.ids()));
        }
    }

    /** The intervention's type. */
    public InterventionType kind() {
        return InterventionType.byId(type).orElseThrow();
    }
}
