package org.groundswell.model.improvement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.groundswell.model.improvement.Problem.Status;
import org.groundswell.model.kernel.KeyedRandom;

/**
 * The hospital's broken systems and what the frontline knows of them: the problems present now, the fixes
 * made, and the practices in place. How problems come and go is {@link ProblemArrivals}; how staff raise them
 * and managers fix them is the culture's {@code Voice}; what they do to care is {@link ProblemBurden}; how
 * practices lapse is {@link Erosion}.
 *
 * <p>Each affected unit feels a problem through its remaining severity: it adds to the adverse-event hazard
 * (weighted by the type's harm weight), wastes staff time (weighted by its time weight, less what a
 * workaround saves), and, while worked around in silence, weighs on the staff as moral injury (Lazes &amp;
 * Rudden).
 *
 * <p>Fixes come two ways. A fix of one problem on one unit (a manager's, a joint analysis's, a Study Action
 * Team's) removes part of its severity there for good. A {@link Practice} — a unit's way of working for a
 * type of problem — removes part of the severity of every problem of its type on its unit while it is kept
 * up, and the unit's staff stop working around those problems while it works; if it erodes below working,
 * they see them again ({@link Practices}).
 */
public final class Problems implements Serializable {

    private static final long serialVersionUID = 1L;

    // Purposes of the keyed draws about problems: each draw is keyed by what it is about (problem, unit, day),
    // so that paired runs meet the same luck about the same problem whatever else differs between them.
    /** The first day's stock of unit and department problems. */
    public static final long STOCK = 1;
    /** New unit and department problems. */
    public static final long ARRIVALS = 2;
    /** Staff noticing a problem on their unit. */
    public static final long NOTICE = 3;
    /** Staff raising a problem they work around. */
    public static final long SPEAK_UP = 4;
    /** Managers' fixes of what was raised. */
    public static final long FIXES = 5;
    /** The first day's stock of systemic problems. */
    public static final long SYSTEMIC_STOCK = 6;
    /** New systemic problems. */
    public static final long SYSTEMIC_ARRIVALS = 7;

    private final ProblemTypeParameters types;
    private final int units;
    private final long key;
    private final List<Problem> open = new ArrayList<>();
    private long fixedEverywhere;
    private long retired;
    private final long[] fixesOn;
    private final Practices practices;

    /**
     * No problems yet ({@link ProblemArrivals} creates the first day's stock).
     *
     * @param types     what each type of problem does
     * @param practices the table of practices, empty
     * @param key       the key of the problems' random numbers
     */
    public Problems(ProblemTypeParameters types, int units, long key, Practices practices) {
        this.types = types;
        this.units = units;
        this.key = key;
        this.fixesOn = new long[units];
        this.practices = practices;
    }

    /** The uniform draw for {@code purpose} about problem {@code p} on its {@code k}th unit on {@code day}. */
    public double draw(long purpose, Problem p, int k, int day) {
        return KeyedRandom.uniform(KeyedRandom.hash(key, purpose, p.id(), p.unit(k)), day);
    }

    /** The key of the problems' random numbers, for keyed draws: {@code KeyedRandom.of(key(), purpose, ...)}. */
    public long key() {
        return key;
    }

    /** What each type of problem does. */
    public ProblemTypeParameters types() {
        return types;
    }

    /** Number of units. */
    public int units() {
        return units;
    }

    void add(Problem p) {
        open.add(p);
    }

    /** Drops the problems whose routine has changed by {@code day}: they go away by themselves. */
    void retire(int day) {
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
    }

    /** Staff raise problem {@code p} on its {@code k}th unit; raised beyond one unit, it reaches senior leadership. */
    public void raise(Problem p, int k) {
        p.setStatus(k, Status.RAISED);
        if (p.scope() != Scope.UNIT) {
            p.makeKnownToLeadership();
        }
    }

    /** Applies a fix of fit {@code fit} (share of severity removed) to problem {@code p} on its {@code k}th unit. */
    public void fix(Problem p, int k, double fit) {
        p.fix(k, fit);
        fixesOn[p.unit(k)]++;
        if (p.countFixedEverywhere()) {
            fixedEverywhere++;
        }
    }

    void markFixed(Problem p, int k, boolean byPractice) {
        if (p.markFixed(k, byPractice)) {
            fixesOn[p.unit(k)]++;
        }
        if (p.countFixedEverywhere()) {
            fixedEverywhere++;
        }
    }

    /** Whether the unit's practice for the problem's type handles it there: working, and the problem not systemic. */
    boolean coveredByPractice(Problem p, int k) {
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

    /** Sets the status of the problems of {@code type} on unit {@code u} by whether its practice works. */
    void refresh(int u, ProblemType type) {
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
                total += effective(p, k) * types.harmWeight(p.type());
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
                pick -= effective(p, k) * types.harmWeight(p.type());
                if (pick < 0) {
                    return p;
                }
            }
        }
        return last;
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
        return Collections.unmodifiableList(open);
    }
}
