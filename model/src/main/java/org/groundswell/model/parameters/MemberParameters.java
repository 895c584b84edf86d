package org.groundswell.model.parameters;

import java.io.Serializable;
import java.util.regex.Pattern;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;

/**
 * One hospital of a region: its own organization, with its own units, staff, leadership, culture, strategy
 * and cost ledger. Its seed and calendar are the region's; its strategy is its own, or the region's.
 *
 * @param name       a short identifier, lower case with dashes ({@code hub}, {@code north})
 * @param strategy   its own change strategy, or empty for the region's ({@code strategy})
 * @param parameters everything else about it, as for a hospital run alone
 */
public record MemberParameters(
        @Param(description = "Short identifier of the hospital: lower case letters, digits and dashes")
        String name,
        @Param(description = "The hospital's own change strategy, or empty to follow the region's strategy",
                def = "")
        String strategy,
        @Param(description = "The hospital: its units, staff, leadership, culture and costs, as in a scenario of "
                + "its own (its seed, calendar and region are the region's)")
        HospitalParameters parameters) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public MemberParameters {
        Requires.valid(MemberParameters.class, name, strategy, parameters);
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException("name", name, "lower case letters, digits and dashes, like north-2");
        }
        if (!parameters.region().hospitals().isEmpty()) {
            throw new ParameterException("parameters.region.hospitals", parameters.region().hospitals().size()
                    + " entries", "none: a member hospital is not a region itself");
        }
    }

    /** Whether the hospital follows the region's strategy. */
    public boolean followsRegion() {
        return strategy.isEmpty();
    }
}
