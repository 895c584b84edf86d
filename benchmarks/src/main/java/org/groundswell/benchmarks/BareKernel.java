package org.groundswell.benchmarks;

import org.groundswell.model.Hospital;
import org.groundswell.model.coordination.StaffNetwork;
import org.groundswell.model.parameters.HospitalParameters;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The least an agent-based model on MASON does: one {@link Steppable} per node of a network, each scheduled
 * on its own, each step reading its neighbours' levels (an int-array adjacency, as Groundswell keeps its ties)
 * and moving its own a tenth of the way toward their mean, plus a little noise from the run's generator. No
 * patients, no metrics, no objects made while it runs: what is left is MASON's schedule, the neighbour reads
 * and one random number per agent-step — the floor a model of the same size cannot go below on this JVM.
 *
 * <p>Its network is the default hospital's staff network itself ({@link #defaultHospitalNetwork()}): the same
 * nodes and the same ties.
 */
public final class BareKernel extends SimState {

    private static final long serialVersionUID = 1L;

    private final int[] start;
    private final int[] neighbours;
    private final double[] level;

    /**
     * @param seed       the seed of MASON's generator
     * @param start      node i's neighbours are {@code neighbours[start[i] .. start[i + 1])}
     * @param neighbours the adjacency, both directions
     */
    public BareKernel(long seed, int[] start, int[] neighbours) {
        super(seed);
        this.start = start;
        this.neighbours = neighbours;
        this.level = new double[start.length - 1];
    }

    @Override
    public void start() {
        super.start();
        for (int i = 0; i < level.length; i++) {
            level[i] = random.nextDouble();
            schedule.scheduleRepeating(new Agent(i));
        }
    }

    /** Nodes (agents). */
    public int nodes() {
        return level.length;
    }

    /** The mean level, so that a run has a result to return. */
    public double meanLevel() {
        double sum = 0;
        for (double v : level) {
            sum += v;
        }
        return sum / level.length;
    }

    /** One agent: a node of the network. */
    private static final class Agent implements Steppable {

        private static final long serialVersionUID = 1L;
        private final int node;

        Agent(int node) {
            this.node = node;
        }

        @Override
        public void step(SimState state) {
            BareKernel model = (BareKernel) state;
            int from = model.start[node];
            int to = model.start[node + 1];
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += model.level[model.neighbours[k]];
            }
            double mean = to > from ? sum / (to - from) : model.level[node];
            model.level[node] += 0.1 * (mean - model.level[node]) + 0.01 * (model.random.nextDouble() - 0.5);
        }
    }

    /**
     * The default hospital's staff network as an adjacency: {@code [0]} the start of each node's neighbours
     * (nodes + 1 entries), {@code [1]} the neighbours.
     */
    public static int[][] defaultHospitalNetwork() {
        Hospital hospital = new Hospital(HospitalParameters.communityHospital(), false);
        hospital.start();
        StaffNetwork network = hospital.coordination().network();
        int n = network.nodes();
        int[] start = new int[n + 1];
        for (int e = 0; e < network.ties(); e++) {
            start[network.a(e) + 1]++;
            start[network.b(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] neighbours = new int[2 * network.ties()];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int e = 0; e < network.ties(); e++) {
            neighbours[fill[network.a(e)]++] = network.b(e);
            neighbours[fill[network.b(e)]++] = network.a(e);
        }
        return new int[][] {start, neighbours};
    }
}
