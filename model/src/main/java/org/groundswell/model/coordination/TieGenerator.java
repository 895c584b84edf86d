package org.groundswell.model.coordination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.groundswell.model.kernel.KeyedRandom;

/**
 * Lays out the ties of a {@link StaffNetwork} and draws their initial dimensions: dense ties within each unit,
 * then the structural cross-unit ties — nurses handing patients over along transfer routes, physicians rounding
 * on several units, union stewards, boundary spanners — then the rewiring of each structural tie, with
 * probability {@code network.rewiring}, to a random pair of people of different units. Every draw is keyed by
 * the identities of the people or units it concerns, not taken in sequence.
 */
final class TieGenerator {

    private static final int D = Dimension.COUNT;
    private static final long WITHIN = 1;
    private static final long HANDOFF = 2;
    private static final long PHYSICIAN = 3;
    private static final long STEWARD = 4;
    private static final long SPANNER = 5;
    private static final long REWIRE = 6;
    private static final long NORM = 7;
    private static final long DIMENSIONS = 8;

    private final StaffNetwork.Layout layout;
    private final long key;
    private final int[][] members;
    private final int[][] handoffMembers;
    private final Set<Long> present = new HashSet<>();
    private final List<long[]> ties = new ArrayList<>();
    // For each node, a bit per unit it already has a cross-unit tie to (units beyond 63 share bits).
    private final long[] reaches;

    TieGenerator(StaffNetwork.Layout layout, long key) {
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

    /**
     * Union stewards: {@code perUnit} on each unit, drawn from its staff; the stewards of each council of
     * {@code councilUnits} consecutive units know one another, and each council's first steward knows the next
     * council's first.
     */
    void stewards(int perUnit, int councilUnits, List<long[]> structural) {
        List<Integer> councilFirsts = new ArrayList<>();
        for (int from = 0; from < handoffMembers.length; from += councilUnits) {
            List<Integer> stewards = new ArrayList<>();
            for (int u = from; u < Math.min(handoffMembers.length, from + councilUnits); u++) {
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
            if (!stewards.isEmpty()) {
                councilFirsts.add(stewards.get(0));
            }
        }
        for (int c = 0; c + 1 < councilFirsts.size(); c++) {
            structural(councilFirsts.get(c), councilFirsts.get(c + 1), structural);
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
            unitNorm[u] = StaffNetwork.clamp(rc.initialRc() + rc.unitSpread() * KeyedRandom.gaussian(KeyedRandom.hash(key, NORM), u));
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
            norm[k] = ua == ub ? unitNorm[ua] : StaffNetwork.clamp((unitNorm[ua] + unitNorm[ub]) / 2 - gap);
            KeyedRandom random = KeyedRandom.of(pairKey(DIMENSIONS, a[k], b[k]));
            double tieLevel = norm[k] + rc.tieSpread() * random.nextGaussian();
            for (int d = 0; d < D; d++) {
                dims[k * D + d] = StaffNetwork.clamp(tieLevel + 0.5 * rc.tieSpread() * random.nextGaussian());
            }
        }
        return new StaffNetwork(layout.nodeUnit().clone(), layout.nodeRole().clone(), a, b, dims, norm, firstAdded);
    }
}
