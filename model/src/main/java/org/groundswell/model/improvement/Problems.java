package org.groundswell.model.improvement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.KeyedRandom;

/**
 * The hospital's broken systems and what the frontline knows of them. Problems appear at a rate, reach one
 * unit, a department or the whole hospital, and go away by themselves only when the equipment or routine
 * they belong to changes. Frontline staff notice a problem on their unit within days; then, week by week,
 * they either raise it with their manager (with the unit's speak-up probability) or go on silently working
 * around it. Managers fix a few of the raised problems, as their attention allows.
 *
 * <p>Each affected unit feels a problem through its remaining severity: it adds to the adverse-event hazard
 * (weighted by the type's harm weight), wastes staff time (weighted by its time weight, less what a
 * workaround saves), and, while worked around in silence, weighs on the staff as moral injury (Lazes &amp; Rudden).
 *
 * <p>Fixes come two ways. A fix of one problem on one unit (a manager's, a joint analysis's, a Study Action
 * Team's) removes part of its severity there for good. A {@link Practice} — a unit's way of working for a
 * type of problem — removes part of the severity of every problem of its type on its unit while it is kept
 * up, and the unit's staff stop working around those problems while it works; if it erodes below working,
 * they see them again ({@link Practices}).
 */
public final class Problems implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();
    private static final double MAX_TIME_LOSS = 0.3;
    // Purposes of the keyed draws: each draw is keyed by what it is about (problem, unit, day), so that
    // paired runs meet the same luck about the same problem whatever else differs between them.
    private static final long STOCK = 1;
    private static final long ARRIVALS = 2;
    private static final long NOTICE = 3;
    private static final long SPEAK_UP = 4;
    private static final long FIXES = 5;
    private static final long SYSTEMIC_STOCK = 6;
    private static final long SYSTEMIC_ARRIVALS = 7;

    private final ProblemParameters parameters;
    private final double workaroundRelief;
    private final double managerFixesPerDay;
    private final double managerFixFit;
    private final int[][] neighbours;
    private final int units;
    private final long key;
    private final List<Problem> open = new ArrayList<>();
    private long nextId;
    private long fixedEverywhere;
    private long retired;
    private final long[] fixesOn;
    private final Practices practices;

    /**
     * Creates the stock of problems open on the first day, each already noticed by its units' staff and, as
     * the weeks since it appeared make likely at the base speak-up rate, raised.
     *
     * @param neighbours for each unit, the units it exchanges patients with
     * @param practices  the table of practices, empty
     */
    public Problems(ProblemParameters parameters, double workaroundRelief, double managerFixesPerYear,
                    double managerFixFit, double speakUpRate, int[][] neighbours, int firstDay, long key,
                    Practices practices) {
        this.parameters = parameters;
        this.workaroundRelief = workaroundRelief;
        this.managerFixesPerDay = managerFixesPerYear / 365.0;
        this.managerFixFit = managerFixFit;
        this.neighbours = neighbours;
        this.units = neighbours.length;
        this.key = key;
        this.fixesOn = new long[units];
        this.practices = practices;
        KeyedRandom random = KeyedRandom.of(key, STOCK);
        for (int u = 0; u < units; u++) {
            int n = poisson(random, parameters.initialPerUnit());
            for (int k = 0; k < n; k++) {
                double age = parameters.lifetimeDays() * random.nextDouble();
                stock(random, create(random, u, false, firstDay - age, firstDay), age, speakUpRate);
            }
        }
        KeyedRandom systemic = KeyedRandom.of(key, SYSTEMIC_STOCK);
        int n = poisson(systemic, parameters.initialSystemic());
        for (int k = 0; k < n; k++) {
            double age = parameters.lifetimeDays() * systemic.nextDouble();
            stock(systemic, create(systemic, 0, true, firstDay - age, firstDay), age, speakUpRate);
        }
    }

    /** A problem of the first day's stock, {@code age} days old: noticed everywhere, and raised where it was. */
    private static void stock(KeyedRandom random, Problem p, double age, double speakUpRate) {
        double raised = 1 - Math.pow(1 - speakUpRate, age / 7);
        for (int j = 0; j < p.reach(); j++) {
            p.setStatus(j, random.nextDouble() < raised ? Status.RAISED : Status.WORKAROUND);
        }
    }

    /**
     * A new problem: of unit {@code origin} or its department, or, if {@code systemic}, of every unit (then
     * {@code origin} is not read).
     */
    private Problem create(KeyedRandom random, int origin, boolean systemic, double appearedOn, double today) {
        double pick = random.nextDouble() * totalFrequency();
        ProblemType type = TYPES[TYPES.length - 1];
        for (ProblemType t : TYPES) {
            pick -= t.frequency();
            if (pick < 0) {
                type = t;
                break;
            }
        }
        Scope scope = systemic ? Scope.SYSTEMIC
                : random.nextDouble() < parameters.departmentShare() ? Scope.DEPARTMENT : Scope.UNIT;
        int[] reach = switch (scope) {
            case UNIT -> new int[] {origin};
            case DEPARTMENT -> department(origin);
            case SYSTEMIC -> allUnits();
        };
        double severity = Math.min(1, parameters.meanSeverity() * random.nextExponential());
        double retiresOn = today + parameters.lifetimeDays() * random.nextExponential();
        Problem p = new Problem(nextId++, type, scope, reach, severity, appearedOn, retiresOn);
        open.add(p);
        return p;
    }

    private static double totalFrequency() {
        double total = 0;
        for (ProblemType t : TYPES) {
            total += t.frequency();
        }
        return total;
    }

    private int[] department(int origin) {
        int[] out = new int[1 + neighbours[origin].length];
        out[0] = origin;
        System.arraycopy(neighbours[origin], 0, out, 1, neighbours[origin].length);
        return out;
    }

    private int[] allUnits() {
        int[] out = new int[units];
        for (int u = 0; u < units; u++) {
            out[u] = u;
        }
        return out;
    }

    private static int poisson(KeyedRandom random, double mean) {
        // Knuth's product method; means here are small (a few per unit).
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }

    /**
     * New problems appear, old ones whose routine has changed go away, and staff notice the ones on their
     * unit.
     */
    public void evolve(int day) {
        KeyedRandom random = KeyedRandom.of(key, ARRIVALS, day);
        int arrivals = poisson(random, parameters.arrivalsPerUnitPerYear() * units / 365.0);
        for (int k = 0; k < arrivals; k++) {
            create(random, (int) (random.nextDouble() * units), false, day, day);
        }
        KeyedRandom systemic = KeyedRandom.of(key, SYSTEMIC_ARRIVALS, day);
        int systemicArrivals = poisson(systemic, parameters.systemicPerYear() / 365.0);
        for (int k = 0; k < systemicArrivals; k++) {
            create(systemic, 0, true, day, day);
        }
        int kept = 0;
        for (int i = 0; i < open.size(); i++) {
            Problem p = open.get(i);
            if (p.retiresOn() <= day) {
                retired++;
            } else {
                open.set(kept++, p);
            }
        }
        open.subList(kept, open.size()).clear();
        double notice = parameters.detectionDays() > 0 ? 1 - Math.exp(-1 / parameters.detectionDays()) : 1;
        for (Problem p : open) {
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Status.UNSEEN && draw(NOTICE, p, k, day) < notice) {
                    if (coveredByPractice(p, k)) {
                        markFixed(p, k, true);
                    } else {
                        p.setStatus(k, Status.WORKAROUND);
                    }
                }
            }
        }
    }

    private double draw(long purpose, Problem p, int k, int day) {
        return KeyedRandom.uniform(KeyedRandom.hash(key, purpose, p.id(), p.unit(k)), day);
    }

    /**
     * A week of voice: on each unit, staff working around a problem raise it with probability
     * {@code speakUp[unit]}. A problem raised beyond one unit reaches senior leadership.
     */
    public void speakUp(double[] speakUp, int day) {
        for (Problem p : open) {
            for (int k = 0; k < p.reach(); k++) {
                if (p.status(k) == Status.WORKAROUND && draw(SPEAK_UP, p, k, day) < speakUp[p.unit(k)]) {
                    p.setStatus(k, Status.RAISED);
                    if (p.scope() != Scope.UNIT) {
                        p.makeKnownToLeadership();
                    }
                }
            }
        }
    }

    /**
     * Managers spend the day's attention: each fixes the most severe problem raised on its unit, on a day
     * its attention allows (a Poisson number of fixes a day). Returns the fixes made per unit today.
     */
    public int[] managersFix(int day) {
        int[] fixes = new int[units];
        for (int u = 0; u < units; u++) {
            int n = managerFixesPerDay > 0 ? poisson(KeyedRandom.of(key, FIXES, u, day), managerFixesPerDay) : 0;
            for (int k = 0; k < n; k++) {
                Problem best = null;
                int bestK = -1;
                for (Problem p : open) {
                    int j = p.indexOf(u);
                    if (j >= 0 && p.status(j) == Status.RAISED
                            && (best == null || effective(p, j) > effective(best, bestK))) {
                        best = p;
                        bestK = j;
                    }
                }
                if (best == null) {
                    break;
                }
                fix(best, bestK, managerFixFit);
                fixes[u]++;
            }
        }
        return fixes;
    }

    /** Applies a fix of fit {@code fit} (share of severity removed) to problem {@code p} on its {@code k}th unit. */
    public void fix(Problem p, int k, double fit) {
        p.fix(k, fit);
        fixesOn[p.unit(k)]++;
        if (p.countFixedEverywhere()) {
            fixedEverywhere++;
        }
    }

    private void markFixed(Problem p, int k, boolean byPractice) {
        if (p.markFixed(k, byPractice)) {
            fixesOn[p.unit(k)]++;
        }
        if (p.countFixedEverywhere()) {
            fixedEverywhere++;
        }
    }

    /** Whether the unit's practice for the problem's type handles it there: working, and the problem not systemic. */
    private boolean coveredByPractice(Problem p, int k) {
        return p.scope() != Scope.SYSTEMIC && practices.working(p.unit(k), p.type());
    }

    /**
     * The severity problem {@code p} has on its {@code k}th unit now: what its own fixes left, less what the
     * unit's practice for its type removes.
     */
    public double effective(Problem p, int k) {
        return p.residual(k) * (1 - practices.reduction(p.unit(k), p.type(), p.scope()));
    }

    /**
     * Puts {@code practice} in place on its unit, replacing any practice of its type there; the unit's staff
     * stop working around the problems it handles (or, if it does not work, go back to working around them).
     */
    public void adopt(Practice practice) {
        practices.put(practice);
        refresh(practice.unit(), practice.type());
    }

    /**
     * A day of the practices in place: those nobody owns or monitors lose compliance; where a practice stops
     * working, staff see its problems again and work around them.
     */
    public void practicesDay(int day) {
        for (int u = 0; u < units; u++) {
            for (ProblemType t : TYPES) {
                Practice p = practices.get(u, t);
                if (p == null || p.monitored(day) || p.owned()) {
                    continue;
                }
                boolean was = practices.working(u, t);
                p.erode();
                if (was != practices.working(u, t)) {
                    refresh(u, t);
                }
            }
        }
    }

    /** Sets the status of the problems of {@code type} on unit {@code u} by whether its practice works. */
    private void refresh(int u, ProblemType type) {
        for (Problem p : open) {
            int k = p.indexOf(u);
            if (k < 0 || p.type() != type) {
                continue;
            }
            Status s = p.status(k);
            if (coveredByPractice(p, k)) {
                if (s == Status.WORKAROUND || s == Status.RAISED) {
                    markFixed(p, k, true);
                }
            } else if (p.fixedByPractice(k)) {
                p.setStatus(k, Status.WORKAROUND);
            }
        }
    }

    /** The practices in place. */
    public Practices practices() {
        return practices;
    }

    /**
     * A problem on unit {@code u} not yet fixed there, chosen with probability in proportion to the harm it
     * does (what an analysis of an adverse event would most likely trace back to); null if there is none.
     */
    public Problem harmfulOn(int u, KeyedRandom random) {
        double total = 0;
        for (Problem p : open) {
            int k = p.indexOf(u);
            if (k >= 0 && p.status(k) != Status.FIXED) {
                total += effective(p, k) * p.type().harmWeight();
            }
        }
        if (total <= 0) {
            return null;
        }
        double pick = random.nextDouble() * total;
        Problem last = null;
        for (Problem p : open) {
            int k = p.indexOf(u);
            if (k >= 0 && p.status(k) != Status.FIXED) {
                last = p;
                pick -= effective(p, k) * p.type().harmWeight();
                if (pick < 0) {
                    return p;
                }
            }
        }
        return last;
    }

    /**
     * Each unit's load from its problems: {@code harm[u]} the severity weighted for harm, {@code timeLoss[u]}
     * the share of staff time wasted (at most 30%), {@code silent[u]} the severity of the problems worked
     * around in silence, {@code workarounds[u]} how many there are, {@code openOn[u]} how many open problems
     * reach the unit unfixed.
     */
    public void loads(double[] harm, double[] timeLoss, double[] silent, int[] workarounds, int[] openOn) {
        java.util.Arrays.fill(harm, 0);
        java.util.Arrays.fill(timeLoss, 0);
        java.util.Arrays.fill(silent, 0);
        java.util.Arrays.fill(workarounds, 0);
        java.util.Arrays.fill(openOn, 0);
        for (Problem p : open) {
            for (int k = 0; k < p.reach(); k++) {
                int u = p.unit(k);
                double r = effective(p, k);
                harm[u] += r * p.type().harmWeight();
                Status s = p.status(k);
                double time = r * p.type().timeWeight();
                if (s == Status.WORKAROUND) {
                    time *= 1 - workaroundRelief;
                    silent[u] += r;
                    workarounds[u]++;
                }
                timeLoss[u] += time;
                if (s != Status.FIXED) {
                    openOn[u]++;
                }
            }
        }
        for (int u = 0; u < units; u++) {
            harm[u] *= parameters.harmPerSeverity();
            timeLoss[u] = Math.min(MAX_TIME_LOSS, timeLoss[u] * parameters.timePerSeverity());
        }
    }

    /** Problems open (not yet fixed on every unit they reach). */
    public int openCount() {
        int n = 0;
        for (Problem p : open) {
            if (!p.fixedEverywhere()) {
                n++;
            }
        }
        return n;
    }

    /** Problems fixed on every unit they reach, since the first day. */
    public long fixedCount() {
        return fixedEverywhere;
    }

    /** Fixes made on unit {@code u} since the first day. */
    public long fixesOn(int u) {
        return fixesOn[u];
    }

    /** Problems that went away by themselves since the first day. */
    public long retired() {
        return retired;
    }

    /** The problems present now, fixed or not, in order of appearance (an unmodifiable view). */
    public List<Problem> all() {
        return java.util.Collections.unmodifiableList(open);
    }
}
