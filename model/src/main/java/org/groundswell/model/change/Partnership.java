package org.groundswell.model.change;

import org.groundswell.model.improvement.Scope;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.PartnershipParameters;

/**
 * {@code partnership}: frontline change ({@link Frontline}) with the labor-management structures of Lazes
 * &amp; Rudden and Carlson 2008, each a switch of {@link PartnershipParameters}, and with their costs and risks.
 *
 * <p>The social contract scales leadership's blaming down and raises safety, building from nothing on day 0
 * over {@code partnership.contractBuildDays}; education adds to teams' success and takes hours in its first
 * {@code partnership.educationDays}; internal consultants support a limited number of teams, for a salary;
 * education's, alignment's and the consultants' effects grow to full over {@code partnership.setupDays}; the
 * labor-relations tone raises managers' respect (voice); documentation broadcasts results; physician
 * leadership puts physicians on most teams; strategic alignment turns teams toward the problems that harm the
 * hospital's patients most, leadership backs that work, and it takes senior leaders' hours; Study Action Teams
 * take on the systemic problems ({@link CrossUnitTeams}). Every unit's steward spends hours away from care
 * and every manager hours away from other work in the joint structures.
 *
 * <p>A labor-relations shock (at {@code partnership.shockRatePerYear}, or on {@code partnership.shockDay})
 * breaks the social contract: blame returns at once, the tone's respect is withdrawn, and staff withdraw
 * {@code partnership.shockWithdrawal} of their released time from joint work. The shock fades over {@code
 * partnership.shockRecoveryDays}, and the contract rebuilds behind it. What acts on the unit teams is their
 * {@link TeamSupport}.
 */
final class Partnership implements Strategy {

    private static final long serialVersionUID = 1L;
    /** Full-time hours a year (52 weeks of 40 hours): a manager's hour is its annual cost over this. */
    private static final double HOURS_PER_YEAR = 2080;
    private static final long SHOCK = 7;
    private static final long STUDY = 5;

    private final Frontline frontline;
    private final CrossUnitTeams studies;
    private final TeamSupport support;
    /** How far the social contract holds, 0-1: it builds from 0 and breaks in a labor-relations shock. */
    private double contract;
    /** What is left of the last labor-relations shock, 0-1. */
    private double shock;
    /** The safety gain and the respect gain applied so far, so that each day applies only the change. */
    private double safetyApplied;
    private double respectApplied;

    Partnership(PartnershipParameters lmp) {
        this.support = TeamSupport.of(lmp);
        this.frontline = new Frontline(support);
        this.studies = new CrossUnitTeams(frontline, support);
    }

    @Override
    public void start(ChangeContext context) {
        frontline.start(context);
    }

    @Override
    public void day(ChangeContext context, int day) {
        PartnershipParameters lmp = context.parameters().partnership();
        int units = context.units();
        relations(context, lmp, day);
        support.today(Math.min(1, day / lmp.setupDays()), 1 - lmp.shockWithdrawal() * shock);
        if (lmp.education() && day < lmp.educationDays()) {
            for (int u = 0; u < units; u++) {
                context.takeFromCare(u, context.headcount(u) * lmp.educationHours() / lmp.educationDays(), true);
            }
        }
        if (lmp.internalConsultants()) {
            context.spend(lmp.consultants() * lmp.consultantAnnualCost() / Calendar.DAYS_PER_YEAR);
        }
        double managerHour = context.parameters().cost().managerAnnualCost() / HOURS_PER_YEAR;
        double leaderHours = lmp.strategicAlignment() ? lmp.alignmentLeaderHoursPerWeek() : 0;
        double jointHours = joint(lmp) ? lmp.managerHoursPerWeek() : 0;
        if (units * jointHours + leaderHours > 0) {
            context.spend((units * jointHours + leaderHours) / Calendar.DAYS_PER_WEEK * managerHour);
        }
        if (joint(lmp) && lmp.stewardHoursPerWeek() > 0) {
            for (int u = 0; u < units; u++) {
                context.takeFromCare(u, lmp.stewardHoursPerWeek() / Calendar.DAYS_PER_WEEK, true);
            }
        }
        frontline.day(context, day);
        if (lmp.studyActionTeams()) {
            studies.day(context, new CrossUnitTeams.Kind(Scope.SYSTEMIC, lmp.studyTeams(), lmp.studyTeamSize(),
                    lmp.studyTeamHoursPerWeek(), lmp.studyCycleDays(), lmp.studyFit(), STUDY), Frontline.released(context),
                    day);
        }
    }

    /**
     * Labor relations today: a shock may come (at its yearly rate, or on the scheduled day), breaking the social
     * contract; what is left of the last shock fades; the contract builds toward what the shock leaves of it; and
     * leadership's blaming, the units' safety and the managers' respect follow the contract and the tone.
     */
    private void relations(ChangeContext context, PartnershipParameters lmp, int day) {
        if (!joint(lmp)) {
            return;
        }
        shock *= Math.exp(-1 / lmp.shockRecoveryDays());
        double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), SHOCK), day);
        if (day == lmp.shockDay() || draw < lmp.shockRatePerYear() / Calendar.DAYS_PER_YEAR) {
            shock = 1;
            contract = 0;
        }
        double target = 1 - shock;
        contract += (target - contract) * (1 - Math.exp(-1 / lmp.contractBuildDays()));
        contract = Math.min(contract, target);
        if (lmp.socialContract()) {
            context.scaleBlame(1 - lmp.contractBlameReduction() * contract);
            double safety = lmp.contractSafetyGain() * contract;
            for (int u = 0; u < context.units(); u++) {
                context.raiseSafety(u, safety - safetyApplied);
            }
            safetyApplied = safety;
        }
        if (lmp.laborRelationsTone()) {
            double respect = lmp.toneRespectGain() * (1 - shock);
            context.raiseManagerRespect(respect - respectApplied);
            respectApplied = respect;
        }
    }

    /**
     * Whether labor and management have joint structures to run and to break: a social contract or a
     * labor-relations tone. Without either there is no partnership council for stewards and managers to sit
     * on, and no contract for a shock to break.
     */
    private static boolean joint(PartnershipParameters lmp) {
        return lmp.socialContract() || lmp.laborRelationsTone();
    }
}
