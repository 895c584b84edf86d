package org.groundswell.model.improvement;

import java.io.Serializable;

/**
 * A unit's way of working for one type of broken system: the fix to a problem, as the unit practises it.
 * While in place it removes {@code fit × compliance} of the severity of every problem of its type on its
 * unit (less, for systemic problems: see {@link Practices}). A practice the unit designed or adapted itself
 * is owned and lasts as long as the staff who know it work by it and teach it ({@link PracticeKnowledge});
 * one designed centrally is kept up only while someone monitors it, after which its compliance decays
 * (Carlson 2008: back-sliding once the roll-out has moved on).
 */
public final class Practice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int unit;
    private final ProblemType type;
    private final Designer designer;
    private final double fit;
    private final int since;
    private final int source;
    private final double decayDays;
    private double compliance;
    private int monitoredUntil;
    /** The staff who work by it when it goes in (network nodes; the first is its champion), or null. */
    private int[] firstCarriers;
    /** Whose knowledge carries it ({@link PracticeKnowledge}): by position on its unit, the person who works
     *  by it, or -1; null until its knowledge is first counted. */
    private long[] knowers;
    /** The person who champions it (-1: nobody). */
    private long champion = -1;
    /** The share of the unit's other staff who know it on its first day (NaN: practices.taughtShare). */
    private double knownShare = Double.NaN;

    /**
     * @param unit      the unit practising it
     * @param type      the type of broken system it addresses
     * @param designer  who designed it
     * @param fit       share of the severity of its type's problems it removes when fully complied with, 0–1
     * @param compliance share of the unit's staff who work by it, 0–1
     * @param since     the day it was put in place
     * @param source    the unit it was adapted from (its own unit if designed there, -1 if designed centrally)
     * @param decayDays time constant of the decay of its compliance when nobody owns or monitors it
     *                  ({@code Double.POSITIVE_INFINITY}: none)
     * @throws IllegalArgumentException if fit or compliance is outside 0–1, or decayDays is not positive
     */
    public Practice(int unit, ProblemType type, Designer designer, double fit, double compliance, int since,
                    int source, double decayDays) {
        if (!(fit >= 0 && fit <= 1) || !(compliance >= 0 && compliance <= 1) || !(decayDays > 0)) {
            throw new IllegalArgumentException("fit and compliance must be 0-1 and decayDays positive: " + fit + ", "
                    + compliance + ", " + decayDays);
        }
        this.unit = unit;
        this.type = type;
        this.designer = java.util.Objects.requireNonNull(designer);
        this.fit = fit;
        this.compliance = compliance;
        this.since = since;
        this.source = source;
        this.decayDays = decayDays;
        this.monitoredUntil = Integer.MIN_VALUE;
    }

    /** The unit practising it. */
    public int unit() {
        return unit;
    }

    /** The type of broken system it addresses. */
    public ProblemType type() {
        return type;
    }

    /** Who designed it. */
    public Designer designer() {
        return designer;
    }

    /** Whether the unit owns it (designed or adapted it), so that its own staff carry it rather than a monitor. */
    public boolean owned() {
        return designer.owned();
    }

    /** Share of severity removed when fully complied with. */
    public double fit() {
        return fit;
    }

    /** Share of the unit's staff who work by it now. */
    public double compliance() {
        return compliance;
    }

    /** Share of severity it removes now: fit × compliance. */
    public double effect() {
        return fit * compliance;
    }

    /** The day it was put in place. */
    public int since() {
        return since;
    }

    /** The unit it was adapted from: its own unit if designed there, -1 if designed centrally. */
    public int source() {
        return source;
    }

    /** The last day it is monitored (compliance held up by whoever monitors it). */
    public int monitoredUntil() {
        return monitoredUntil;
    }

    /** Whether someone monitors it on {@code day}. */
    public boolean monitored(int day) {
        return day <= monitoredUntil;
    }

    /** Monitors it until {@code lastDay}, holding its compliance at {@code level} meanwhile. */
    public void monitor(int lastDay, double level) {
        monitoredUntil = Math.max(monitoredUntil, lastDay);
        compliance = clamp(level);
    }

    /**
     * Names the staff who work by it when it goes in (the team that made it; the first is its champion), for
     * {@link PracticeKnowledge} to carry it from. Without them only the colleagues the team teaches know it.
     */
    public Practice carriedFrom(int[] staffNodes) {
        this.firstCarriers = staffNodes.clone();
        return this;
    }

    /**
     * Says that {@code share} of the unit's staff know it on its first day, in place of the share a team
     * teaches (a mandated practice the unit takes over is known by those who complied with it).
     */
    public Practice knownBy(double share) {
        this.knownShare = clamp(share);
        return this;
    }

    double knownShare() {
        return knownShare;
    }

    int[] firstCarriers() {
        return firstCarriers;
    }

    long[] knowers() {
        return knowers;
    }

    long champion() {
        return champion;
    }

    /** Its knowledge is first counted: {@code knowers} by position on the unit, and its champion. */
    void startKnowledge(long[] knowers, long champion) {
        this.knowers = knowers;
        this.champion = champion;
    }

    /** The share of the unit's staff who work by it today, as its carriers are counted. */
    void comply(double share) {
        compliance = clamp(share);
    }

    /** A day without monitoring: an unowned practice's compliance decays; an owned one's holds. */
    void erode() {
        if (!owned() && Double.isFinite(decayDays)) {
            compliance *= Math.exp(-1 / decayDays);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
