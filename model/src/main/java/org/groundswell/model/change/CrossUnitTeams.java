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

/**
 * Teams across units, each on one problem that reaches beyond a unit (Lazes &amp; Rudden): <em>department
 * teams</em>, of a unit and the units it exchanges patients with, on a problem of the department its staff
 * raised; and the partnership's <em>Study Action Teams</em>, of members from every unit in turn, on the
 * systemic problems no unit can fix alone. Each kind ({@link Kind}) has its number of teams at once, its size,
 * hours and cycle; each team takes the most harmful problem of its scope that is known and not yet taken, adds
 * a manager and, by chance, a physician, and meets as far as its members' units release them. A cycle succeeds
 * as a unit team's does ({@link TeamOdds#successChance}), on its home unit's conditions (a department team) or
 * on the hospital's mean conditions (a Study Action Team); a success fixes the problem on every unit it reaches
 * and raises RC among the members.
 */
final class CrossUnitTeams implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A kind of cross-unit team.
     *
     * @param scope        the problems it takes on
     * @param teams        teams at once
     * @param size         staff on a team
     * @param hoursPerWeek hours a week each member spends on it
     * @param cycleDays    days of released time a cycle takes
     * @param fit          share of the problem's severity a success removes on every unit it reaches
     * @param purpose      the purpose of its keyed draws
     */
    record Kind(Scope scope, int teams, int size, double hoursPerWeek, double cycleDays, double fit, long purpose)
            implements Serializable {
    }

    private final Frontline frontline;
    private final TeamSupport support;
    private final List<Team> teams = new ArrayList<>();

    CrossUnitTeams(Frontline frontline, TeamSupport support) {
        this.frontline = frontline;
        this.support = support;
    }

    /** A day of the teams of {@code kind}: those done disband, new ones form, and each works. */
    void day(ChangeContext context, Kind kind, double[] released, int day) {
        ChangeParameters change = context.parameters().change();
        List<Team> kept = new ArrayList<>();
        for (Team t : teams) {
            if (t.problem.fixedEverywhere() || !context.problems().contains(t.problem)) {
                support.release(t);
            } else {
                kept.add(t);
            }
        }
        teams.clear();
        teams.addAll(kept);
        while (teams.size() < kind.teams()) {
            Team t = form(context, change, kind, day);
            if (t == null) {
                break;
            }
            teams.add(t);
        }
        kept.clear();
        for (Team t : teams) {
            if (!work(context, change, kind, t, released, day)) {
                kept.add(t);
            }
        }
        teams.clear();
        teams.addAll(kept);
    }

    /** A day of team {@code t}'s work; whether it fixed its problem (and so disbanded). */
    private boolean work(ChangeContext context, ChangeParameters change, Kind kind, Team t, double[] released,
                         int day) {
        double r = 0;
        for (int u : t.staffUnits) {
            r += released[u] / t.staffUnits.length;
        }
        r *= support.releaseFactor();
        for (int m = 0; m < t.staff.length; m++) {
            context.takeFromCare(t.staffUnits[m], kind.hoursPerWeek() / Calendar.DAYS_PER_WEEK * r, true);
        }
        t.progress += r;
        if (t.progress < kind.cycleDays()) {
            return false;
        }
        t.progress -= kind.cycleDays();
        double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), kind.purpose(), t.problem.id()), day);
        if (draw >= frontline.odds().successChance(context, change, t, t.unit)) {
            return false;
        }
        Problem p = t.problem;
        for (int k = 0; k < p.reach(); k++) {
            if (p.status(k) != Problem.Status.FIXED || p.fixedByPractice(k)) {
                context.fix(p, k, kind.fit());
                context.actedOn(p.unit(k), 1);
            }
        }
        context.jointSuccess(t.people);
        support.release(t);
        return true;
    }

    private boolean taken(Problem p) {
        for (Team t : teams) {
            if (t.problem == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * A team on the most harmful problem of the kind's scope that is known and that no team has yet, or null.
     * A systemic problem is known when staff raised it anywhere or leadership knows of it; a department's, when
     * the staff of a unit it reaches that takes part in frontline change raised it there.
     */
    private Team form(ChangeContext context, ChangeParameters change, Kind kind, int day) {
        Problem best = null;
        double bestHarm = 0;
        for (Problem p : context.problems()) {
            if (p.scope() != kind.scope() || p.fixedEverywhere() || taken(p)) {
                continue;
            }
            boolean systemic = kind.scope() == Scope.SYSTEMIC;
            boolean known = systemic && p.leadershipKnows();
            double harm = 0;
            for (int k = 0; k < p.reach(); k++) {
                known |= p.status(k) == Problem.Status.RAISED && (systemic || frontline.active(p.unit(k)));
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
        KeyedRandom random = KeyedRandom.of(context.key(), kind.purpose(), best.id(), day);
        int[] units = new int[kind.scope() == Scope.SYSTEMIC ? context.units() : best.reach()];
        for (int k = 0; k < units.length; k++) {
            units[k] = kind.scope() == Scope.SYSTEMIC ? k : best.unit(k);
        }
        int[] staff = new int[kind.size()];
        int[] staffUnits = new int[kind.size()];
        int n = 0;
        for (int m = 0; m < kind.size(); m++) {
            int u = units[m % units.length];
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
        int teamUnit = kind.scope() == Scope.SYSTEMIC ? -1 : home;
        return new Team(teamUnit, best.type(), best, -1, 0, staff, staffUnits, Arrays.copyOf(people, size),
                physician, support.takeConsultant()).begin(context, day);
    }
}
