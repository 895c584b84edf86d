package org.groundswell.model.region;

import java.io.Serializable;

import io.soabase.recordbuilder.core.RecordBuilder;

import org.groundswell.model.param.Param;
import org.groundswell.model.param.Requires;

/**
 * The region's shared data: whether members see each other's staffing availability and results, how well
 * the bank matches its shifts to gaps with and without it, and what members copy from the results they see.
 */
@RecordBuilder
public record SharedDataParameters(
        @Param(description = "Whether members share their data: staff availability for the bank, and which "
                + "practices work where", def = "true",
                source = "NHS Professionals 2022: share data and information across providers")
        boolean shared,
        @Param(description = "Share of the bank's offered shifts matched to a member's gap when availability is "
                + "shared", unit = "share 0-1", min = 0, max = 1, def = "0.95", source = "assumption")
        double matchShared,
        @Param(description = "Share of the bank's offered shifts matched to a member's gap when each member sees "
                + "only its own", unit = "share 0-1", min = 0, max = 1, def = "0.7",
                source = "assumption, direction from NHS Professionals 2022 (pay rates and availability across a "
                        + "system come from shared insight)")
        double matchUnshared,
        @Param(description = "Weekly chance that a unit copies a practice the region's data show working, were "
                + "it working on every other member's units of the kind (scaled by the share that have it)",
                unit = "1/week", min = 0, max = 1, def = "0.02", source = "assumption")
        double copyRate,
        @Param(description = "Share of its fit a practice copied from the data loses: it comes without the people "
                + "who know it", unit = "share 0-1", min = 0, max = 1, def = "0.4",
                source = "assumption, direction from Dixon-Woods et al. 2011, Milbank Q 89:167 (a programme "
                        + "copied without its social mechanisms does not reproduce its results)")
        double copyFitLoss,
        @Param(description = "Share of a unit's staff who follow a copied practice when it goes in",
                unit = "share 0-1", min = 0, max = 1, def = "0.8", source = "assumption")
        double copyCompliance,
        @Param(description = "Time constant of the decay of a copied practice's compliance: nobody on the unit "
                + "owns it", unit = "days", min = 1, max = 36500, def = "180",
                source = "assumption, as top-down back-sliding (Carlson 2008)")
        double copyDecayDays) implements Serializable, SharedDataParametersBuilder.With {

    public SharedDataParameters {
        Requires.valid(SharedDataParameters.class, shared, matchShared, matchUnshared, copyRate, copyFitLoss,
                copyCompliance, copyDecayDays);
    }

    /** The share of the bank's offered shifts matched to gaps. */
    public double match() {
        return shared ? matchShared : matchUnshared;
    }
}
