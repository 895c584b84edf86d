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
 * A list is summed in local variables, its additions one after the other as the order requires, from its
 * entries' measures and weights kept in list order, so that it is read straight through, not gathered tie by
 * tie. The hospital's two scores are read for their index alone, and their lists — as long as the hospital's
 * ties, and summed again almost daily in a large hospital — sum the index alone, reading about a quarter of
 * the memory the four measures would. Since a sum is always carried on in the same order from the same running
 * values, every score is the same to the last bit as adding its ties one after another to an empty {@link
 * RcScore}, however much of the work is skipped on a given day.
 *
 * <p>Everything kept here but the scores is a cache, rebuilt after a checkpoint of the run.
 */
final class TieScoring implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int D = Dimension.COUNT;
    /** Measures per tie: index, communication, problem solving, relationship ({@link RcScore}). */
    private static final int MEASURES = 4;
    /** Measures per tie besides the index. */
    private static final int REST = MEASURES - 1;
    /** Entries between checkpoints of a list's running sums. */
    private static final int BLOCK = 16;
    /** Positions in {@link #scores}: the hospital, its cross-unit ties, then within and across each unit. */
    private static final int HOSPITAL = 0;
    private static final int HOSPITAL_ACROSS = 1;
    private static final int FIRST_UNIT = 2;
    /** Entries a tie has at most: the hospital's, both units' across, the hospital's across. */
    private static final int MAX_ENTRIES = 4;
    /** Which of a tie's entries is the hospital's across. */
    private static final int HOSPITAL_ACROSS_ENTRY = 3;

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
    /** Each entry's list, and the nodes at the ends of its tie. */
    private transient int[] entryList;
    private transient int[] entryA;
    private transient int[] entryB;
    /** Each tie's entries, MAX_ENTRIES a tie, -1 where it has fewer. */
    private transient int[] tieEntries;
    /** List L's checkpoints start at checkpointStart[L]; checkpoint c holds the sums of its first c * BLOCK entries. */
    private transient int[] checkpointStart;

    // The state of the sums.
    /** Each entry's tie's index, and its other measures (REST an entry), from its dimensions when they last changed. */
    private transient double[] entryIndex;
    private transient double[] entryRest;
    /** Whether each node is held by someone now. */
    private transient boolean[] held;
    /** Each entry's weight in the sums: 1 if both ends of its tie were held when it was last touched, else 0. */
    private transient byte[] entryWeight;
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
    /** Whether the entries' weights are those of the presence at the last update. */
    private transient boolean weighed;
    /** Whether each score was summed again at the last update. */
    private transient boolean[] summed;

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
        if (entryIndex == null || allChanged || changedTie[e]) {
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
        if (entryIndex == null || listedTies != active) {
            layOut(active);
        }
        double[] dims = network.dims();
        System.arraycopy(present, 0, held, 0, present.length);
        Arrays.fill(summed, false);
        if (allChanged) {
            for (int e = 0; e < active; e++) {
                measure(dims, e);
            }
            if (weighed) {
                touchMoved(present, previous, active);
            } else {
                for (int k = 0; k < entryWeight.length; k++) {
                    weigh(k);
                }
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
            touchMoved(present, previous, active);
            for (int k = 0; k < dirtyCount; k++) {
                sum(dirtyLists[k]);
            }
        }
        for (int k = 0; k < changedCount; k++) {
            changedTie[changedTies[k]] = false;
        }
        changedCount = 0;
        allChanged = false;
        weighed = true;
        dirtyCount = 0;
    }

    /** Touches the ties of every node that is held now and was not at the last update, or the other way. */
    private void touchMoved(boolean[] present, boolean[] previous, int active) {
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
    }

    /**
     * Sets the measures of tie {@code e}'s entries from its dimensions: the index alone for its entries in the
     * hospital's scores, its first and, across units, its last.
     */
    private void measure(double[] dims, int e) {
        int at = e * D;
        double index = RcScore.indexOf(dims, at);
        double communication = RcScore.communicationOf(dims, at);
        double problemSolving = RcScore.problemSolvingOf(dims, at);
        double relationship = RcScore.relationshipOf(dims, at);
        for (int j = 0; j < MAX_ENTRIES; j++) {
            int k = tieEntries[e * MAX_ENTRIES + j];
            if (k < 0) {
                break;
            }
            entryIndex[k] = index;
            if (j == 0 || j == HOSPITAL_ACROSS_ENTRY) {
                continue;
            }
            int to = k * REST;
            entryRest[to] = communication;
            entryRest[to + 1] = problemSolving;
            entryRest[to + 2] = relationship;
        }
    }

    /** Sets entry {@code k}'s weight from whether its tie's ends are held. */
    private void weigh(int k) {
        entryWeight[k] = held[entryA[k]] && held[entryB[k]] ? (byte) 1 : 0;
    }

    /** Weighs tie {@code e}'s entries again and marks them to be summed again. */
    private void touch(int e) {
        for (int j = 0; j < MAX_ENTRIES; j++) {
            int k = tieEntries[e * MAX_ENTRIES + j];
            if (k < 0) {
                break;
            }
            weigh(k);
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
     * checkpoints as it goes, and sets its score's sums for its role pair: the index alone for the hospital's
     * scores. An entry whose tie has someone absent at an end is added times 0: the running sums start at +0
     * and the measures are at least 1, so adding +0 leaves them as they are, as leaving the entry out would
     * (without a branch to mispredict).
     */
    private void sum(int list) {
        int first = listStart[list];
        int end = listStart[list + 1];
        int block = Math.min(dirtyFrom[list] / BLOCK, validCheckpoints[list] - 1);
        int checkpoint = checkpointStart[list] + block;
        int score = list / pairs;
        int next = score < FIRST_UNIT ? sumIndex(list, first + block * BLOCK, end, checkpoint)
                : sumAll(list, first + block * BLOCK, end, checkpoint);
        validCheckpoints[list] = Math.max(1, next - checkpointStart[list]);
        dirtyFrom[list] = end - first;
    }

    /** Sums entries {@code from .. end - 1} of a list onto checkpoint {@code checkpoint}; returns the next. */
    private int sumAll(int list, int from, int end, int checkpoint) {
        double index = checkpoints[checkpoint * MEASURES];
        double communication = checkpoints[checkpoint * MEASURES + 1];
        double problemSolving = checkpoints[checkpoint * MEASURES + 2];
        double relationship = checkpoints[checkpoint * MEASURES + 3];
        int count = checkpointCounts[checkpoint];
        double[] m = entryIndex;
        double[] rest = entryRest;
        byte[] w = entryWeight;
        for (; from < end; from += BLOCK) {
            int c = checkpoint++;
            checkpoints[c * MEASURES] = index;
            checkpoints[c * MEASURES + 1] = communication;
            checkpoints[c * MEASURES + 2] = problemSolving;
            checkpoints[c * MEASURES + 3] = relationship;
            checkpointCounts[c] = count;
            int to = Math.min(end, from + BLOCK);
            for (int k = from; k < to; k++) {
                int at = k * REST;
                double both = w[k];
                index += m[k] * both;
                communication += rest[at] * both;
                problemSolving += rest[at + 1] * both;
                relationship += rest[at + 2] * both;
                count += w[k];
            }
        }
        scores[list / pairs].set(list % pairs, index, communication, problemSolving, relationship, count);
        summed[list / pairs] = true;
        return checkpoint;
    }

    /** As {@link #sumAll}, the index alone. */
    private int sumIndex(int list, int from, int end, int checkpoint) {
        double index = checkpoints[checkpoint * MEASURES];
        int count = checkpointCounts[checkpoint];
        double[] m = entryIndex;
        byte[] w = entryWeight;
        for (; from < end; from += BLOCK) {
            int c = checkpoint++;
            checkpoints[c * MEASURES] = index;
            checkpointCounts[c] = count;
            int to = Math.min(end, from + BLOCK);
            for (int k = from; k < to; k++) {
                index += m[k] * w[k];
                count += w[k];
            }
        }
        scores[list / pairs].setIndex(list % pairs, index, count);
        summed[list / pairs] = true;
        return checkpoint;
    }

    /** Whether unit {@code u}'s scores, within it or across its boundary, were summed again at the last update. */
    boolean unitSummed(int u) {
        return summed[FIRST_UNIT + u] || summed[FIRST_UNIT + units + u];
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
        entryIndex = new double[entries];
        entryRest = new double[entries * REST];
        held = new boolean[network.nodes()];
        summed = new boolean[scores.length];
        entryWeight = new byte[entries];
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
        weighed = false;
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
