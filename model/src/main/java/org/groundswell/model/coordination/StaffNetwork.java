package org.groundswell.model.coordination;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ties between the people of a hospital, each carrying the seven dimensions of relational coordination,
 * kept in primitive arrays: tie {@code e} joins nodes {@code a[e]} and {@code b[e]}, its dimensions are
 * {@code dims[e * 7 .. e * 7 + 7)}, and {@code norm[e]} is the level it drifts back to. Norms move too
 * (relationships transform, {@link Coordination}); {@code anchor[e]} is the norm the tie was built with, to
 * which a moved norm slowly returns.
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
    private final double[] anchor;
    private final int[] adjacencyStart;
    private long modifications;
    private final int[] adjacency;
    /** Ties from this index on belong to boundary spanners added by an intervention, dormant until it starts. */
    private final int firstAdded;
    private boolean addedActive;

    StaffNetwork(int[] nodeUnit, int[] nodeRole, int[] a, int[] b, double[] dims, double[] norm,
                         int firstAdded) {
        this.firstAdded = firstAdded;
        this.addedActive = firstAdded >= a.length;
        this.nodeUnit = nodeUnit;
        this.nodeRole = nodeRole;
        this.a = a;
        this.b = b;
        this.dims = dims;
        this.norm = norm;
        this.anchor = norm.clone();
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
        TieGenerator builder = new TieGenerator(layout, key);
        builder.withinUnits(network.withinUnitDegree());
        List<long[]> structural = new ArrayList<>();
        builder.handoffs(network, structural);
        builder.physicians(network.physicianTiesPerUnit(), structural);
        builder.stewards(network.stewardsPerUnit(), network.stewardCouncilUnits(), structural);
        builder.spanners(0, network.boundarySpanners(), network.spannerTiesPerUnit(), structural);
        int firstAdded = builder.tieCount();
        builder.spanners(network.boundarySpanners(), addedSpanners, network.spannerTiesPerUnit(), structural);
        builder.rewire(structural, network.rewiring());
        return builder.finish(rc, firstAdded);
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

    /** Each tie's norm as it was built: where a moved norm returns to. */
    double[] anchors() {
        return anchor;
    }

    /** The level tie {@code e}'s dimensions drift toward now. */
    public double norm(int e) {
        return norm[e];
    }

    /** The mean norm of the ties in use within unit {@code u} (NaN if it has none): how far its relationships moved. */
    public double meanNormWithin(int u) {
        double sum = 0;
        int n = 0;
        for (int e = 0; e < a.length; e++) {
            if (active(e) && nodeUnit[a[e]] == u && nodeUnit[b[e]] == u) {
                sum += norm[e];
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
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
