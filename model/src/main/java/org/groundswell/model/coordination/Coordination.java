package org.groundswell.model.coordination;

import java.io.Serializable;
import java.util.Arrays;

import org.groundswell.model.metrics.Counter;
import org.groundswell.model.metrics.DayCounters;

/**
 * Relational coordination over the staff network, day by day: ties of new hires start low on shared
 * knowledge, every tie drifts back toward its norm, joint successes raise the ties among those who worked
 * together and blame lowers the ties of the person blamed. Each day the network is scored as the survey is
 * ({@link RcScore}) for each unit (ties within it), across each unit's boundary (ties from it to other
 * units), and for the hospital; the scores set each unit's care effects.
 *
 * <p>Effects on a unit, with {@code c} the communication score (timely and accurate) seen by its patients —
 * the within-unit score blended with the cross-unit one by the unit's share of transferred patients — and
 * {@code k} its coordination demand (uncertainty × interdependence × time pressure, Gittell 2016):
 * adverse-event hazard × exp(−harmEffect · k · (c − reference)); speed of care × exp(stayEffect · k · (c −
 * reference)), so higher RC means shorter stays (Gittell et al. 2000).
 *
 * <p><b>Relationships transform, both ways.</b> The norms the ties drift toward move (Gittell 2016; Bolton,
 * Logan &amp; Gittell 2021): a team's success after a cycle of joint work raises the norm of every tie within
 * its unit ({@code coordination.successNormGain}); the weekly work of huddles and relational or structural
 * interventions leaves part of its raise in the norms ({@code boostNormShare}); blame lowers the norms of the
 * blamed person's ties ({@code blameNormLoss}); being "done to" ({@link #doneTo}) and overload above
 * {@code overloadNormThreshold} lower the norms within a unit ({@code doneToNormLoss}, {@code overloadNormLoss});
 * a newcomer loses part of the gain on their ties ({@code newcomerNormLoss}). Once a week every norm returns
 * toward the level it was built at ({@code normDays}), so a transformation lasts only while it is renewed.
 */
public final class Coordination implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int D = Dimension.COUNT;

    private final StaffNetwork network;
    private final CoordinationParameters parameters;
    private final int units;
    private final double[] acuity;
    private final double[] transferShare;
    private final long[] personOnTies;

    private final RcScore[] within;
    private final RcScore[] across;
    /** The hospital's scores, kept for their index alone (their other measures read NaN). */
    private final RcScore hospital;
    private final RcScore hospitalAcross;
    private final TieScoring scoring;
    // The indices of the last scoring, read every day by the metrics: NaN where a score has no ties.
    private final double[] unitIndex;
    private final double[] crossUnitIndex;
    private double hospitalIndex = Double.NaN;
    private double hospitalCrossUnitIndex = Double.NaN;

    // Per unit, set by score(): what the unit's patients and staff experience.
    private final double[] careTeamRc;
    private final double[] communication;
    private final double[] problemSolving;
    private final double[] relationship;
    private final double[] overload;
    private final TieChanges changes;
    // What the scores were last computed from: the network's modification count and who was present. The
    // ties change on a few days only (hires, blame, joint success, the weekly drift, a strategy's work), so
    // on most days the scores of yesterday still hold and are not recomputed.
    private final boolean[] scoredPresence;
    private long scoredModifications = -1;

    /**
     * @param acuity        each unit's share of high-acuity patients
     * @param transferShare each unit's share of patients who arrive or leave by transfer
     * @param person        the person holding each node now (staff nodes; others any constant)
     * @param roles         number of workgroups
     */
    public Coordination(StaffNetwork network, CoordinationParameters parameters, double[] acuity,
                        double[] transferShare, long[] person, int roles) {
        this.network = network;
        this.parameters = parameters;
        this.units = acuity.length;
        this.acuity = acuity.clone();
        this.transferShare = transferShare.clone();
        this.personOnTies = person.clone();
        this.within = new RcScore[units];
        this.across = new RcScore[units];
        for (int u = 0; u < units; u++) {
            within[u] = new RcScore(roles);
            across[u] = new RcScore(roles);
        }
        this.hospital = new RcScore(roles);
        this.hospitalAcross = new RcScore(roles);
        this.scoring = new TieScoring(network, hospital, hospitalAcross, within, across, roles);
        this.unitIndex = new double[units];
        this.crossUnitIndex = new double[units];
        Arrays.fill(unitIndex, Double.NaN);
        Arrays.fill(crossUnitIndex, Double.NaN);
        this.careTeamRc = new double[units];
        this.communication = new double[units];
        this.problemSolving = new double[units];
        this.relationship = new double[units];
        this.overload = new double[units];
        this.changes = new TieChanges(network, parameters, scoring, units);
        this.scoredPresence = new boolean[person.length];
    }

    /**
     * Gives the ties of every node whose holder changed since yesterday (a hire) a newcomer's dimensions:
     * shared knowledge at {@code newcomerKnowledge}, the others {@code newcomerGap} below the tie's norm.
     */
    public void renew(long[] person, boolean[] present) {
        for (int i = 0; i < person.length; i++) {
            if (!present[i] || person[i] == personOnTies[i]) {
                continue;
            }
            personOnTies[i] = person[i];
            changes.newcomer(i);
        }
    }

    /**
     * Gives every tie of {@code node} a newcomer's dimensions, as for a hire: a new holder of the post (a new unit
     * manager, say) starts their ties again ({@link TieChanges#newcomer}).
     */
    public void newcomer(int node) {
        changes.newcomer(node);
    }

    /** The weekly drift of the ties toward their norms, and of the norms ({@link TieChanges#drift}). */
    public void drift(int day) {
        changes.drift(day);
    }

    /** Today unit {@code u}'s staff are "done to" with {@code dose} (0–1) ({@link TieChanges#doneTo}). */
    public void doneTo(int u, double dose) {
        changes.doneTo(u, dose);
    }

    /**
     * Scores the ties between people present and sets each unit's effects.
     *
     * @param present        whether each node is held by someone now
     * @param overload       each unit's patients per nurse (general-unit equivalent) above the sustainable load
     */
    public void score(boolean[] present, double[] overload) {
        System.arraycopy(overload, 0, this.overload, 0, units);
        changes.noteOverload(overload);
        if (scoredModifications == network.modifications() && Arrays.equals(present, scoredPresence)) {
            return;
        }
        scoredModifications = network.modifications();
        scoring.update(present, scoredPresence);
        System.arraycopy(present, 0, scoredPresence, 0, present.length);
        double reference = parameters.referenceRc();
        for (int u = 0; u < units; u++) {
            if (!scoring.unitSummed(u)) {
                continue; // its scores, and so what follows from them, are as they were
            }
            double w = transferShare[u];
            unitIndex[u] = within[u].index();
            crossUnitIndex[u] = across[u].index();
            careTeamRc[u] = blend(unitIndex[u], crossUnitIndex[u], w, reference);
            communication[u] = blend(within[u].communication(), across[u].communication(), w, reference);
            problemSolving[u] = orElse(within[u].problemSolving(), reference);
            relationship[u] = orElse(within[u].relationship(), reference);
        }
        hospitalIndex = hospital.index();
        hospitalCrossUnitIndex = hospitalAcross.index();
    }

    private static double blend(double in, double out, double w, double fallback) {
        if (Double.isNaN(in)) {
            return orElse(out, fallback);
        }
        if (Double.isNaN(out)) {
            return in;
        }
        return (1 - w) * in + w * out;
    }

    private static double orElse(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    /** Coordination demand of unit {@code u}: uncertainty × interdependence × time pressure. */
    public double demand(int u) {
        double pressure = Math.min(parameters.maxTimePressure(), Math.max(0, overload[u]));
        return (1 + parameters.uncertaintyWeight() * acuity[u])
                * (1 + parameters.interdependenceWeight() * transferShare[u])
                * (1 + parameters.timePressureWeight() * pressure);
    }

    /** Multiplier of unit {@code u}'s adverse-event hazard from its communication quality. */
    public double harmMultiplier(int u) {
        return Math.exp(-parameters.harmEffect() * demand(u) * (communication[u] - parameters.referenceRc()));
    }

    /** Multiplier of the speed of care on unit {@code u} from its communication quality. */
    public double speedMultiplier(int u) {
        return Math.exp(parameters.stayEffect() * demand(u) * (communication[u] - parameters.referenceRc()));
    }

    /** The RC of the care team unit {@code u}'s patients meet (within-unit and, for transfers, cross-unit). */
    public double careTeamRc(int u) {
        return careTeamRc[u];
    }

    /** Problem-solving communication and shared knowledge on unit {@code u}. */
    public double problemSolving(int u) {
        return problemSolving[u];
    }

    /** Mutual respect and shared goals on unit {@code u}. */
    public double relationship(int u) {
        return relationship[u];
    }

    /** RC index of the ties within unit {@code u} (NaN if it has none). */
    public double unitIndex(int u) {
        return unitIndex[u];
    }

    /** RC index of the ties from unit {@code u} to other units (NaN if it has none). */
    public double crossUnitIndex(int u) {
        return crossUnitIndex[u];
    }

    /** RC index of the hospital, over every tie between people present. */
    public double hospitalIndex() {
        return hospitalIndex;
    }

    /** RC index of the hospital's cross-unit ties. */
    public double hospitalCrossUnitIndex() {
        return hospitalCrossUnitIndex;
    }

    /** Blame lowers the ties of node {@code blamed} ({@link TieChanges#blame}). */
    public void blame(int blamed) {
        changes.blame(blamed);
    }

    /** The ties among {@code participants}, who have just solved a problem together, gain ({@link TieChanges#jointSuccess}). */
    public void jointSuccess(int[] participants) {
        changes.jointSuccess(participants);
    }

    /** A team's cycle of joint work succeeded: its ties and its units' norms gain ({@link TieChanges#sustainedSuccess}). */
    public void sustainedSuccess(int[] participants) {
        changes.sustainedSuccess(participants);
    }

    /** The weekly work of an intervention raises dimension {@code d} ({@link TieChanges#boost}). */
    public void boost(Dimension d, double amount, boolean within, boolean across) {
        changes.boost(d, amount, within, across);
    }

    /**
     * Trust between units: [a][b] sums, over the ties in use between people of units a and b who are
     * {@code present}, the tie's mean RC rescaled to 0–1.
     */
    public double[][] trust(boolean[] present) {
        double[][] out = new double[units][units];
        double[] dims = network.dims();
        int ties = network.ties();
        for (int e = 0; e < ties; e++) {
            int i = network.a(e);
            int j = network.b(e);
            int ui = network.unitOf(i);
            int uj = network.unitOf(j);
            if (ui == uj || !present[i] || !present[j] || !network.active(e)) {
                continue;
            }
            double sum = 0;
            for (int d = 0; d < D; d++) {
                sum += dims[e * D + d];
            }
            double t = (sum / D - 1) / 4;
            out[ui][uj] += t;
            out[uj][ui] += t;
        }
        return out;
    }

    /**
     * METRICS: each unit's RC index (of its care team where it has no ties within) and cross-unit index, and
     * the hospital's.
     */
    public void tally(DayCounters counters) {
        for (int u = 0; u < units; u++) {
            double withinUnit = unitIndex(u);
            double acrossUnits = crossUnitIndex(u);
            counters.set(Counter.RC_INDEX, u, Double.isNaN(withinUnit) ? careTeamRc(u) : withinUnit);
            counters.set(Counter.RC_CROSS_UNIT, u, Double.isNaN(acrossUnits) ? careTeamRc(u) : acrossUnits);
        }
        int hospitalSlot = counters.hospitalSlot();
        counters.set(Counter.RC_INDEX, hospitalSlot, hospitalIndex());
        counters.set(Counter.RC_CROSS_UNIT, hospitalSlot, hospitalCrossUnitIndex());
    }

    /** The network. */
    public StaffNetwork network() {
        return network;
    }
}
