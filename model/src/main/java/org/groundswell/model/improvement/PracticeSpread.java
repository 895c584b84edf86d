package org.groundswell.model.improvement;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * How a practice that works on one unit spreads to another: as stories along the staff's ties, adopted by
 * complex contagion (Centola &amp; Macy 2007: adoption needs exposure from several sources; Carlson 2008:
 * spread by networks, not cookie cutters). Once a week every unit hears the stories of the practices that
 * work on other units and that those units own: each tie between the two units carries the story with weight
 * (trust = the tie's RC rescaled to 0–1) × (result = the practice's effect), and, where results are
 * documented and broadcast, every unit also hears each story with a broadcast weight × result.
 *
 * <p>A practice is adoptable by a unit whose exposure to it reaches the adoption threshold, whose staff see
 * a problem of its type, which has no working practice for it and no team on it, and whose source still
 * works. The unit that adopts adapts the practice of the unit whose story reached it most.
 */
public final class PracticeSpread implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ProblemType[] TYPES = ProblemType.values();

    private final double[][] exposure;
    private final int[][] source;

    /** No stories heard yet, on {@code units} units. */
    public PracticeSpread(int units) {
        exposure = new double[units][TYPES.length];
        source = new int[units][TYPES.length];
        for (int[] row : source) {
            Arrays.fill(row, -1);
        }
    }

    /**
     * A week's stories: each unit's exposure to each type's practice is computed afresh from the ties
     * ({@code trust}, as the coordination scores it) and the broadcast.
     *
     * @param broadcast weight with which every unit hears every story besides its ties (0: none)
     */
    public void hear(Practices practices, double[][] trust, double broadcast) {
        int units = exposure.length;
        double[][] result = new double[units][TYPES.length];
        for (int a = 0; a < units; a++) {
            for (ProblemType t : TYPES) {
                Practice p = practices.get(a, t);
                if (p != null && p.owned() && practices.working(a, t)) {
                    result[a][t.ordinal()] = p.effect();
                }
            }
        }
        // The units that tell each type's story, in unit order: few units have a working practice of their own,
        // so each hearer sums over them rather than over every unit (the same additions, in the same order).
        int[][] tellers = new int[TYPES.length][];
        for (ProblemType t : TYPES) {
            int[] list = new int[units];
            int n = 0;
            for (int a = 0; a < units; a++) {
                if (result[a][t.ordinal()] > 0) {
                    list[n++] = a;
                }
            }
            tellers[t.ordinal()] = Arrays.copyOf(list, n);
        }
        for (int b = 0; b < units; b++) {
            for (ProblemType t : TYPES) {
                double sum = 0;
                int from = -1;
                double strongest = 0;
                for (int a : tellers[t.ordinal()]) {
                    if (a == b) {
                        continue;
                    }
                    double reach = (trust[a][b] + broadcast) * result[a][t.ordinal()];
                    sum += reach;
                    if (reach > strongest) {
                        strongest = reach;
                        from = a;
                    }
                }
                exposure[b][t.ordinal()] = sum;
                source[b][t.ordinal()] = from;
            }
        }
    }

    /**
     * The type whose practice unit {@code u} would adopt now: the one it is most exposed to, at least
     * {@code threshold}, whose problems its staff see, for which it has no working practice and is not
     * {@code busy} with a team, and whose source still works; or null.
     */
    public ProblemType adoptable(int u, double threshold, Practices practices, List<Problem> problems,
                                 BiPredicate<Integer, ProblemType> busy) {
        ProblemType best = null;
        for (ProblemType t : TYPES) {
            double e = exposure[u][t.ordinal()];
            int from = source[u][t.ordinal()];
            if (e < threshold || (best != null && e <= exposure[u][best.ordinal()])
                    || from < 0 || !practices.working(from, t) || practices.working(u, t)
                    || busy.test(u, t) || !Problem.seenOn(problems, u, t)) {
                continue;
            }
            best = t;
        }
        return best;
    }

    /** The unit whose story of {@code type}'s practice reached unit {@code u} most at the last hearing, or -1. */
    public int source(int u, ProblemType type) {
        return source[u][type.ordinal()];
    }
}
