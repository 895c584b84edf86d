package org.groundswell.model.coordination;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.groundswell.model.kernel.KeyedRandom;

/**
 * The ties between the people of a hospital, each carrying the seven dimensions of relational coordination,
 * kept in primitive arrays: tie {@code e} joins nodes {@code a[e]} and {@code b[e]}, its dimensions are
 * {@code dims[e * 7 .. e * 7 + 7)}, and {@code norm[e]} is the level it drifts back to.
 *
 * <p>Nodes are people: frontline positions first (one node per funded position, so a vacancy is a node
 * nobody holds), then physicians, then unit managers. Ties within a unit are dense (everyone who shares its
 * shifts); cross-unit ties follow the hospital's structure — nurses handing patients over along transfer
 * routes, physicians rounding on several units, union stewards, boundary spanners — or, with probability
 * {@link NetworkParameters#rewiring()} each, are placed at random between people of different units instead.
 * The structural ties are laid first and then rewired one by one, so the count of ties, and the mean degree,
 * does not depend on the rewiring.
 */
public final class StaffNetwork implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int D = Dimension.COUNT;

    private final int[] nodeUnit;
    private final int[] nodeRole;
    private final int[] a;
    private final int[] b;
    private final double[] dims;
    private final double[] norm;
    private final int[] adjacencyStart;
    private long modifications;
    private final int[] adjacency;
    /** Ties from this index on belong to boundary spanners added by an intervention, dormant until it starts. */
    private final int firstAdded;
    private boolean addedActive;

    private StaffNetwork(int[] nodeUnit, int[] nodeRole, int[] a, int[] b, double[] dims, double[] norm,
                         int firstAdded) {
        this.firstAdded = firstAdded;
        this.addedActive = firstAdded >= a.length;
        this.nodeUnit = nodeUnit;
        this.nodeRole = nodeRole;
        this.a = a;
        this.b = b;
        this.dims = dims;
        this.norm = norm;
        int n = nodeUnit.length;
        adjacencyStart = new int[n + 1];
        for (int e = 0; e < a.length; e++) {
            adjacencyStart[a[e] + 1]++;
            adjacencyStart[b[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            adjacencyStart[i + 1] += adjacencyStart[i];
        }
        adjacency = new int[2 * a.length];
        int[] fill = Arrays.copyOf(adjacencyStart, n);
        for (int e = 0; e < a.length; e++) {
            adjacency[fill[a[e]]++] = e;
            adjacency[fill[b[e]]++] = e;
        }
    }

    /**
     * Who the nodes are and how the hospital is structured, for laying out the ties.
     *
     * @param nodeUnit     each node's (home) unit
     * @param nodeRole     each node's workgroup for RC scoring (frontline roles, then physician, then manager)
     * @param handoffRole  the workgroup that hands patients over (registered nurses)
     * @param roundsOn     for each node, the other units it works on (physicians), or an empty array
     * @param transferFlow expected patients a day sent from unit u to unit v
     */
    public record Layout(int[] nodeUnit, int[] nodeRole, long[] nodeKey, int handoffRole, int[][] roundsOn,
                         double[][] transferFlow, int units) {
    }

    /**
     * Lays out the ties and draws their initial dimensions. Every draw is keyed by the identities of the
     * people or units it concerns ({@code nodeKey}, the unit, the route), not taken in sequence, so two
     * hospitals that differ in one unit's staffing share the rest of their network: common random numbers
     * hold across parameter changes as well as across strategies.
     *
     * @param key the run's key for the network's random numbers
     */
    public static StaffNetwork build(Layout layout, NetworkParameters network, CoordinationParameters rc, long key) {
        return build(layout, network, rc, key, 0);
    }

    /**
     * As {@link #build(Layout, NetworkParameters, CoordinationParameters, long)}, with {@code addedSpanners}
     * boundary spanners more, whose ties are laid last and stay dormant (neither scored nor carrying stories)
     * until {@link #activateAddedSpanners()}: a boundary-spanner intervention that starts during the run. Their
     * ties start at the RC of ties within a unit, not lower as other cross-unit ties do. The other ties, and
     * their random numbers, are those of the network without them.
     */
    public static StaffNetwork build(Layout layout, NetworkParameters network, CoordinationParameters rc, long key,
                                     int addedSpanners) {
        Builder builder = new Builder(layout, key);
        builder.withinUnits(network.withinUnitDegree());
        List<long[]> structural = new ArrayList<>();
        builder.handoffs(network, structural);
        builder.physicians(network.physicianTiesPerUnit(), structural);
        builder.stewards(network.stewardsPerUnit(), structural);
        builder.spanners(0, network.boundarySpanners(), network.spannerTiesPerUnit(), structural);
        int firstAdded = builder.tieCount();
        builder.spanners(network.boundarySpanners(), addedSpanners, network.spannerTiesPerUnit(), structural);
        builder.rewire(structural, network.rewiring());
        return builder.finish(rc, firstAdded);
    }

    private static final class Builder {
        private static final long WITHIN = 1;
        private static final long HANDOFF = 2;
        private static final long PHYSICIAN = 3;
        private static final long STEWARD = 4;
        private static final long SPANNER = 5;
        private static final long REWIRE = 6;
        private static final long NORM = 7;
        private static final long DIMENSIONS = 8;

        private final Layout layout;
        private final long key;
        private final int[][] members;
        private final int[][] handoffMembers;
        private final Set<Long> present = new HashSet<>();
        private final List<long[]> ties = new ArrayList<>();
        // For each node, a bit per unit it already has a cross-unit tie to (units beyond 63 share bits).
        private final long[] reaches;

        Builder(Layout layout, long key) {
            this.layout = layout;
            this.key = key;
            int n = layout.nodeUnit().length;
            this.reaches = new long[n];
            List<List<Integer>> byUnit = new ArrayList<>();
            List<List<Integer>> handoffByUnit = new ArrayList<>();
            for (int u = 0; u < layout.units(); u++) {
                byUnit.add(new ArrayList<>());
                handoffByUnit.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                byUnit.get(layout.nodeUnit()[i]).add(i);
                if (layout.nodeRole()[i] == layout.handoffRole()) {
                    handoffByUnit.get(layout.nodeUnit()[i]).add(i);
                }
            }
            members = toArrays(byUnit);
            handoffMembers = toArrays(handoffByUnit);
        }

        private static int[][] toArrays(List<List<Integer>> lists) {
            int[][] out = new int[lists.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            return out;
        }

        private boolean add(int i, int j) {
            if (i == j) {
                return false;
            }
            long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
            if (!present.add(key)) {
                return false;
            }
            ties.add(new long[] {Math.min(i, j), Math.max(i, j)});
            return true;
        }

        private void remove(long[] tie) {
            present.remove((tie[0] << 32) | tie[1]);
        }

        private long pairKey(long purpose, int i, int j) {
            long ki = layout.nodeKey()[i];
            long kj = layout.nodeKey()[j];
            return KeyedRandom.hash(key, purpose, Math.min(ki, kj), Math.max(ki, kj));
        }

        /**
         * Each pair on a unit is tied with the probability that gives the mean degree asked for. The draw is
         * {@code KeyedRandom.uniform(pairKey(WITHIN, x, y), 0)}, with the hash's shared part and the draw's
         * day part worked out once: every pair of a unit is drawn, so this is the build's inner loop.
         */
        void withinUnits(double degree) {
            long within = KeyedRandom.hash(key, WITHIN);
            long day = KeyedRandom.suffix(0);
            long[] nodeKey = layout.nodeKey();
            for (int[] unit : members) {
                double p = unit.length > 1 ? Math.min(1, degree / (unit.length - 1)) : 0;
                for (int x = 0; x < unit.length; x++) {
                    long kx = nodeKey[unit[x]];
                    for (int y = x + 1; y < unit.length; y++) {
                        long ky = nodeKey[unit[y]];
                        long pair = KeyedRandom.extend(KeyedRandom.extend(within, Math.min(kx, ky)), Math.max(kx, ky));
                        if (KeyedRandom.uniformAfter(KeyedRandom.prefix(pair), day) < p) {
                            add(unit[x], unit[y]);
                        }
                    }
                }
            }
        }

        void handoffs(NetworkParameters network, List<long[]> structural) {
            double[][] flow = layout.transferFlow();
            for (int u = 0; u < flow.length; u++) {
                for (int v = 0; v < flow[u].length; v++) {
                    int count = (int) Math.round(network.handoffTiesPerTransfer() * flow[u][v]);
                    if (u == v || handoffMembers[u].length == 0 || handoffMembers[v].length == 0) {
                        continue;
                    }
                    KeyedRandom random = KeyedRandom.of(key, HANDOFF, u, v);
                    for (int k = 0; k < count; k++) {
                        int i = endpoint(u, v, network.triadicClosure(), random);
                        int j = endpoint(v, u, network.triadicClosure(), random);
                        structural(i, j, structural);
                    }
                }
            }
        }

        /** Someone on unit {@code u} for a tie to unit {@code v}: with probability {@code closure} one who has one. */
        private int endpoint(int u, int v, double closure, KeyedRandom random) {
            int[] pool = handoffMembers[u];
            if (random.nextDouble() < closure) {
                long bit = 1L << (v & 63);
                int start = pick(random, pool.length);
                for (int k = 0; k < pool.length; k++) {
                    int candidate = pool[(start + k) % pool.length];
                    if ((reaches[candidate] & bit) != 0) {
                        return candidate;
                    }
                }
            }
            return pool[pick(random, pool.length)];
        }

        private static int pick(KeyedRandom random, int n) {
            return (int) (random.nextDouble() * n);
        }

        private void structural(int i, int j, List<long[]> structural) {
            if (add(i, j)) {
                structural.add(ties.get(ties.size() - 1));
                reaches[i] |= 1L << (layout.nodeUnit()[j] & 63);
                reaches[j] |= 1L << (layout.nodeUnit()[i] & 63);
            }
        }

        void physicians(int perUnit, List<long[]> structural) {
            int[][] roundsOn = layout.roundsOn();
            for (int i = 0; i < roundsOn.length; i++) {
                for (int unit : roundsOn[i]) {
                    int[] pool = members[unit];
                    KeyedRandom random = KeyedRandom.of(key, PHYSICIAN, layout.nodeKey()[i], unit);
                    for (int k = 0; k < perUnit && pool.length > 0; k++) {
                        structural(i, pool[pick(random, pool.length)], structural);
                    }
                }
            }
        }

        void stewards(int perUnit, List<long[]> structural) {
            List<Integer> stewards = new ArrayList<>();
            for (int u = 0; u < handoffMembers.length; u++) {
                int[] shuffled = shuffled(handoffMembers[u], KeyedRandom.of(key, STEWARD, u));
                for (int k = 0; k < Math.min(perUnit, shuffled.length); k++) {
                    stewards.add(shuffled[k]);
                }
            }
            for (int x = 0; x < stewards.size(); x++) {
                for (int y = x + 1; y < stewards.size(); y++) {
                    int i = stewards.get(x);
                    int j = stewards.get(y);
                    if (layout.nodeUnit()[i] != layout.nodeUnit()[j]) {
                        structural(i, j, structural);
                    }
                }
            }
        }

        int tieCount() {
            return ties.size();
        }

        void spanners(int first, int count, int tiesPerUnit, List<long[]> structural) {
            int units = layout.units();
            for (int s = first; s < first + count; s++) {
                int[] pool = handoffMembers[s % units];
                if (pool.length == 0) {
                    continue;
                }
                KeyedRandom random = KeyedRandom.of(key, SPANNER, s);
                int spanner = pool[pick(random, pool.length)];
                for (int u = 0; u < units; u++) {
                    if (u == layout.nodeUnit()[spanner]) {
                        continue;
                    }
                    for (int k = 0; k < tiesPerUnit && members[u].length > 0; k++) {
                        structural(spanner, members[u][pick(random, members[u].length)], structural);
                    }
                }
            }
        }

        private static int[] shuffled(int[] pool, KeyedRandom random) {
            int[] out = pool.clone();
            for (int i = out.length - 1; i > 0; i--) {
                int j = pick(random, i + 1);
                int t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
            return out;
        }

        /** Each structural tie is, with probability {@code rewiring}, moved to two random people on different units. */
        void rewire(List<long[]> structural, double rewiring) {
            int n = layout.nodeUnit().length;
            if (layout.units() < 2) {
                return;
            }
            for (long[] tie : structural) {
                KeyedRandom random = KeyedRandom.of(pairKey(REWIRE, (int) tie[0], (int) tie[1]));
                if (random.nextDouble() >= rewiring) {
                    continue;
                }
                while (true) {
                    int i = pick(random, n);
                    int j = pick(random, n);
                    if (layout.nodeUnit()[i] == layout.nodeUnit()[j]) {
                        continue;
                    }
                    long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
                    if (present.contains(key)) {
                        continue;
                    }
                    remove(tie);
                    present.add(key);
                    tie[0] = Math.min(i, j);
                    tie[1] = Math.max(i, j);
                    break;
                }
            }
        }

        StaffNetwork finish(CoordinationParameters rc, int firstAdded) {
            int units = layout.units();
            double[] unitNorm = new double[units];
            for (int u = 0; u < units; u++) {
                unitNorm[u] = clamp(rc.initialRc() + rc.unitSpread() * KeyedRandom.gaussian(KeyedRandom.hash(key, NORM), u));
            }
            int e = ties.size();
            int[] a = new int[e];
            int[] b = new int[e];
            double[] dims = new double[e * D];
            double[] norm = new double[e];
            int[] nodeUnit = layout.nodeUnit();
            for (int k = 0; k < e; k++) {
                a[k] = (int) ties.get(k)[0];
                b[k] = (int) ties.get(k)[1];
                int ua = nodeUnit[a[k]];
                int ub = nodeUnit[b[k]];
                double gap = k >= firstAdded ? 0 : rc.crossUnitGap();
                norm[k] = ua == ub ? unitNorm[ua] : clamp((unitNorm[ua] + unitNorm[ub]) / 2 - gap);
                KeyedRandom random = KeyedRandom.of(pairKey(DIMENSIONS, a[k], b[k]));
                double tieLevel = norm[k] + rc.tieSpread() * random.nextGaussian();
                for (int d = 0; d < D; d++) {
                    dims[k * D + d] = clamp(tieLevel + 0.5 * rc.tieSpread() * random.nextGaussian());
                }
            }
            return new StaffNetwork(layout.nodeUnit().clone(), layout.nodeRole().clone(), a, b, dims, norm, firstAdded);
        }
    }

    static double clamp(double v) {
        return Math.max(1, Math.min(5, v));
    }

    /** Records a change to the ties (their dimensions or which are in use), so scores are recomputed. */
    void touch() {
        modifications++;
    }

    /** How many times the ties have changed since the network was built. */
    long modifications() {
        return modifications;
    }

    /** Number of nodes. */
    public int nodes() {
        return nodeUnit.length;
    }

    /** Number of ties. */
    public int ties() {
        return a.length;
    }

    /** Mean ties per node. */
    public double meanDegree() {
        return nodeUnit.length > 0 ? 2.0 * a.length / nodeUnit.length : 0;
    }

    /** One end of tie {@code e}. */
    public int a(int e) {
        return a[e];
    }

    /** The other end of tie {@code e}. */
    public int b(int e) {
        return b[e];
    }

    /** The unit of node {@code i}. */
    public int unitOf(int i) {
        return nodeUnit[i];
    }

    /** The workgroup of node {@code i}. */
    public int roleOf(int i) {
        return nodeRole[i];
    }

    /** Whether tie {@code e} is in use: every tie but an added spanner's before its intervention starts. */
    public boolean active(int e) {
        return e < firstAdded || addedActive;
    }

    /** Wakes the ties of the boundary spanners added by an intervention. */
    public void activateAddedSpanners() {
        touch();
        addedActive = true;
    }

    /** Whether tie {@code e} crosses units. */
    public boolean crossUnit(int e) {
        return nodeUnit[a[e]] != nodeUnit[b[e]];
    }

    /** Dimension {@code d} of tie {@code e}. */
    public double dimension(int e, Dimension d) {
        return dims[e * D + d.ordinal()];
    }

    /** Degree of node {@code i}. */
    public int degree(int i) {
        return adjacencyStart[i + 1] - adjacencyStart[i];
    }

    /** The ties of node {@code i}, as tie indices (a copy). */
    public int[] tiesOf(int i) {
        return Arrays.copyOfRange(adjacency, adjacencyStart[i], adjacencyStart[i + 1]);
    }

    /** The node at the other end of tie {@code e} from {@code i}. */
    public int other(int e, int i) {
        return a[e] == i ? b[e] : a[e];
    }

    /** The raw dimension array (tie-major, {@link Dimension} order); for the coordination step's hot loops. */
    double[] dims() {
        return dims;
    }

    double[] norms() {
        return norm;
    }

    int[] adjacencyStart() {
        return adjacencyStart;
    }

    int[] adjacency() {
        return adjacency;
    }

    /** Each node's workgroup, by node; for laying out the scoring of the ties. */
    int[] nodeRoles() {
        return nodeRole;
    }

    /** The ties in use are those below this index ({@link #active}: the added spanners' ties come last). */
    int activeTies() {
        return addedActive ? a.length : Math.min(firstAdded, a.length);
    }
}
