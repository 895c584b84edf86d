package org.groundswell.model.coordination;

import java.io.Serializable;
import java.util.Arrays;

import org.groundswell.model.kernel.Calendar;

/**
 * What happens to the ties of the staff network, event by event: a newcomer's ties start again, blame lowers the
 * blamed person's ties, joint success raises the ties among those who worked together and a team's sustained
 * success the norms of its units, an intervention's weekly work raises a dimension, and once a week every tie
 * drifts toward its norm while the norms move (down within a unit by the week's being done to and overload, then
 * back toward where they were built). Every change marks the ties it touched for {@link TieScoring}.
 */
final class TieChanges implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int D = Dimension.COUNT;

    private final StaffNetwork network;
    private final CoordinationParameters parameters;
    private final TieScoring scoring;
    private final int units;
    // Per unit, since the last weekly drift: the norm lost to being done to, and the days of overload above
    // the threshold (patients per nurse times days).
    private final double[] doneToLoss;
    private final double[] overloadExcess;

    TieChanges(StaffNetwork network, CoordinationParameters parameters, TieScoring scoring, int units) {
        this.network = network;
        this.parameters = parameters;
        this.scoring = scoring;
        this.units = units;
        this.doneToLoss = new double[units];
        this.overloadExcess = new double[units];
    }

    /** Counts today's overload above {@code coordination.overloadNormThreshold} on each unit, for the norms. */
    void noteOverload(double[] overload) {
        for (int u = 0; u < units; u++) {
            overloadExcess[u] += Math.max(0, overload[u] - parameters.overloadNormThreshold());
        }
    }

    /**
     * Gives every tie of {@code node} a newcomer's dimensions, as for a hire: a new holder of the post (a new unit
     * manager, say) starts their ties again, and takes part of what the ties' norms had gained with them.
     */
    void newcomer(int node) {
        double[] dims = network.dims();
        double[] norm = network.norms();
        double[] anchor = network.anchors();
        double loss = parameters.newcomerNormLoss();
        int[] start = network.adjacencyStart();
        int[] adjacency = network.adjacency();
        network.touch();
        for (int k = start[node]; k < start[node + 1]; k++) {
            int e = adjacency[k];
            if (norm[e] > anchor[e]) {
                norm[e] -= loss * (norm[e] - anchor[e]);
            }
            for (int d = 0; d < D; d++) {
                dims[e * D + d] = StaffNetwork.clamp(norm[e] - parameters.newcomerGap());
            }
            dims[e * D + Dimension.SHARED_KNOWLEDGE.ordinal()] = parameters.newcomerKnowledge();
            scoring.changed(e);
        }
    }

    /**
     * Once a week, the norms move — within each unit down by the week's being done to and overload, then every
     * norm back toward where it was built by the week's share of the gap ({@code coordination.normDays}) — and
     * every tie moves toward its norm by the week's share of the gap (exactly, for a week).
     */
    void drift(int day) {
        if (!Calendar.weekly(day)) {
            return;
        }
        double share = 1 - Math.exp(-Calendar.DAYS_PER_WEEK / parameters.driftDays());
        network.touch();
        scoring.changedAll();
        double[] dims = network.dims();
        double[] norm = network.norms();
        moveNorms(norm);
        for (int e = 0; e < norm.length; e++) {
            for (int d = 0; d < D; d++) {
                dims[e * D + d] += (norm[e] - dims[e * D + d]) * share;
            }
        }
    }

    private void moveNorms(double[] norm) {
        double[] anchor = network.anchors();
        double[] unitLoss = new double[units];
        boolean any = false;
        for (int u = 0; u < units; u++) {
            unitLoss[u] = doneToLoss[u] + parameters.overloadNormLoss() * overloadExcess[u] / Calendar.DAYS_PER_YEAR;
            any |= unitLoss[u] > 0;
            doneToLoss[u] = 0;
            overloadExcess[u] = 0;
        }
        double back = 1 - Math.exp(-Calendar.DAYS_PER_WEEK / parameters.normDays());
        for (int e = 0; e < norm.length; e++) {
            if (any) {
                int u = network.unitOf(network.a(e));
                if (u == network.unitOf(network.b(e)) && unitLoss[u] > 0) {
                    norm[e] = StaffNetwork.clamp(norm[e] - unitLoss[u]);
                }
            }
            norm[e] += (anchor[e] - norm[e]) * back;
        }
    }

    /**
     * Today unit {@code u}'s staff are "done to" — a mandate imposed on them, its compliance monitored — with
     * {@code dose} (0–1): the norms of the unit's ties fall by {@code coordination.doneToNormLoss} a year at full
     * dose (taken at the next weekly drift).
     */
    void doneTo(int u, double dose) {
        doneToLoss[u] += parameters.doneToNormLoss() * dose / Calendar.DAYS_PER_YEAR;
    }

    /**
     * Lowers respect and problem-solving communication on the ties of node {@code blamed}, and their norms by
     * {@code coordination.blameNormLoss}.
     */
    void blame(int blamed) {
        network.touch();
        double[] dims = network.dims();
        double[] norm = network.norms();
        int[] start = network.adjacencyStart();
        int[] adjacency = network.adjacency();
        for (int k = start[blamed]; k < start[blamed + 1]; k++) {
            int e = adjacency[k];
            lower(dims, e, Dimension.MUTUAL_RESPECT, parameters.blameLoss());
            lower(dims, e, Dimension.PROBLEM_SOLVING_COMMUNICATION, parameters.blameLoss());
            if (parameters.blameNormLoss() != 0) {
                norm[e] = StaffNetwork.clamp(norm[e] - parameters.blameNormLoss());
            }
            scoring.changed(e);
        }
    }

    /**
     * Raises problem-solving communication, shared goals, shared knowledge and respect on the ties among
     * {@code participants}, who have just solved a problem together.
     */
    void jointSuccess(int[] participants) {
        network.touch();
        int[] sorted = participants.clone();
        Arrays.sort(sorted);
        double[] dims = network.dims();
        int[] start = network.adjacencyStart();
        int[] adjacency = network.adjacency();
        double gain = parameters.successGain();
        for (int i : sorted) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                int e = adjacency[k];
                int other = network.other(e, i);
                if (other > i && Arrays.binarySearch(sorted, other) >= 0) {
                    lower(dims, e, Dimension.PROBLEM_SOLVING_COMMUNICATION, -gain);
                    lower(dims, e, Dimension.SHARED_GOALS, -gain);
                    lower(dims, e, Dimension.SHARED_KNOWLEDGE, -gain);
                    lower(dims, e, Dimension.MUTUAL_RESPECT, -gain);
                    scoring.changed(e);
                }
            }
        }
    }

    /**
     * A team that worked through a cycle together solved a problem: the ties among {@code participants} gain as
     * in {@link #jointSuccess}, and the norm of every tie in use between people of the participants' home units
     * (within the unit, for a unit's team) rises by {@code coordination.successNormGain}, divided among the units
     * for a team drawn from several: sustained joint problem solving changes how the unit's roles work together
     * (Gittell 2016).
     */
    void sustainedSuccess(int[] participants) {
        jointSuccess(participants);
        double gain = parameters.successNormGain();
        if (gain == 0) {
            return;
        }
        boolean[] on = new boolean[units];
        int represented = 0;
        for (int i : participants) {
            represented += on[network.unitOf(i)] ? 0 : 1;
            on[network.unitOf(i)] = true;
        }
        gain /= represented;
        double[] norm = network.norms();
        int ties = network.ties();
        for (int e = 0; e < ties; e++) {
            if (network.active(e) && on[network.unitOf(network.a(e))] && on[network.unitOf(network.b(e))]) {
                norm[e] = StaffNetwork.clamp(norm[e] + gain);
            }
        }
    }

    /**
     * Raises dimension {@code d} by {@code amount} on every tie in use within units ({@code within}) and/or
     * across them ({@code across}): the weekly work of huddles, protocols, information systems, relational
     * interventions. Ties drift back toward their norm, so a gain lasts only while it is repeated; the norm keeps
     * {@code coordination.boostNormShare} of it, spread over the seven dimensions.
     */
    void boost(Dimension d, double amount, boolean within, boolean across) {
        network.touch();
        scoring.changedAll();
        double[] dims = network.dims();
        double[] norm = network.norms();
        double normGain = parameters.boostNormShare() * amount / D;
        int ties = network.ties();
        for (int e = 0; e < ties; e++) {
            boolean crosses = network.crossUnit(e);
            if (network.active(e) && (crosses ? across : within)) {
                lower(dims, e, d, -amount);
                if (normGain != 0) {
                    norm[e] = StaffNetwork.clamp(norm[e] + normGain);
                }
            }
        }
    }

    private static void lower(double[] dims, int e, Dimension d, double by) {
        int at = e * D + d.ordinal();
        dims[at] = StaffNetwork.clamp(dims[at] - by);
    }
}
