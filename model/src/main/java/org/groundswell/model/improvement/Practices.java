package org.groundswell.model.improvement;

import java.io.Serializable;

/**
 * The practices in place: at most one per unit and problem type. A practice of type T on unit u removes
 * {@link Practice#effect()} of the severity of every problem of type T on u — the ones there now and those
 * that appear later — except that on a systemic problem, one that reaches every unit, a unit's practice
 * removes only {@code systemicReach} of that (Carlson 2008: fix broken systems, not isolated problems;
 * Lazes &amp; Rudden: Study Action Teams for systemic issues).
 *
 * <p>A practice is <em>working</em> when its effect is at least {@code workingFit}; the
 * {@code adoption_fraction} metric is the share of (unit, type) pairs with a working practice.
 */
public final class Practices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();

    private final int units;
    private final double workingFit;
    private final double systemicReach;
    private final Practice[] table;

    /**
     * @param units         number of units
     * @param workingFit    effect at and above which a practice counts as working
     * @param systemicReach share of a practice's effect that reaches a systemic problem
     */
    public Practices(int units, double workingFit, double systemicReach) {
        this.units = units;
        this.workingFit = workingFit;
        this.systemicReach = systemicReach;
        this.table = new Practice[units * TYPES.length];
    }

    /** The practice of {@code type} in place on unit {@code u}, or null. */
    public Practice get(int u, ProblemType type) {
        return table[u * TYPES.length + type.ordinal()];
    }

    void put(Practice practice) {
        table[practice.unit() * TYPES.length + practice.type().ordinal()] = practice;
    }

    /** Whether unit {@code u} has a working practice of {@code type}. */
    public boolean working(int u, ProblemType type) {
        Practice p = get(u, type);
        return p != null && p.effect() >= workingFit;
    }

    /** The number of problem types for which unit {@code u} has a working practice. */
    public int workingOn(int u) {
        int n = 0;
        for (ProblemType t : TYPES) {
            n += working(u, t) ? 1 : 0;
        }
        return n;
    }

    /** The share of (unit, type) pairs with a working practice. */
    public double adoptionFraction() {
        int n = 0;
        for (int u = 0; u < units; u++) {
            n += workingOn(u);
        }
        return units == 0 ? 0 : (double) n / (units * TYPES.length);
    }

    /** Share of the severity of a problem of {@code type} and {@code scope} on unit {@code u} removed now. */
    public double reduction(int u, ProblemType type, Scope scope) {
        Practice p = get(u, type);
        if (p == null) {
            return 0;
        }
        return scope == Scope.SYSTEMIC ? p.effect() * systemicReach : p.effect();
    }

    /** Effect at and above which a practice counts as working. */
    public double workingFit() {
        return workingFit;
    }

    /** Number of units. */
    public int units() {
        return units;
    }
}
