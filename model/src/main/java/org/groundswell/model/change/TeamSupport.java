package org.groundswell.model.change;

import java.io.Serializable;

import org.groundswell.model.parameters.PartnershipParameters;

/**
 * What the organization gives its improvement teams beyond their own unit: under plain {@code frontline},
 * nothing ({@link #NONE}); under {@code partnership}, the switches of {@link PartnershipParameters} that act
 * on teams ({@link #of}): strategic alignment, physician leadership, a pool of internal consultants, education,
 * and the broadcast of results.
 */
class TeamSupport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Plain frontline change: teams have their unit and nothing more. */
    static final TeamSupport NONE = new TeamSupport(null);

    private final PartnershipParameters lmp;
    private int consultantsBusy;
    /** How far the structures have been set up, 0-1 (1 for plain frontline, which has none to set up). */
    private double setUp = 1;
    /** The share of the teams' released time that staff give to joint work today (less during a shock). */
    private double release = 1;

    private TeamSupport(PartnershipParameters lmp) {
        this.lmp = lmp;
    }

    /** The support a labor-management partnership with switches {@code lmp} gives its teams. */
    static TeamSupport of(PartnershipParameters lmp) {
        return new TeamSupport(lmp);
    }

    /** Whether teams choose the problems the hospital's performance data show harm patients most. */
    boolean aligned() {
        return lmp != null && lmp.strategicAlignment();
    }

    /** The chance a team has an engaged physician, given the strategy's usual {@code share}. */
    double physicianShare(double share) {
        return lmp != null && lmp.physicianLeadership() ? lmp.ledPhysicianShare() : share;
    }

    /** Weight with which every unit hears each story of a practice that works (documentation of results). */
    double broadcastWeight() {
        return lmp != null && lmp.documentation() ? lmp.broadcastWeight() : 0;
    }

    /** Log-odds added to a team cycle's success by education, as far as it has been given. */
    double educationEffect() {
        return lmp != null && lmp.education() ? lmp.educationEffect() * setUp : 0;
    }

    /** Log-odds added to a team cycle's success by leadership backing aligned work, once it is set up. */
    double alignmentEffect() {
        return lmp != null && lmp.strategicAlignment() ? lmp.alignmentEffect() * setUp : 0;
    }

    /** The share of the time a unit releases for its team that its staff give to joint work today. */
    double releaseFactor() {
        return release;
    }

    /**
     * Today's state of the partnership's structures: how far they are set up (0-1), and the share of released
     * time staff give to joint work (1, less during a labor-relations shock).
     */
    void today(double setUp, double release) {
        this.setUp = setUp;
        this.release = release;
    }

    /** How far the structures are set up, 0-1: a new consultant's support counts as far as this. */
    double setUp() {
        return setUp;
    }

    /** Takes an internal consultant for a new team, if the pool has one free. */
    boolean takeConsultant() {
        if (lmp == null || !lmp.internalConsultants()
                || consultantsBusy >= lmp.consultants() * lmp.teamsPerConsultant()) {
            return false;
        }
        consultantsBusy++;
        return true;
    }

    /** Team {@code t} disbands: its consultant, if it had one, is free again. */
    void release(Team t) {
        if (t.consultant) {
            consultantsBusy--;
        }
    }
}
