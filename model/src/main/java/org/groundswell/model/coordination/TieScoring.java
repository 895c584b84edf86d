package org.groundswell.model.coordination;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Keeps the {@link RcScore}s of the staff network — the hospital's, its cross-unit ties', and each unit's
 * within and across its boundary — up to date at the cost of what changed since they were last summed.
 *
 * <p>Each score sums, role pair by role pair, the measures of its ties between people present, in tie order:
 * call each such sum a list, and each of its ties an entry. The weekly drift and a boost change every tie, and
 * every list is summed again. A hire, a quit, a blamed nurse or a joint success changes a dozen ties, and so a
 * few entries of a few lists: only those lists are summed again, and only from the last checkpoint before
 * their first changed entry — the running sums are kept every {@value #BLOCK} entries as a list is summed.
 * A list is summed in local variables, its additions one after the other as the order requires. Since a
 * sum is always carried on in the same order from the same running values, every score is the same to the
 * last bit as adding its ties one after another to an empty {@link RcScore}, however much of the work is
 * skipped on a given day.
 *
 * <p>Everything kept here but the scores is a cache, rebuilt after a checkpoint of the run.
 */
final class TieScoring implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int D = Dimension.COUNT;
    /** Measures per tie: index, communication, problem solving, relationship ({@link RcScore}). */
    private static final int MEASURES = 4;
    /** Entries between checkpoints of a list's running sums. */
    private static final int BLOCK = 16;
    /** Positions in {@link #scores}: the hospital, its cross-unit ties, then within and across each unit. */
    private static final int HOSPITAL = 0;
    private static final int HOSPITAL_ACROSS = 1;
    private static final int FIRST_UNIT = 2;
    /** Entries a tie has at most: the hospital's, both units' across, the hospital's across. */
    private static final int MAX_ENTRIES = 4;

    private final StaffNetwork network;
    private final RcScore[] scores;
    private final int units;
    private final int roles;
    private final int pairs;

    // The layout, for the ties in use when it was made (a boundary-spanner intervention wakes more).
    private transient int listedTies;
    /** Each tie's role pair. */
    private transient int[] tiePair;
    /** List L = score * pairs + pair holds entries listStart[L] .. listStart[L + 1] - 1, each a tie. */
    private transient int[] listStart;
    private transient int[] entryTie;
    /** Each entry's list, and the nodes at the ends of its tie. */
    private transient int[] entryList;
    private transient int[] entryA;
    private transient int[] entryB;
    /** Each tie's entries, MAX_ENTRIES a tie, -1 where it has fewer. */
    private transient int[] tieEntries;
    /** List L's checkpoints start at checkpointStart[L]; checkpoint c holds the sums of its first c * BLOCK entries. */
    private transient int[] checkpointStart;

    // The state of the sums.
    /** Each tie's measures, from its dimensions when they last changed. */
    private transient double[] measures;
    /** Each node's weight in the sums: 1 if it is held by someone now, else 0. */
    private transient double[] weight;
    private transient double[] checkpoints;
    private transient int[] checkpointCounts;
    /** How many of each list's checkpoints, from its first, hold sums of its entries as they are now. */
    private transient int[] validCheckpoints;
    /** Each list's first entry to sum again (relative to its start), or its length if it is up to date. */
    private transient int[] dirtyFrom;
    private transient int[] dirtyLists;
    private transient int dirtyCount;
    /** The ties whose dimensions changed since the last update, or all of them. */
    private transient boolean[] changedTie;
    private transient int[] changedTies;
    private transient int changedCount;
    private transient boolean allChanged;

    /**
     * @param network        the ties
     * @param hospital       the score of every tie
     * @param hospitalAcross the score of the ties between units
     * @param within         each unit's score of the ties within it
     * @param across         each unit's score of the ties from it to other units
     * @param roles          number of workgroups of the scores
     */
    TieScoring(StaffNetwork network, RcScore hospital, RcScore hospitalAcross, RcScore[] within, RcScore[] across,
               int roles) {
        this.network = network;
        this.units = within.length;
        this.roles = roles;
        this.pairs = roles * roles;
        this.scores = new RcScore[FIRST_UNIT + 2 * units];
        scores[HOSPITAL] = hospital;
        scores[HOSPITAL_ACROSS] = hospitalAcross;
        System.arraycopy(within, 0, scores, FIRST_UNIT, units);
        System.arraycopy(across, 0, scores, FIRST_UNIT + units, units);
    }

    /** Notes that tie {@code e}'s dimensions changed. */
    void changed(int e) {
        if (measures == null || allChanged || changedTie[e]) {
            return;
        }
        changedTie[e] = true;
        changedTies[changedCount++] = e;
    }

    /** Notes that every tie's dimensions changed. */
    void changedAll() {
        allChanged = true;
    }

    /**
     * Brings every score up to date with the ties' dimensions and with who is present.
     *
     * @param present  whether each node is held by someone now
     * @param previous whether each node was held at the last update (not read at the first update, or the first
     *                 after a checkpoint, when every score is summed)
     */
    void update(boolean[] present, boolean[] previous) {
        int active = network.activeTies();
        if (measures == null || listedTies != active) {
            layOut(active);
        }
        double[] dims = network.dims();
        for (int i = 0; i < present.length; i++) {
            weight[i] = present[i] ? 1 : 0;
        }
        if (allChanged) {
            for (int e = 0; e < active; e++) {
                measure(dims, e);
            }
            for (int list = 0; list < dirtyFrom.length; list++) {
                dirtyFrom[list] = 0;
                sum(list);
            }
        } else {
            for (int k = 0; k < changedCount; k++) {
                int e = changedTies[k];
                if (e < active) {
                    measure(dims, e);
                    touch(e);
                }
            }
            int[] start = network.adjacencyStart();
            int[] adjacency = network.adjacency();
            for (int i = 0; i < present.length; i++) {
                if (present[i] == previous[i]) {
                    continue;
                }
                for (int k = start[i]; k < start[i + 1]; k++) {
                    if (adjacency[k] < active) {
                        touch(adjacency[k]);
                    }
                }
            }
            for (int k = 0; k < dirtyCount; k++) {
                sum(dirtyLists[k]);
            }
        }
        for (int k = 0; k < changedCount; k++) {
            changedTie[changedTies[k]] = false;
        }
        changedCount = 0;
        allChanged = false;
        dirtyCount = 0;
    }

    private void measure(double[] dims, int e) {
        int at = e * D;
        int to = e * MEASURES;
        measures[to] = RcScore.indexOf(dims, at);
        measures[to + 1] = RcScore.communicationOf(dims, at);
        measures[to + 2] = RcScore.problemSolvingOf(dims, at);
        measures[to + 3] = RcScore.relationshipOf(dims, at);
    }

    /** Marks tie {@code e}'s entries to be summed again. */
    private void touch(int e) {
        for (int j = 0; j < MAX_ENTRIES; j++) {
            int k = tieEntries[e * MAX_ENTRIES + j];
            if (k < 0) {
                break;
            }
            int list = entryList[k];
            int position = k - listStart[list];
            if (dirtyFrom[list] == listStart[list + 1] - listStart[list]) {
                dirtyLists[dirtyCount++] = list;
            }
            dirtyFrom[list] = Math.min(dirtyFrom[list], position);
        }
    }

    /**
     * Sums list {@code list} again from its last valid checkpoint before its first changed entry, keeping
     * checkpoints as it goes, and sets its score's sums for its role pair. An entry whose tie has someone
     * absent at an end is added times 0: the running sums start at +0 and the measures are at least 1, so
     * adding +0 leaves them as they are, as leaving the entry out would (without a branch to mispredict).
     */
    private void sum(int list) {
        int first = listStart[list];
        int end = listStart[list + 1];
        int block = Math.min(dirtyFrom[list] / BLOCK, validCheckpoints[list] - 1);
        int checkpoint = checkpointStart[list] + block;
        double index = checkpoints[checkpoint * MEASURES];
        double communication = checkpoints[checkpoint * MEASURES + 1];
        double problemSolving = checkpoints[checkpoint * MEASURES + 2];
        double relationship = checkpoints[checkpoint * MEASURES + 3];
        int count = checkpointCounts[checkpoint];
        double[] m = measures;
        double[] w = weight;
        for (int from = first + block * BLOCK; from < end; from += BLOCK) {
            int c = checkpoint++;
            checkpoints[c * MEASURES] = index;
            checkpoints[c * MEASURES + 1] = communication;
            checkpoints[c * MEASURES + 2] = problemSolving;
            checkpoints[c * MEASURES + 3] = relationship;
            checkpointCounts[c] = count;
            int to = Math.min(end, from + BLOCK);
            for (int k = from; k < to; k++) {
                int at = entryTie[k] * MEASURES;
                double both = w[entryA[k]] * w[entryB[k]];
                index += m[at] * both;
                communication += m[at + 1] * both;
                problemSolving += m[at + 2] * both;
                relationship += m[at + 3] * both;
                count += (int) both;
            }
        }
        validCheckpoints[list] = Math.max(1, checkpoint - checkpointStart[list]);
        dirtyFrom[list] = end - first;
        scores[list / pairs].set(list % pairs, index, communication, problemSolving, relationship, count);
    }

    /** Makes the layout of the lists of the first {@code active} ties, and room for their sums. */
    private void layOut(int active) {
        int ties = network.ties();
        int lists = scores.length * pairs;
        int[] role = network.nodeRoles();
        tiePair = new int[ties];
        for (int e = 0; e < ties; e++) {
            tiePair[e] = RcScore.pair(role[network.a(e)], role[network.b(e)], roles);
        }
        int[] slot = new int[MAX_ENTRIES];
        int[] start = new int[lists + 1];
        for (int e = 0; e < active; e++) {
            int n = scoresOf(e, slot);
            for (int j = 0; j < n; j++) {
                start[slot[j] * pairs + tiePair[e] + 1]++;
            }
        }
        for (int list = 0; list < lists; list++) {
            start[list + 1] += start[list];
        }
        int entries = start[lists];
        entryTie = new int[entries];
        entryList = new int[entries];
        entryA = new int[entries];
        entryB = new int[entries];
        tieEntries = new int[ties * MAX_ENTRIES];
        Arrays.fill(tieEntries, -1);
        int[] fill = Arrays.copyOf(start, lists);
        for (int e = 0; e < active; e++) {
            int n = scoresOf(e, slot);
            for (int j = 0; j < n; j++) {
                int list = slot[j] * pairs + tiePair[e];
                int k = fill[list]++;
                entryTie[k] = e;
                entryList[k] = list;
                entryA[k] = network.a(e);
                entryB[k] = network.b(e);
                tieEntries[e * MAX_ENTRIES + j] = k;
            }
        }
        checkpointStart = new int[lists + 1];
        for (int list = 0; list < lists; list++) {
            int length = start[list + 1] - start[list];
            checkpointStart[list + 1] = checkpointStart[list] + (length + BLOCK - 1) / BLOCK + 1;
        }
        listStart = start;
        listedTies = active;
        measures = new double[ties * MEASURES];
        weight = new double[network.nodes()];
        checkpoints = new double[checkpointStart[lists] * MEASURES];
        checkpointCounts = new int[checkpointStart[lists]];
        validCheckpoints = new int[lists];
        Arrays.fill(validCheckpoints, 1);
        dirtyFrom = new int[lists];
        dirtyLists = new int[lists];
        changedTie = new boolean[ties];
        changedTies = new int[ties];
        changedCount = 0;
        dirtyCount = 0;
        allChanged = true;
    }

    /** Writes into {@code out} the scores tie {@code e} counts in; returns how many (2, or 4 across units). */
    private int scoresOf(int e, int[] out) {
        int ui = network.unitOf(network.a(e));
        int uj = network.unitOf(network.b(e));
        out[0] = HOSPITAL;
        if (ui == uj) {
            out[1] = FIRST_UNIT + ui;
            return 2;
        }
        out[1] = FIRST_UNIT + units + ui;
        out[2] = FIRST_UNIT + units + uj;
        out[3] = HOSPITAL_ACROSS;
        return 4;
    }
}
