package org.groundswell.model.improvement;

/**
 * Who designed a practice, which sets how well it fits its unit and whether anyone owns it (Lazes &amp; Rudden,
 * after the twenty hospitals of Tucker et al. 2008: the proposals of frontline staff beat their managers';
 * Carlson 2008: change that starts at the point of care lasts, a cookie cutter provokes resistance).
 */
public enum Designer {
    /** The unit's own staff, in an improvement team: fits best, and the unit owns it. */
    UNIT(true),
    /** The unit's own staff, adapting another unit's practice to their unit: owned like their own. */
    ADAPTED(true),
    /**
     * Brought from another hospital of the region by bank staff who work by it there, not adapted to the unit:
     * it lives in the staff who pick it up, like the unit's own.
     */
    CARRIED(true),
    /** A central team, for every unit alike: fits each unit less well, and nobody on the unit owns it. */
    CENTRAL(false);

    private final boolean owned;

    Designer(boolean owned) {
        this.owned = owned;
    }

    /** Whether the unit owns a practice of this origin, so that it lasts without being monitored. */
    public boolean owned() {
        return owned;
    }
}
