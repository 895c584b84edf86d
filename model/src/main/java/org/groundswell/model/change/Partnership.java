package org.groundswell.model.change;

import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.parameters.PartnershipParameters;

/**
 * {@code partnership}: frontline change ({@link Frontline}) with the labor-management structures of Lazes
 * &amp; Rudden and Carlson 2008, each a switch of {@link PartnershipParameters}. The social contract scales
 * leadership's blaming down and raises safety; education adds to teams' success and takes hours in its first
 * {@code partnership.educationDays}; internal consultants support a limited number of teams, for a salary;
 * the labor-relations tone raises managers' respect (voice); documentation broadcasts results; physician
 * leadership puts physicians on most teams; strategic alignment turns teams toward the problems that harm the
 * hospital's patients most, and leadership backs that work; Study Action Teams take on the systemic problems
 * ({@link StudyActionTeams}). What acts on the unit teams is their {@link TeamSupport}.
 */
final class Partnership implements Strategy {

    private static final long serialVersionUID = 1L;

    private final Frontline frontline;
    private final StudyActionTeams studies;

    Partnership(PartnershipParameters lmp) {
        TeamSupport support = TeamSupport.of(lmp);
        this.frontline = new Frontline(support);
        this.studies = new StudyActionTeams(frontline, support);
    }

    @Override
    public void start(ChangeContext context) {
        frontline.start(context);
        PartnershipParameters lmp = context.parameters().partnership();
        int units = context.units();
        if (lmp.socialContract()) {
            context.scaleBlame(1 - lmp.contractBlameReduction());
            for (int u = 0; u < units; u++) {
                context.raiseSafety(u, lmp.contractSafetyGain());
            }
        }
        if (lmp.laborRelationsTone()) {
            context.raiseManagerRespect(lmp.toneRespectGain());
        }
    }

    @Override
    public void day(ChangeContext context, int day) {
        PartnershipParameters lmp = context.parameters().partnership();
        int units = context.units();
        if (lmp.education() && day < lmp.educationDays()) {
            for (int u = 0; u < units; u++) {
                context.takeFromCare(u, context.headcount(u) * lmp.educationHours() / lmp.educationDays(), true);
            }
        }
        if (lmp.internalConsultants()) {
            context.spend(lmp.consultants() * lmp.consultantAnnualCost() / Calendar.DAYS_PER_YEAR);
        }
        frontline.day(context, day);
        if (lmp.studyActionTeams()) {
            studies.day(context, Frontline.released(context), day);
        }
    }
}
