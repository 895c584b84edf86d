package org.groundswell.model.coordination;

import java.io.Serializable;

/**
 * Relational coordination scored the way the survey is: for each pair of roles (workgroups), the mean over
 * the ties between them; then the mean over the role pairs that have ties. Besides the index (all seven
 * dimensions) it keeps three sub-scores for where the sources say RC acts: communication quality (timely and
 * accurate, for handoffs), problem solving (problem-solving communication and shared knowledge, for
 * improvement work) and relationship (mutual respect and shared goals, for burnout and voice).
 *
 * <p>A score is an accumulator: {@link #add} each tie, then read. An empty score reads NaN.
 */
public final class RcScore implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The measures kept per role pair. */
    private static final int INDEX = 0;
    private static final int COMMUNICATION = 1;
    private static final int PROBLEM_SOLVING = 2;
    private static final int RELATIONSHIP = 3;
    private static final int MEASURES = 4;

    private final int roles;
    private final double[] sums;
    private final int[] counts;

    /** A score over {@code roles} workgroups. */
    public RcScore(int roles) {
        this.roles = roles;
        this.sums = new double[roles * roles * MEASURES];
        this.counts = new int[roles * roles];
    }

    /** Forgets every tie added. */
    public void clear() {
        java.util.Arrays.fill(sums, 0);
        java.util.Arrays.fill(counts, 0);
    }

    /**
     * Adds one tie between a person of role {@code a} and one of role {@code b}, with its seven dimensions at
     * {@code dims[offset .. offset + 7)} in {@link Dimension} order.
     */
    public void add(int a, int b, double[] dims, int offset) {
        add(pair(a, b, roles), indexOf(dims, offset), communicationOf(dims, offset), problemSolvingOf(dims, offset),
                relationshipOf(dims, offset));
    }

    /** The role pair of a tie between roles {@code a} and {@code b}, as {@link #set} takes it. */
    static int pair(int a, int b, int roles) {
        return a <= b ? a * roles + b : b * roles + a;
    }

    /** Adds one tie of role pair {@code pair} ({@link #pair}) whose measures are computed. */
    private void add(int pair, double index, double communication, double problemSolving, double relationship) {
        int base = pair * MEASURES;
        sums[base + INDEX] += index;
        sums[base + COMMUNICATION] += communication;
        sums[base + PROBLEM_SOLVING] += problemSolving;
        sums[base + RELATIONSHIP] += relationship;
        counts[pair]++;
    }

    /**
     * Sets role pair {@code pair}'s sums and count as summed elsewhere: by {@link TieScoring}, tie by tie from 0
     * in the order {@link #add(int, int, double[], int)} would have added them, so to the same values.
     */
    void set(int pair, double index, double communication, double problemSolving, double relationship, int count) {
        int base = pair * MEASURES;
        sums[base + INDEX] = index;
        sums[base + COMMUNICATION] = communication;
        sums[base + PROBLEM_SOLVING] = problemSolving;
        sums[base + RELATIONSHIP] = relationship;
        counts[pair] = count;
    }

    /**
     * Sets role pair {@code pair}'s index sum and count as {@link #set} does, for a score read for its index
     * alone: its other measures read NaN.
     */
    void setIndex(int pair, double index, int count) {
        set(pair, index, Double.NaN, Double.NaN, Double.NaN, count);
    }

    /** The mean of a tie's seven dimensions. */
    static double indexOf(double[] dims, int offset) {
        double total = 0;
        for (int d = 0; d < Dimension.COUNT; d++) {
            total += dims[offset + d];
        }
        return total / Dimension.COUNT;
    }

    /** The mean of a tie's timely and accurate communication. */
    static double communicationOf(double[] dims, int offset) {
        return (dims[offset + Dimension.TIMELY_COMMUNICATION.ordinal()]
                + dims[offset + Dimension.ACCURATE_COMMUNICATION.ordinal()]) / 2;
    }

    /** The mean of a tie's problem-solving communication and shared knowledge. */
    static double problemSolvingOf(double[] dims, int offset) {
        return (dims[offset + Dimension.PROBLEM_SOLVING_COMMUNICATION.ordinal()]
                + dims[offset + Dimension.SHARED_KNOWLEDGE.ordinal()]) / 2;
    }

    /** The mean of a tie's mutual respect and shared goals. */
    static double relationshipOf(double[] dims, int offset) {
        return (dims[offset + Dimension.MUTUAL_RESPECT.ordinal()]
                + dims[offset + Dimension.SHARED_GOALS.ordinal()]) / 2;
    }

    /** The RC index: the mean over role pairs of the mean of the seven dimensions over their ties. */
    public double index() {
        return score(INDEX);
    }

    /** Timely and accurate communication, scored the same way. */
    public double communication() {
        return score(COMMUNICATION);
    }

    /** Problem-solving communication and shared knowledge, scored the same way. */
    public double problemSolving() {
        return score(PROBLEM_SOLVING);
    }

    /** Mutual respect and shared goals, scored the same way. */
    public double relationship() {
        return score(RELATIONSHIP);
    }

    /** Ties added. */
    public int ties() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    private double score(int measure) {
        double total = 0;
        int pairs = 0;
        for (int pair = 0; pair < counts.length; pair++) {
            if (counts[pair] > 0) {
                total += sums[pair * MEASURES + measure] / counts[pair];
                pairs++;
            }
        }
        return pairs > 0 ? total / pairs : Double.NaN;
    }
}
