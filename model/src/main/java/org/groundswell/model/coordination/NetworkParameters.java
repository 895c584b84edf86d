package org.groundswell.model.coordination;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * How the staff network is laid out: dense ties within each unit, and cross-unit ties along the hospital's
 * structure (handoffs at transfers, physicians who round on several units, union stewards, boundary
 * spanners), optionally rewired at random.
 */
@RecordBuilder
public record NetworkParameters(
        @Param(description = "Share of cross-unit ties placed uniformly at random between people on different units "
                + "instead of along the hospital's structure; the number of ties, and so the mean degree, is unchanged",
                unit = "share 0-1", min = 0, max = 1, def = "0",
                source = "small-world rewiring, Watts & Strogatz 1998, Nature 393:440")
        double rewiring,
        @Param(description = "Mean number of colleagues on their own unit each person has a working tie with "
                + "(shared shifts and roles)", unit = "ties/person", min = 0, max = 200, def = "10",
                source = "assumption; ward advice networks of this size in Creswick & Westbrook 2010, "
                        + "Int J Med Inform 79:e116")
        double withinUnitDegree,
        @Param(description = "Cross-unit ties between two units per patient a day transferred between them "
                + "(nurses who hand patients over)", unit = "ties/(patient/day)", min = 0, max = 100, def = "3",
                source = "assumption; handoffs as the interdependence relational coordination spans, Gittell 2009")
        double handoffTiesPerTransfer,
        @Param(description = "Chance that a handoff tie is made by someone who already has a tie to the other unit, "
                + "so ties cluster between the same people and close triangles", unit = "probability", min = 0,
                max = 1, def = "0.5", source = "assumption; modular coordination between stages of care, "
                        + "Gittell et al. 2008, Patterns of coordination within and between stages of work")
        double triadicClosure,
        @Param(description = "Ties a physician has with staff on each other unit they round on", unit = "ties/unit",
                min = 0, max = 100, def = "6", source = "assumption")
        int physicianTiesPerUnit,
        @Param(description = "Union stewards per unit; the stewards of a council's units know one another", unit = "people",
                min = 0, max = 20, def = "1", source = "Lazes & Rudden: union stewards as a channel across units")
        int stewardsPerUnit,
        @Param(description = "Units whose stewards meet as one council and all know one another: runs of this many "
                + "consecutive units, each council's first steward knowing the next council's, so that the stewards' "
                + "channel spans a large hospital with ties that grow with its units, not with their square",
                unit = "units", min = 2, max = 5000, def = "16",
                source = "assumption: a union local's stewards' council; every bundled hospital (up to 15 units) is one")
        int stewardCouncilUnits,
        @Param(description = "Boundary spanners (case managers, discharge coordinators) with ties to every unit",
                unit = "people", min = 0, max = 1000, def = "4",
                source = "Gittell 2016: boundary spanners as a structural intervention; assumption for the count")
        int boundarySpanners,
        @Param(description = "Ties a boundary spanner has on each unit", unit = "ties/unit", min = 0, max = 100,
                def = "3", source = "assumption")
        int spannerTiesPerUnit) implements Serializable, NetworkParametersBuilder.With {

    public NetworkParameters {
        Requires.valid(NetworkParameters.class, rewiring, withinUnitDegree, handoffTiesPerTransfer, triadicClosure,
                physicianTiesPerUnit, stewardsPerUnit, stewardCouncilUnits, boundarySpanners, spannerTiesPerUnit);
    }
}
