package org.groundswell.model.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.groundswell.model.improvement.Designer;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.PracticeSpread;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.improvement.Scope;
import org.groundswell.model.kernel.Calendar;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.parameters.ChangeParameters;

/**
 * {@code frontline}: change that starts at the point of care and spreads through the staff's networks
 * (Carlson 2008). {@link Partnership} runs the same teams with the support of a labor-management partnership
 * ({@link TeamSupport}).
 *
 * <p><b>Teams.</b> On day 0 the {@code change.pilotUnits} units with the highest relational coordination (the
 * ready ones) become active. An active unit with room for a team ({@code change.teamsPerUnit}) and no practice
 * to adopt (below) forms one on the problem type its staff raised that bothers them most: the severity of the
 * raised problems of each type on the unit weighted by the type's time weight (a systemic problem counts at
 * {@code change.systemicReach}, for that is all a unit's fix can do to it); or, under strategic alignment, the
 * type among those its staff raised that harms the hospital's patients most (severity on every unit where
 * staff see it, weighted by harm weight: the big picture leadership's performance data show). A team is
 * {@code change.teamSize} staff (each with {@code change.jitTrainingHours} of just-in-time training when it
 * forms), the unit manager, and, by chance, an engaged physician. Each day the unit releases its members for
 * {@code change.teamHoursPerWeek} as far as its load allows: a share 1 / (1 + exp(stallSteepness × (overload
 * − stallOverload))) of it; the team's cycle advances by that share, so a cycle of {@code change.cycleDays}
 * takes longer on a unit with no slack. At the end of a cycle the team succeeds with a chance that rises with
 * the unit's problem-solving RC, safety, an engaged physician, an internal consultant, education and, for an
 * adaptation, the practice having been seen to work; and falls with fear and overload. A success puts the
 * team's practice in place, owned by the unit: its staff carry it, starting with the team and the colleagues
 * it teaches ({@link org.groundswell.model.improvement.PracticeKnowledge}); it raises RC among the team, and
 * counts as acting on what staff raised.
 *
 * <p><b>Teams fail.</b> After a failed cycle a team breaks up with a chance ({@code change.dissolveChance})
 * that rises with infighting (respect and shared goals below the reference), passivity (fear), the members it
 * has lost to turnover, the unit's exhaustion and the other projects the unit started in the last year; a team
 * whose cycle drags on past {@code change.stallDays}, because its unit cannot release its members, stalls and
 * breaks up. Its unit forms no new team for {@code change.reformDays}: the time, training and momentum it had
 * put in are lost.
 *
 * <p><b>Taking part.</b> The autonomy of "doing with" ({@code change.autonomyRelief}) is felt while a unit's
 * own team meets and its staff are released for it: it builds and fades over {@code change.autonomyDays}, and
 * is gone once the unit has no team at work.
 *
 * <p><b>Department teams.</b> Up to {@code change.departmentTeams} teams of a unit and the units it exchanges
 * patients with take on problems of the department raised on a unit taking part ({@link CrossUnitTeams}).
 *
 * <p><b>Spread</b> ({@link PracticeSpread}): once a week every unit hears the stories of the practices that
 * work elsewhere, and a unit exposed enough to one whose problems it sees adopts it. An inactive unit with an
 * adoptable practice becomes active; a unit with room for a team adopts before it designs: the team adapts
 * the practice of the unit whose story reached it most, losing {@code change.adaptationLoss} of its fit and
 * adding back up to {@code change.adaptationGain} — sometimes improving on it.
 */
class Frontline implements Strategy {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    // Purposes of keyed draws.
    private static final long SUCCESS = 1;
    private static final long MEMBERS = 2;
    private static final long PHYSICIAN = 3;
    private static final long ADAPT = 4;
    private static final long DISSOLVE = 6;
    private static final long DEPARTMENT = 8;

    private final TeamSupport support;
    private final List<Team> teams = new ArrayList<>();
    private final CrossUnitTeams departments;
    private boolean[] active;
    private PracticeSpread spread;
    /** How much each unit's staff take part in its own team's work now, 0-1 (the autonomy of "doing with"). */
    private double[] participation;
    /** The first day each unit may form a team again after one broke up. */
    private int[] reformFrom;
    private final TeamOdds odds;
    /** What each problem type costs the hospital's patients today (strategic alignment), and the day it is of. */
    private transient double[] burden;
    private transient int burdenDay;

    /** @param support what the organization gives the teams ({@link TeamSupport#NONE} for plain frontline) */
    Frontline(TeamSupport support) {
        this.support = support;
        this.odds = new TeamOdds(support);
        this.departments = new CrossUnitTeams(this, support);
    }

    @Override
    public void start(ChangeContext context) {
        int units = context.units();
        active = new boolean[units];
        spread = new PracticeSpread(units);
        participation = new double[units];
        reformFrom = new int[units];
        Integer[] order = new Integer[units];
        for (int u = 0; u < units; u++) {
            order[u] = u;
        }
        double[] rc = new double[units];
        for (int u = 0; u < units; u++) {
            rc[u] = context.unitRc(u);
        }
        Arrays.sort(order, (a, b) -> rc[a] != rc[b] ? Double.compare(rc[b], rc[a]) : Integer.compare(a, b));
        for (int k = 0; k < Math.min(units, context.parameters().change().pilotUnits()); k++) {
            active[order[k]] = true;
        }
    }

    @Override
    public void day(ChangeContext context, int day) {
        ChangeParameters change = context.parameters().change();
        int units = context.units();
        double[] released = released(context);
        if (Calendar.weekly(day)) {
            spread.hear(context.practices(), context.trust(), support.broadcastWeight());
            for (int b = 0; b < units; b++) {
                if (!active[b] && adoptable(context, change, b) != null) {
                    active[b] = true;
                }
            }
        }
        for (int u = 0; u < units; u++) {
            if (active[u] && day >= reformFrom[u]) {
                formTeams(context, change, u, day);
            }
        }
        odds.forget(day);
        for (int u = 0; u < units; u++) {
            if (teamsOn(u) > 0) {
                released[u] = context.releasedShare(u, released[u]);
            }
        }
        double[] takingPart = work(context, change, released, day);
        if (change.departmentTeams() > 0) {
            departments.day(context, new CrossUnitTeams.Kind(Scope.DEPARTMENT, change.departmentTeams(),
                    change.teamSize(), change.teamHoursPerWeek(), change.cycleDays(), change.localFit(), DEPARTMENT),
                    released, day);
        }
        double pace = 1 - Math.exp(-1 / change.autonomyDays());
        for (int u = 0; u < units; u++) {
            participation[u] += (takingPart[u] - participation[u]) * pace;
            context.addStrain(u, -change.autonomyRelief() * participation[u]);
        }
    }

    /** The odds of this strategy's teams' cycles: success, and breaking up after a failure. */
    TeamOdds odds() {
        return odds;
    }

    /** Whether unit {@code u} takes part in frontline change (its staff form teams). */
    boolean active(int u) {
        return active[u];
    }

    /**
     * The share of its members' hours each unit releases to its teams today: 1 / (1 + exp(stallSteepness ×
     * (overload − stallOverload))).
     */
    static double[] released(ChangeContext context) {
        ChangeParameters change = context.parameters().change();
        double[] released = new double[context.units()];
        for (int u = 0; u < released.length; u++) {
            released[u] = 1 / (1 + Math.exp(change.stallSteepness() * (context.overload(u) - change.stallOverload())));
        }
        return released;
    }

    // ---- forming teams

    private int teamsOn(int u) {
        int n = 0;
        for (Team t : teams) {
            n += t.unit == u ? 1 : 0;
        }
        return n;
    }

    private boolean teamOn(int u, ProblemType type) {
        for (Team t : teams) {
            if (t.unit == u && t.type == type) {
                return true;
            }
        }
        return false;
    }

    private ProblemType adoptable(ChangeContext context, ChangeParameters change, int u) {
        return spread.adoptable(u, change.adoptionThreshold(), context.practices(), context.problems(), this::teamOn);
    }

    /**
     * Forms unit {@code u}'s teams while it has room: first to adapt a practice whose story has reached it
     * strongly enough, then to design its own for what its staff raised.
     */
    private void formTeams(ChangeContext context, ChangeParameters change, int u, int day) {
        while (teamsOn(u) < change.teamsPerUnit()) {
            ProblemType heard = adoptable(context, change, u);
            if (heard != null) {
                Practice seen = context.practices().get(spread.source(u, heard), heard);
                teams.add(form(context, change, u, heard, seen.unit(), seen.fit(), day));
                continue;
            }
            double[] score = new double[TYPES.length];
            for (Problem p : context.problems()) {
                int k = p.indexOf(u);
                if (k < 0 || p.status(k) != Problem.Status.RAISED) {
                    continue;
                }
                double reach = p.scope() == Scope.SYSTEMIC ? change.systemicReach() : 1;
                score[p.type().ordinal()] += context.severity(p, k) * context.parameters().problemTypes().timeWeight(p.type()) * reach;
            }
            if (support.aligned()) {
                double[] burden = burden(context, day);
                for (ProblemType t : TYPES) {
                    score[t.ordinal()] = score[t.ordinal()] > 0 ? burden[t.ordinal()] : 0;
                }
            }
            ProblemType best = null;
            for (ProblemType t : TYPES) {
                if (score[t.ordinal()] > 0 && !context.practices().working(u, t) && !teamOn(u, t)
                        && (best == null || score[t.ordinal()] > score[best.ordinal()])) {
                    best = t;
                }
            }
            if (best == null) {
                return;
            }
            teams.add(form(context, change, u, best, -1, 0, day));
        }
    }

    private Team form(ChangeContext context, ChangeParameters change, int u, ProblemType type, int source,
                      double sourceFit, int day) {
        KeyedRandom random = KeyedRandom.of(context.key(), MEMBERS, u, type.ordinal(), day);
        int[] staff = pick(context.staff(u), change.teamSize(), random);
        int[] staffUnits = new int[staff.length];
        Arrays.fill(staffUnits, u);
        int[] physicians = context.physicians(u);
        boolean physician = physicians.length > 0
                && KeyedRandom.uniform(KeyedRandom.hash(context.key(), PHYSICIAN, u, type.ordinal()), day)
                        < support.physicianShare(change.physicianShare());
        int[] people = Arrays.copyOf(staff, staff.length + 2);
        int n = staff.length;
        people[n++] = context.manager(u);
        if (physician) {
            people[n++] = physicians[(int) (random.nextDouble() * physicians.length)];
        }
        context.takeFromCare(u, staff.length * change.jitTrainingHours(), true);
        odds.noteFormed(u, day);
        return new Team(u, type, null, source, sourceFit, staff, staffUnits, Arrays.copyOf(people, n),
                physician, support.takeConsultant()).begin(context, day);
    }

    /**
     * What leadership's performance data show each problem type costs the hospital's patients on day
     * {@code day}: the severity of its unfixed problems on every unit where staff see them, weighted by its
     * harm weight. Forming teams changes no problem, so it is worked out once a day, when a team is first to be
     * formed on it.
     */
    private double[] burden(ChangeContext context, int day) {
        if (burden == null || burdenDay != day) {
            double[] out = new double[TYPES.length];
            for (Problem p : context.problems()) {
                ProblemType t = p.type();
                for (int k = 0; k < p.reach(); k++) {
                    if (p.status(k) == Problem.Status.WORKAROUND || p.status(k) == Problem.Status.RAISED) {
                        out[t.ordinal()] += context.severity(p, k) * context.parameters().problemTypes().harmWeight(t);
                    }
                }
            }
            burden = out;
            burdenDay = day;
        }
        return burden;
    }

    /** {@code size} of {@code pool}, chosen by a partial shuffle. */
    private static int[] pick(int[] pool, int size, KeyedRandom random) {
        int[] out = pool.clone();
        int n = Math.min(size, out.length);
        for (int i = 0; i < n; i++) {
            int j = i + (int) (random.nextDouble() * (out.length - i));
            int tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return Arrays.copyOf(out, n);
    }

    // ---- the teams' work

    /**
     * A day of the unit teams' work: each takes its released time from care and advances its cycle; at a
     * cycle's end it succeeds, fails and goes on, or breaks up; a team whose cycle drags on past
     * {@code change.stallDays} stalls and breaks up. Returns how much each unit's staff took part today: the
     * share of its team's time released (0 where no team met).
     */
    private double[] work(ChangeContext context, ChangeParameters change, double[] released, int day) {
        double[] takingPart = new double[context.units()];
        List<Team> kept = new ArrayList<>();
        for (Team t : teams) {
            if (context.practices().working(t.unit, t.type) || !Problem.seenOn(context.problems(), t.unit, t.type)) {
                support.release(t);
                continue;
            }
            double r = released[t.unit] * support.releaseFactor();
            context.takeFromCare(t.unit, t.staff.length * change.teamHoursPerWeek() / Calendar.DAYS_PER_WEEK * r, true);
            context.occupyManager(t.unit, context.parameters().leadership().teamAttention() * r);
            takingPart[t.unit] = Math.max(takingPart[t.unit], r);
            t.progress += r;
            if (t.progress < change.cycleDays()) {
                if (day - t.cycleStart > change.stallDays()) {
                    breakUp(change, t, day);
                } else {
                    kept.add(t);
                }
                continue;
            }
            t.progress -= change.cycleDays();
            t.cycleStart = day;
            double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), SUCCESS, t.unit, t.type.ordinal()), day);
            if (draw >= odds.successChance(context, change, t, t.unit)) {
                double quit = KeyedRandom.uniform(KeyedRandom.hash(context.key(), DISSOLVE, t.unit, t.type.ordinal()),
                        day);
                if (quit < odds.dissolveChance(context, change, t, day)) {
                    breakUp(change, t, day);
                } else {
                    kept.add(t);
                }
                continue;
            }
            double fit = change.localFit();
            if (t.adapting()) {
                double gain = KeyedRandom.uniform(KeyedRandom.hash(context.key(), ADAPT, t.unit, t.type.ordinal()), day);
                fit = Math.max(0, Math.min(1, t.sourceFit - change.adaptationLoss() + change.adaptationGain() * gain));
            }
            Practice practice = new Practice(t.unit, t.type, t.adapting() ? Designer.ADAPTED : Designer.UNIT, fit,
                    startingCompliance(context, t), day, t.adapting() ? t.source : t.unit, Double.POSITIVE_INFINITY);
            context.adopt(practice.carriedFrom(t.staff));
            context.jointSuccess(t.people);
            context.actedOn(t.unit, 1);
            support.release(t);
        }
        teams.clear();
        teams.addAll(kept);
        return takingPart;
    }

    /**
     * The share of the unit's staff who work by a new practice on its first day: everyone, when practices are
     * not carried by people; otherwise the team's staff and the share of the others they teach.
     */
    private static double startingCompliance(ChangeContext context, Team t) {
        var practices = context.parameters().practices();
        int headcount = context.headcount(t.unit);
        if (!practices.carriedByPeople() || headcount == 0) {
            return 1;
        }
        double team = Math.min(1, (double) t.staff.length / headcount);
        return team + (1 - team) * practices.taughtShare();
    }

    /** Team {@code t} breaks up: its unit forms no team for {@code change.reformDays}. */
    private void breakUp(ChangeParameters change, Team t, int day) {
        support.release(t);
        reformFrom[t.unit] = Math.max(reformFrom[t.unit], day + change.reformDays());
    }
}
