package org.groundswell.model.change;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.Scope;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.PartnershipParameters;

/**
 * Study Action Teams (Lazes &amp; Rudden): cross-unit teams of the partnership on the systemic problems no
 * unit can fix alone, {@code partnership.studyTeams} at a time, each on its own problem — the most harmful
 * systemic problem that staff raised or leadership knows of. Members come from every unit in turn, with a
 * manager and, by chance, a physician; they meet {@code partnership.studyTeamHoursPerWeek} as far as the
 * hospital's mean load releases them, in cycles of {@code partnership.studyCycleDays}. A cycle succeeds as a
 * unit team's does, on the hospital's mean conditions; a success fixes the problem on every unit it reaches
 * ({@code partnership.studyFit}) and raises RC among the members.
 */
final class StudyActionTeams implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long STUDY = 5;

    private final Frontline frontline;
    private final TeamSupport support;
    private final List<Team> studies = new ArrayList<>();

    StudyActionTeams(Frontline frontline, TeamSupport support) {
        this.frontline = frontline;
        this.support = support;
    }

    /** A day of the Study Action Teams: those done disband, new ones form, and each works. */
    void day(ChangeContext context, double[] released, int day) {
        ChangeParameters change = context.parameters().change();
        PartnershipParameters lmp = context.parameters().partnership();
        List<Team> kept = new ArrayList<>();
        for (Team t : studies) {
            if (t.problem.fixedEverywhere() || !context.problems().contains(t.problem)) {
                support.release(t);
            } else {
                kept.add(t);
            }
        }
        studies.clear();
        studies.addAll(kept);
        while (studies.size() < lmp.studyTeams()) {
            Team t = form(context, change, lmp, day);
            if (t == null) {
                break;
            }
            studies.add(t);
        }
        double r = 0;
        for (double share : released) {
            r += share / released.length;
        }
        kept.clear();
        for (Team t : studies) {
            if (!work(context, change, lmp, t, r, day)) {
                kept.add(t);
            }
        }
        studies.clear();
        studies.addAll(kept);
    }

    /** A day of Study Action Team {@code t}'s work; whether it fixed its problem (and so disbanded). */
    private boolean work(ChangeContext context, ChangeParameters change, PartnershipParameters lmp, Team t,
                         double released, int day) {
        for (int m = 0; m < t.staff.length; m++) {
            context.takeFromCare(t.staffUnits[m], lmp.studyTeamHoursPerWeek() / Calendar.DAYS_PER_WEEK * released,
                    true);
        }
        t.progress += released;
        if (t.progress < lmp.studyCycleDays()) {
            return false;
        }
        t.progress -= lmp.studyCycleDays();
        double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), STUDY, t.problem.id()), day);
        if (draw >= frontline.successChance(context, change, t, -1)) {
            return false;
        }
        Problem p = t.problem;
        for (int k = 0; k < p.reach(); k++) {
            if (p.status(k) != Problem.Status.FIXED || p.fixedByPractice(k)) {
                context.fix(p, k, lmp.studyFit());
                context.actedOn(p.unit(k), 1);
            }
        }
        context.jointSuccess(t.people);
        support.release(t);
        return true;
    }

    private boolean studied(Problem p) {
        for (Team t : studies) {
            if (t.problem == p) {
                return true;
            }
        }
        return false;
    }

    /** A Study Action Team on the most harmful systemic problem staff raised or leadership knows of that no
     *  Study Action Team has yet, or null. */
    private Team form(ChangeContext context, ChangeParameters change, PartnershipParameters lmp, int day) {
        Problem best = null;
        double bestHarm = 0;
        for (Problem p : context.problems()) {
            if (p.scope() != Scope.SYSTEMIC || p.fixedEverywhere() || studied(p)) {
                continue;
            }
            boolean known = p.leadershipKnows();
            double harm = 0;
            for (int k = 0; k < p.reach(); k++) {
                known |= p.status(k) == Problem.Status.RAISED;
                if (p.status(k) != Problem.Status.FIXED) {
                    harm += context.severity(p, k) * context.parameters().problemTypes().harmWeight(p.type());
                }
            }
            if (known && harm > bestHarm) {
                best = p;
                bestHarm = harm;
            }
        }
        if (best == null) {
            return null;
        }
        int units = context.units();
        KeyedRandom random = KeyedRandom.of(context.key(), STUDY, best.id(), day);
        int[] staff = new int[lmp.studyTeamSize()];
        int[] staffUnits = new int[lmp.studyTeamSize()];
        int n = 0;
        for (int m = 0; m < lmp.studyTeamSize(); m++) {
            int u = m % units;
            int[] pool = context.staff(u);
            if (pool.length > 0) {
                staff[n] = pool[(int) (random.nextDouble() * pool.length)];
                staffUnits[n++] = u;
            }
        }
        staff = Arrays.copyOf(staff, n);
        staffUnits = Arrays.copyOf(staffUnits, n);
        int home = best.unit(0);
        int[] physicians = context.physicians(home);
        boolean physician = physicians.length > 0 && random.nextDouble() < support.physicianShare(change.physicianShare());
        int[] people = Arrays.copyOf(staff, n + 2);
        int size = n;
        people[size++] = context.manager(home);
        if (physician) {
            people[size++] = physicians[(int) (random.nextDouble() * physicians.length)];
        }
        return new Team(-1, best.type(), best, -1, 0, staff, staffUnits, Arrays.copyOf(people, size),
                physician, support.takeConsultant());
    }
}
