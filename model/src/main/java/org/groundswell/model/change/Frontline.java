package org.groundswell.model.change;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.improvement.Designer;
import org.groundswell.model.improvement.Practice;
import org.groundswell.model.improvement.Practices;
import org.groundswell.model.improvement.Problem;
import org.groundswell.model.improvement.ProblemType;
import org.groundswell.model.improvement.Scope;
import org.groundswell.model.kernel.KeyedRandom;
import org.groundswell.model.kernel.LogOdds;
import org.groundswell.model.parameters.ChangeParameters;
import org.groundswell.model.parameters.PartnershipParameters;

/**
 * {@code frontline} and {@code partnership}: change that starts at the point of care and spreads through the
 * staff's networks (seed 000), with, for {@code partnership}, the labor-management structures of seed 001.
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
 * team's practice in place (owned: it does not erode), raises RC among the team, and counts as acting on
 * what staff raised; a failure starts another cycle. Once a unit is active its staff feel the autonomy
 * of "doing with" ({@code change.autonomyRelief}), from the day it becomes active.
 *
 * <p><b>Spread.</b> Once a week every unit hears the stories of the practices that work on other units and
 * that those units own: each tie between the two units carries the story with weight (trust = the tie's RC
 * rescaled to 0–1) × (result = the practice's effect); under documentation and communication of results every
 * unit also hears each story with weight {@code partnership.broadcastWeight} × result. A practice is adoptable
 * by a unit whose exposure to it reaches {@code change.adoptionThreshold} (several ties, or several sources:
 * a complex contagion), whose staff see a problem of its type, and which has no working practice for it. An
 * inactive unit with an adoptable practice becomes active; a unit with room for a team adopts before it
 * designs: the team adapts the practice of the unit whose story reached it most, losing
 * {@code change.adaptationLoss} of its fit and adding back up to {@code change.adaptationGain} — sometimes
 * improving on it.
 *
 * <p><b>Partnership switches</b> ({@link PartnershipParameters}): the social contract scales leadership's
 * blaming down and raises safety; education adds to success and takes hours in the first 90 days; internal
 * consultants support a limited number of teams, for a salary; the labor-relations tone raises managers'
 * respect (voice); documentation broadcasts results; physician leadership puts physicians on most teams;
 * strategic alignment turns teams toward the problems that harm the hospital's patients most, and leadership
 * backs that work (a higher chance of success); Study Action Teams take on the
 * systemic problems ({@code partnership.studyTeams} at a time, each on its own problem), with members from every
 * unit, fixing the problem on every unit it reaches.
 */
final class Frontline implements Strategy {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    private static final int WEEK = 7;
    private static final int EDUCATION_DAYS = 90;
    private static final double DAYS_PER_YEAR = 365;
    private static final double CENTRE = 0.5;
    // Purposes of keyed draws.
    private static final long SUCCESS = 1;
    private static final long MEMBERS = 2;
    private static final long PHYSICIAN = 3;
    private static final long ADAPT = 4;
    private static final long STUDY = 5;

    /** An improvement team: a unit-based team on a problem type, or a Study Action Team on a systemic problem. */
    private static final class Team implements Serializable {
        private static final long serialVersionUID = 1L;
        final int unit;
        final ProblemType type;
        final Problem problem;
        final int source;
        final double sourceFit;
        final int[] staff;
        final int[] staffUnits;
        final int[] people;
        final boolean physician;
        final boolean consultant;
        double progress;

        Team(int unit, ProblemType type, Problem problem, int source, double sourceFit, int[] staff, int[] staffUnits,
             int[] people, boolean physician, boolean consultant) {
            this.unit = unit;
            this.type = type;
            this.problem = problem;
            this.source = source;
            this.sourceFit = sourceFit;
            this.staff = staff;
            this.staffUnits = staffUnits;
            this.people = people;
            this.physician = physician;
            this.consultant = consultant;
        }

        boolean adapting() {
            return source >= 0;
        }
    }

    private final boolean partnership;
    private final List<Team> teams = new ArrayList<>();
    private final List<Team> studies = new ArrayList<>();
    private boolean[] active;
    private int consultantsBusy;
    /** Each unit's exposure to the story of each problem type's practice, and the unit it came from most. */
    private double[][] exposure;
    private int[][] source;
    /** What each problem type costs the hospital's patients today (strategic alignment), and the day it is of. */
    private transient double[] burden;
    private transient int burdenDay;

    /**
     * @param partnership whether the partnership's switches ({@code partnership.*}) apply
     */
    Frontline(boolean partnership) {
        this.partnership = partnership;
    }

    private PartnershipParameters lmp(ChangeContext context) {
        return context.parameters().partnership();
    }

    @Override
    public void start(ChangeContext context) {
        int units = context.units();
        active = new boolean[units];
        exposure = new double[units][TYPES.length];
        source = new int[units][TYPES.length];
        for (int[] row : source) {
            java.util.Arrays.fill(row, -1);
        }
        Integer[] order = new Integer[units];
        for (int u = 0; u < units; u++) {
            order[u] = u;
        }
        double[] rc = new double[units];
        for (int u = 0; u < units; u++) {
            rc[u] = context.unitRc(u);
        }
        java.util.Arrays.sort(order, (a, b) -> rc[a] != rc[b] ? Double.compare(rc[b], rc[a]) : Integer.compare(a, b));
        for (int k = 0; k < Math.min(units, context.parameters().change().pilotUnits()); k++) {
            active[order[k]] = true;
        }
        if (!partnership) {
            return;
        }
        PartnershipParameters lmp = lmp(context);
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
        ChangeParameters change = context.parameters().change();
        PartnershipParameters lmp = lmp(context);
        int units = context.units();
        if (partnership && lmp.education() && day < EDUCATION_DAYS) {
            for (int u = 0; u < units; u++) {
                context.takeFromCare(u, context.headcount(u) * lmp.educationHours() / EDUCATION_DAYS, true);
            }
        }
        if (partnership && lmp.internalConsultants()) {
            context.spend(lmp.consultants() * lmp.consultantAnnualCost() / DAYS_PER_YEAR);
        }
        double[] released = new double[units];
        for (int u = 0; u < units; u++) {
            released[u] = 1 / (1 + Math.exp(change.stallSteepness() * (context.overload(u) - change.stallOverload())));
        }
        if (Math.floorMod(day, WEEK) == 0) {
            hear(context, change);
        }
        for (int u = 0; u < units; u++) {
            if (active[u]) {
                formTeams(context, change, u, day);
            }
        }
        work(context, change, released, day);
        for (int u = 0; u < units; u++) {
            if (active[u]) {
                context.addStrain(u, -change.autonomyRelief());
            }
        }
        if (partnership && lmp.studyActionTeams()) {
            studyActionTeams(context, change, released, day);
        }
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

    /** Whether unit {@code u}'s staff see an unfixed problem of {@code type} there. */
    private static boolean sees(ChangeContext context, int u, ProblemType type) {
        for (Problem p : context.problems()) {
            int k = p.indexOf(u);
            if (k >= 0 && p.type() == type
                    && (p.status(k) == Problem.Status.WORKAROUND || p.status(k) == Problem.Status.RAISED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forms unit {@code u}'s teams while it has room: first to adapt a practice whose story has reached it
     * strongly enough, then to design its own for what its staff raised.
     */
    private void formTeams(ChangeContext context, ChangeParameters change, int u, int day) {
        boolean aligned = partnership && lmp(context).strategicAlignment();
        while (teamsOn(u) < change.teamsPerUnit()) {
            ProblemType heard = adoptable(context, change, u);
            if (heard != null) {
                Practice seen = context.practices().get(source[u][heard.ordinal()], heard);
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
                score[p.type().ordinal()] += context.severity(p, k) * p.type().timeWeight() * reach;
            }
            if (aligned) {
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
        java.util.Arrays.fill(staffUnits, u);
        int[] physicians = context.physicians(u);
        boolean physician = physicians.length > 0
                && KeyedRandom.uniform(KeyedRandom.hash(context.key(), PHYSICIAN, u, type.ordinal()), day)
                        < physicianShare(context);
        int[] people = java.util.Arrays.copyOf(staff, staff.length + 2);
        int n = staff.length;
        people[n++] = context.manager(u);
        if (physician) {
            people[n++] = physicians[(int) (random.nextDouble() * physicians.length)];
        }
        context.takeFromCare(u, staff.length * change.jitTrainingHours(), true);
        return new Team(u, type, null, source, sourceFit, staff, staffUnits, java.util.Arrays.copyOf(people, n),
                physician, takeConsultant(context));
    }

    /**
     * {@link #burden(ChangeContext)} on day {@code day}. Forming teams changes no problem, so the burden is the
     * same for every unit while teams form: it is worked out once a day, when a team is first to be formed on it.
     */
    private double[] burden(ChangeContext context, int day) {
        if (burden == null || burdenDay != day) {
            burden = burden(context);
            burdenDay = day;
        }
        return burden;
    }

    /**
     * What leadership's performance data show each problem type costs the hospital's patients: the severity of
     * its unfixed problems on every unit where staff see them, weighted by its harm weight.
     */
    private static double[] burden(ChangeContext context) {
        double[] out = new double[TYPES.length];
        for (Problem p : context.problems()) {
            ProblemType t = p.type();
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Problem.Status.WORKAROUND || p.status(k) == Problem.Status.RAISED) {
                    out[t.ordinal()] += context.severity(p, k) * t.harmWeight();
                }
            }
        }
        return out;
    }

    private double physicianShare(ChangeContext context) {
        return partnership && lmp(context).physicianLeadership() ? lmp(context).ledPhysicianShare()
                : context.parameters().change().physicianShare();
    }

    private boolean takeConsultant(ChangeContext context) {
        if (!partnership || !lmp(context).internalConsultants()
                || consultantsBusy >= lmp(context).consultants() * lmp(context).teamsPerConsultant()) {
            return false;
        }
        consultantsBusy++;
        return true;
    }

    private void disband(Team t) {
        if (t.consultant) {
            consultantsBusy--;
        }
    }

    private boolean studied(Problem p) {
        for (Team t : studies) {
            if (t.problem == p) {
                return true;
            }
        }
        return false;
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
        return java.util.Arrays.copyOf(out, n);
    }

    // ---- spread: stories along ties (and broadcast), adoption by complex contagion

    /**
     * The type whose practice unit {@code u} would adopt now: the one it is most exposed to, above the
     * threshold, whose problems its staff see, for which it has no working practice or team, and whose source
     * still works; or null.
     */
    private ProblemType adoptable(ChangeContext context, ChangeParameters change, int u) {
        ProblemType best = null;
        for (ProblemType t : TYPES) {
            double e = exposure[u][t.ordinal()];
            int from = source[u][t.ordinal()];
            if (e < change.adoptionThreshold() || (best != null && e <= exposure[u][best.ordinal()])
                    || from < 0 || !context.practices().working(from, t) || context.practices().working(u, t)
                    || teamOn(u, t) || !sees(context, u, t)) {
                continue;
            }
            best = t;
        }
        return best;
    }

    /**
     * A week's stories: each unit's exposure to each type's practice is computed afresh from the ties and the
     * broadcast, and an inactive unit with an adoptable practice becomes active (its teams form the same day).
     */
    private void hear(ChangeContext context, ChangeParameters change) {
        int units = context.units();
        Practices practices = context.practices();
        double[][] result = new double[units][TYPES.length];
        for (int a = 0; a < units; a++) {
            for (ProblemType t : TYPES) {
                Practice p = practices.get(a, t);
                if (p != null && p.owned() && practices.working(a, t)) {
                    result[a][t.ordinal()] = p.effect();
                }
            }
        }
        double[][] trust = context.trust();
        double broadcast = partnership && lmp(context).documentation() ? lmp(context).broadcastWeight() : 0;
        for (int b = 0; b < units; b++) {
            for (ProblemType t : TYPES) {
                double sum = 0;
                int from = -1;
                double strongest = 0;
                for (int a = 0; a < units; a++) {
                    if (a == b || result[a][t.ordinal()] <= 0) {
                        continue;
                    }
                    double reach = (trust[a][b] + broadcast) * result[a][t.ordinal()];
                    sum += reach;
                    if (reach > strongest) {
                        strongest = reach;
                        from = a;
                    }
                }
                exposure[b][t.ordinal()] = sum;
                source[b][t.ordinal()] = from;
            }
            if (!active[b] && adoptable(context, change, b) != null) {
                active[b] = true;
            }
        }
    }

    // ---- the teams' work

    private void work(ChangeContext context, ChangeParameters change, double[] released, int day) {
        List<Team> kept = new ArrayList<>();
        for (Team t : teams) {
            if (context.practices().working(t.unit, t.type) || !sees(context, t.unit, t.type)) {
                disband(t);
                continue;
            }
            double r = released[t.unit];
            context.takeFromCare(t.unit, t.staff.length * change.teamHoursPerWeek() / WEEK * r, true);
            t.progress += r;
            if (t.progress < change.cycleDays()) {
                kept.add(t);
                continue;
            }
            t.progress -= change.cycleDays();
            double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), SUCCESS, t.unit, t.type.ordinal()), day);
            if (draw >= successChance(context, change, t, t.unit)) {
                kept.add(t);
                continue;
            }
            double fit = change.localFit();
            if (t.adapting()) {
                double gain = KeyedRandom.uniform(KeyedRandom.hash(context.key(), ADAPT, t.unit, t.type.ordinal()), day);
                fit = Math.max(0, Math.min(1, t.sourceFit - change.adaptationLoss() + change.adaptationGain() * gain));
            }
            context.adopt(new Practice(t.unit, t.type, t.adapting() ? Designer.ADAPTED : Designer.UNIT, fit, 1, day,
                    t.adapting() ? t.source : t.unit, Double.POSITIVE_INFINITY));
            context.jointSuccess(t.people);
            context.actedOn(t.unit, 1);
            disband(t);
        }
        teams.clear();
        teams.addAll(kept);
    }

    /** The chance that a cycle of team {@code t} on unit {@code u} (or, for a Study Action Team, the hospital) succeeds. */
    private double successChance(ChangeContext context, ChangeParameters change, Team t, int u) {
        double reference = context.parameters().coordination().referenceRc();
        double problemSolving;
        double safety;
        double fear;
        double overload;
        if (u >= 0) {
            problemSolving = context.problemSolving(u);
            safety = context.safety(u);
            fear = context.fear(u);
            overload = context.overload(u);
        } else {
            problemSolving = 0;
            safety = 0;
            fear = 0;
            overload = 0;
            int units = context.units();
            for (int v = 0; v < units; v++) {
                problemSolving += context.problemSolving(v) / units;
                safety += context.safety(v) / units;
                fear += context.fear(v) / units;
                overload += context.overload(v) / units;
            }
        }
        double logOdds = context.parameters().coordination().problemSolvingEffect() * (problemSolving - reference)
                + change.safetyEffect() * (safety - CENTRE)
                - change.fearEffect() * fear
                - change.overloadEffect() * Math.max(0, overload)
                + (t.physician ? change.physicianEffect() : 0)
                + (t.consultant ? change.consultantEffect() : 0)
                + (partnership && lmp(context).education() ? lmp(context).educationEffect() : 0)
                + (partnership && lmp(context).strategicAlignment() ? lmp(context).alignmentEffect() : 0)
                + (t.adapting() ? change.adaptationEffect() : 0);
        return LogOdds.shift(change.successRate(), logOdds);
    }

    // ---- Study Action Teams

    private void studyActionTeams(ChangeContext context, ChangeParameters change, double[] released, int day) {
        PartnershipParameters lmp = lmp(context);
        List<Team> kept = new ArrayList<>();
        for (Team t : studies) {
            if (t.problem.fixedEverywhere() || !context.problems().contains(t.problem)) {
                disband(t);
            } else {
                kept.add(t);
            }
        }
        studies.clear();
        studies.addAll(kept);
        while (studies.size() < lmp.studyTeams()) {
            Team t = formStudy(context, lmp, day);
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
            if (!studyWork(context, change, lmp, t, r, day)) {
                kept.add(t);
            }
        }
        studies.clear();
        studies.addAll(kept);
    }

    /** A day of Study Action Team {@code t}'s work; whether it fixed its problem (and so disbanded). */
    private boolean studyWork(ChangeContext context, ChangeParameters change, PartnershipParameters lmp, Team t,
                              double released, int day) {
        for (int m = 0; m < t.staff.length; m++) {
            context.takeFromCare(t.staffUnits[m], lmp.studyTeamHoursPerWeek() / WEEK * released, true);
        }
        t.progress += released;
        if (t.progress < lmp.studyCycleDays()) {
            return false;
        }
        t.progress -= lmp.studyCycleDays();
        double draw = KeyedRandom.uniform(KeyedRandom.hash(context.key(), STUDY, t.problem.id()), day);
        if (draw >= successChance(context, change, t, -1)) {
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
        disband(t);
        return true;
    }

    /** A Study Action Team on the most harmful systemic problem staff raised or leadership knows of that no
     *  Study Action Team has yet, or null. */
    private Team formStudy(ChangeContext context, PartnershipParameters lmp, int day) {
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
                    harm += context.severity(p, k) * p.type().harmWeight();
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
        staff = java.util.Arrays.copyOf(staff, n);
        staffUnits = java.util.Arrays.copyOf(staffUnits, n);
        int home = best.unit(0);
        int[] physicians = context.physicians(home);
        boolean physician = physicians.length > 0 && random.nextDouble() < physicianShare(context);
        int[] people = java.util.Arrays.copyOf(staff, n + 2);
        int size = n;
        people[size++] = context.manager(home);
        if (physician) {
            people[size++] = physicians[(int) (random.nextDouble() * physicians.length)];
        }
        return new Team(-1, best.type(), best, -1, 0, staff, staffUnits, java.util.Arrays.copyOf(people, size),
                physician, takeConsultant(context));
    }
}
