package org.groundswell.model.improvement;

import java.io.Serializable;
import java.util.List;

/**
 * A broken system: a type, a scope, the units it affects and, on each of them, what the staff there know and
 * do about it and how severe it still is. A fix is made unit by unit; a practice removes part of the
 * severity (its fit) and the rest remains.
 */
public final class Problem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the staff of one affected unit know and do about the problem. */
    public enum Status {
        /** Nobody on the unit has noticed it yet. */
        UNSEEN,
        /** Staff see it and silently work around it. */
        WORKAROUND,
        /** Staff raised it with their manager; it waits for a fix. */
        RAISED,
        /** A practice addresses it on the unit. */
        FIXED
    }

    private static final Status[] STATUSES = Status.values();

    private final long id;
    private final ProblemType type;
    private final Scope scope;
    private final int[] units;
    /** Whether {@code units} is 0, 1, 2, ... (a systemic problem reaches every unit in order). */
    private final boolean everyUnit;
    private final double severity;
    private final double appearedOn;
    private final double retiresOn;
    private final double[] residual;
    private final byte[] status;
    private final boolean[] byPractice;
    private final boolean[] everFixed;
    private boolean leadershipKnows;
    private boolean countedFixedEverywhere;

    Problem(long id, ProblemType type, Scope scope, int[] units, double severity, double appearedOn,
            double retiresOn) {
        this.id = id;
        this.type = type;
        this.scope = scope;
        this.units = units;
        boolean inOrder = true;
        for (int k = 0; k < units.length && inOrder; k++) {
            inOrder = units[k] == k;
        }
        this.everyUnit = inOrder;
        this.severity = severity;
        this.appearedOn = appearedOn;
        this.retiresOn = retiresOn;
        this.residual = new double[units.length];
        java.util.Arrays.fill(residual, severity);
        this.status = new byte[units.length];
        this.byPractice = new boolean[units.length];
        this.everFixed = new boolean[units.length];
    }

    /** Identifier, in order of appearance. */
    public long id() {
        return id;
    }

    /** The kind of broken system. */
    public ProblemType type() {
        return type;
    }

    /** How far it reaches. */
    public Scope scope() {
        return scope;
    }

    /** Number of units affected. */
    public int reach() {
        return units.length;
    }

    /** The {@code k}th affected unit. */
    public int unit(int k) {
        return units[k];
    }

    /** The position of unit {@code u} among the affected units, or -1. */
    public int indexOf(int u) {
        if (everyUnit) {
            return u >= 0 && u < units.length ? u : -1;
        }
        for (int k = 0; k < units.length; k++) {
            if (units[k] == u) {
                return k;
            }
        }
        return -1;
    }

    /** Severity when it appeared, 0–1. */
    public double severity() {
        return severity;
    }

    /** Day it appeared. */
    public double appearedOn() {
        return appearedOn;
    }

    /** Day it goes away by itself if it is still there. */
    public double retiresOn() {
        return retiresOn;
    }

    /** Severity left on the {@code k}th affected unit. */
    public double residual(int k) {
        return residual[k];
    }

    /** What the {@code k}th affected unit's staff know and do about it. */
    public Status status(int k) {
        return STATUSES[status[k]];
    }

    void setStatus(int k, Status s) {
        status[k] = (byte) s.ordinal();
    }

    /**
     * Applies a fix of fit {@code fit} (share of severity removed) to this problem on the {@code k}th affected
     * unit. Returns whether the unit had never had it fixed before.
     */
    boolean fix(int k, double fit) {
        residual[k] *= 1 - fit;
        return markFixed(k, false);
    }

    /**
     * Marks it fixed on the {@code k}th affected unit, by a fix of its own or by the unit's practice for its
     * type. Returns whether the unit had never had it fixed before.
     */
    boolean markFixed(int k, boolean practice) {
        setStatus(k, Status.FIXED);
        byPractice[k] = practice;
        boolean first = !everFixed[k];
        everFixed[k] = true;
        return first;
    }

    /** Whether it counts as fixed on the {@code k}th unit only because of the unit's practice for its type. */
    public boolean fixedByPractice(int k) {
        return status[k] == Status.FIXED.ordinal() && byPractice[k];
    }

    /** Whether it has just become fixed everywhere for the first time (then it is counted, once). */
    boolean countFixedEverywhere() {
        if (countedFixedEverywhere || !fixedEverywhere()) {
            return false;
        }
        countedFixedEverywhere = true;
        return true;
    }

    /** Whether senior leadership knows of it (a report, an escalation, an analysis). */
    public boolean leadershipKnows() {
        return leadershipKnows;
    }

    public void makeKnownToLeadership() {
        leadershipKnows = true;
    }

    /** Whether every affected unit has a practice for it. */
    public boolean fixedEverywhere() {
        for (byte s : status) {
            if (s != Status.FIXED.ordinal()) {
                return false;
            }
        }
        return true;
    }

    /** Whether unit {@code u}'s staff see an unfixed problem of {@code type} there, among {@code problems}. */
    public static boolean seenOn(List<Problem> problems, int u, ProblemType type) {
        for (Problem p : problems) {
            int k = p.indexOf(u);
            if (k >= 0 && p.type() == type && (p.status(k) == Status.WORKAROUND || p.status(k) == Status.RAISED)) {
                return true;
            }
        }
        return false;
    }
}
