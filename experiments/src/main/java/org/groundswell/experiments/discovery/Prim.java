package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * The Patient Rule Induction Method: boxes in input space where a binary outcome is true far more often than
 * elsewhere, found by peeling and pasting.
 *
 * <p>Friedman, J. H. &amp; Fisher, N. I. (1999). Bump hunting in high-dimensional data. <i>Statistics and
 * Computing</i> 9(2):123–143. As used for scenario discovery by Bryant, B. P. &amp; Lempert, R. J. (2010).
 * Thinking inside the box: a participatory, computer-assisted approach to scenario discovery.
 * <i>Technological Forecasting and Social Change</i> 77(1):34–49; and as the EMA Workbench computes it
 * (Kwakkel 2017, <i>Environmental Modelling &amp; Software</i> 96:239–250).
 *
 * <ol>
 *   <li><b>Peeling.</b> Starting from the box that holds every point, each step considers, for every dimension,
 *       removing the {@code peelAlpha} share of the box's points with the lowest values, or with the highest
 *       (on a dimension with few distinct values, the whole lowest or highest value), and takes the peel with
 *       the largest gain in the box's mean per point removed (the "lenient" objective of the EMA Workbench,
 *       which lets peels of unequal size compete fairly), even when no peel raises the mean — the patience
 *       that gives the method its name. Peeling stops when the box is pure, or when every peel would leave
 *       less than {@code minMass} of all points. The boxes visited
 *       form the <em>peeling trajectory</em>: coverage falls as density rises.</li>
 *   <li><b>Choosing a box</b> (Bryant &amp; Lempert 2010 trade coverage, density and interpretability by
 *       eye): here the box of the trajectory with the highest harmonic mean of coverage and density, the fewer
 *       restrictions on a tie.</li>
 *   <li><b>Pasting.</b> The chosen box is then widened: each step considers adding, on one side of one
 *       dimension, the {@code pasteAlpha} share (at least one point) of the box's size nearest outside it,
 *       and takes the paste that raises the mean most, while one does.</li>
 *   <li><b>Significance and interpretability.</b> Each limit gets a quasi-p-value (Bryant &amp; Lempert 2010,
 *       as the EMA Workbench computes it): with the limit removed the box holds T′ points, H′ of interest;
 *       the quasi-p-value is the one-sided binomial probability of at least H of the box's T points being of
 *       interest if each were with probability H′/T′. A limit whose quasi-p-value is above
 *       {@code significance} does not earn its place; the least significant is dropped, and the test
 *       repeated, until every limit left is significant.</li>
 *   <li><b>Covering.</b> The points of the box are removed and the search repeated on the rest, for up to
 *       {@code maxBoxes} boxes, until no points of interest are left, the search finds no restriction worth
 *       keeping, or the box it finds is no denser than the whole space. Coverage and mass stay shares of all the points.</li>
 * </ol>
 * Pure mathematics on arrays: deterministic, no random numbers.
 */
public final class Prim {

    private static final BinomialTest BINOMIAL = new BinomialTest();

    /**
     * How PRIM searches.
     *
     * @param peelAlpha    share of a box's points each peel removes, in (0, 0.5); 0.05 as Friedman &amp; Fisher
     *                     advise
     * @param pasteAlpha   share of a box's points each paste adds, in (0, 0.5)
     * @param minMass      smallest box, as a share of all points, in (0, 1)
     * @param significance largest quasi-p-value a limit may have to stay, in (0, 1)
     * @param maxBoxes     most boxes to find, at least 1
     */
    public record Settings(double peelAlpha, double pasteAlpha, double minMass, double significance, int maxBoxes) {

        /** The EMA Workbench's defaults (α = 0.05 for peeling and pasting, minimum mass 0.05), 0.05, three boxes. */
        public static final Settings DEFAULT = new Settings(0.05, 0.05, 0.05, 0.05, 3);

        public Settings {
            check("peelAlpha", peelAlpha, 0.5);
            check("pasteAlpha", pasteAlpha, 0.5);
            check("minMass", minMass, 1);
            check("significance", significance, 1);
            if (maxBoxes < 1) {
                throw new IllegalArgumentException("maxBoxes = " + maxBoxes + ": at least 1");
            }
        }

        private static void check(String name, double value, double below) {
            if (!(value > 0 && value < below)) {
                throw new IllegalArgumentException(name + " = " + value + ": a number above 0 and below " + below);
            }
        }
    }

    /**
     * One box PRIM found.
     *
     * @param box        the box after pasting and dropping insignificant limits
     * @param quasiP     per dimension, the quasi-p-values of the box's lower and upper limit; NaN where the box
     *                   does not restrict that end
     * @param trajectory the peeling trajectory this box was chosen from, the unrestricted box first
     * @param chosen     the index in {@code trajectory} of the box that was chosen, before pasting
     */
    public record Found(PrimBox box, double[][] quasiP, List<PrimBox> trajectory, int chosen) {

        public Found {
            trajectory = List.copyOf(trajectory);
        }
    }

    /**
     * What PRIM found.
     *
     * @param points     all points
     * @param ofInterest the points of interest
     * @param boxes      the boxes, in the order found; empty when no point is of interest. A first box that
     *                   restricts nothing means no region stands out: the outcome is as likely anywhere
     */
    public record Result(int points, int ofInterest, List<Found> boxes) {

        public Result {
            boxes = List.copyOf(boxes);
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final Settings settings;
    private final int interest;

    private Prim(double[][] x, boolean[] y, Settings settings) {
        this.x = x;
        this.y = y;
        this.settings = settings;
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        interest = n;
    }

    /**
     * Finds the boxes where {@code y} is true.
     *
     * @param x        the points, a row per point and a column per dimension, finite
     * @param y        for each point, whether it is of interest
     * @param settings how to search
     * @return the boxes
     * @throws IllegalArgumentException if there are no points, rows differ in length, a value is not finite, or
     *                                  {@code y} is not one per point
     */
    public static Result find(double[][] x, boolean[] y, Settings settings) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("x and y: one row and one outcome per point, at least one point");
        }
        int k = x[0].length;
        for (double[] row : x) {
            if (row.length != k) {
                throw new IllegalArgumentException("x: every row has " + k + " columns");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("x: every value finite, not " + v);
                }
            }
        }
        Prim prim = new Prim(x, y, settings);
        List<Found> boxes = new ArrayList<>();
        if (prim.interest == 0) {
            return new Result(x.length, 0, boxes);
        }
        int[] pool = all(x.length);
        while (boxes.size() < settings.maxBoxes()) {
            Found found = prim.search(pool);
            if (!boxes.isEmpty() && (found.box().restrictions() == 0
                    || found.box().density() <= (double) prim.interest / x.length)) {
                break;
            }
            boxes.add(found);
            if (found.box().restrictions() == 0) {
                break;
            }
            pool = prim.outside(pool, found.box());
            if (prim.count(pool) == 0) {
                break;
            }
        }
        return new Result(x.length, prim.interest, boxes);
    }

    /** One box from the points of {@code pool}. */
    private Found search(int[] pool) {
        double[][] limits = PrimBox.unrestricted(x[0].length);
        List<PrimBox> trajectory = new ArrayList<>();
        int[] in = pool;
        trajectory.add(box(limits, in));
        while (true) {
            Peel peel = bestPeel(limits, in);
            if (peel == null) {
                break;
            }
            limits = peel.limits();
            in = peel.in();
            trajectory.add(box(limits, in));
            if (count(in) == in.length) {
                break;
            }
        }
        int chosen = choose(trajectory);
        PrimBox start = trajectory.get(chosen);
        double[][] pasted = paste(new double[][] {start.lower(), start.upper()}, pool);
        double[][] kept = dropInsignificant(pasted, pool);
        PrimBox box = box(kept, inside(pool, kept));
        return new Found(box, quasiP(kept, pool), trajectory, chosen);
    }

    /**
     * The box of the trajectory with the highest harmonic mean of coverage and density; on a tie, the one with
     * fewer restrictions, then the first.
     */
    static int choose(List<PrimBox> trajectory) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trajectory.size(); i++) {
            PrimBox b = trajectory.get(i);
            double score = b.coverage() + b.density() == 0 ? 0
                    : 2 * b.coverage() * b.density() / (b.coverage() + b.density());
            if (score > bestScore + 1e-12 || Math.abs(score - bestScore) <= 1e-12
                    && b.restrictions() < trajectory.get(best).restrictions()) {
                best = i;
                bestScore = Math.max(score, bestScore);
            }
        }
        return best;
    }

    private record Peel(double[][] limits, int[] in) {
    }

    /**
     * The peel with the largest gain in mean per point removed, even if that gain is negative (the patience of
     * the method: a peel that lowers the mean can open the way to a better box); null if every peel would leave
     * less than the minimum mass.
     */
    private Peel bestPeel(double[][] limits, int[] in) {
        double mean = (double) count(in) / in.length;
        int smallest = (int) Math.ceil(settings.minMass() * x.length);
        Peel best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < x[0].length; j++) {
            double[] values = column(in, j);
            Arrays.sort(values);
            int m = values.length;
            if (values[0] == values[m - 1]) {
                continue;
            }
            int cut = (int) Math.floor(settings.peelAlpha() * m);
            for (int side = 0; side < 2; side++) {
                double limit;
                if (side == 0) {
                    limit = values[cut] > values[0] ? values[cut] : nextAbove(values, values[0]);
                } else {
                    limit = values[m - 1 - cut] < values[m - 1] ? values[m - 1 - cut] : nextBelow(values, values[m - 1]);
                }
                double[][] candidate = {limits[0].clone(), limits[1].clone()};
                candidate[side][j] = limit;
                int[] kept = inside(in, candidate);
                if (kept.length < smallest || kept.length == in.length || kept.length == 0) {
                    continue;
                }
                double gain = ((double) count(kept) / kept.length - mean) / (in.length - kept.length);
                if (gain > bestGain + 1e-15) {
                    bestGain = gain;
                    best = new Peel(candidate, kept);
                }
            }
        }
        return best;
    }

    /** Widens the box while some paste raises its mean. */
    private double[][] paste(double[][] limits, int[] pool) {
        int[] in = inside(pool, limits);
        while (true) {
            double mean = (double) count(in) / in.length;
            double[][] best = null;
            int[] bestIn = null;
            double bestMean = mean;
            int step = Math.max(1, (int) Math.ceil(settings.pasteAlpha() * in.length));
            for (int j = 0; j < x[0].length; j++) {
                for (int side = 0; side < 2; side++) {
                    double[][] candidate = widen(limits, pool, j, side, step);
                    if (candidate == null) {
                        continue;
                    }
                    int[] now = inside(pool, candidate);
                    double m = (double) count(now) / now.length;
                    if (m > bestMean + 1e-12) {
                        bestMean = m;
                        best = candidate;
                        bestIn = now;
                    }
                }
            }
            if (best == null) {
                return limits;
            }
            limits = best;
            in = bestIn;
        }
    }

    /**
     * The box with the {@code step} points of the pool nearest outside limit {@code side} of dimension {@code j}
     * (and inside on every other dimension) added, ties included; null if there are none. A limit that takes
     * in every such point becomes unrestricted.
     */
    private double[][] widen(double[][] limits, int[] pool, int j, int side, int step) {
        List<Double> outside = new ArrayList<>();
        for (int i : pool) {
            double v = x[i][j];
            boolean beyond = side == 0 ? v < limits[0][j] : v > limits[1][j];
            if (beyond && insideExcept(x[i], limits, j)) {
                outside.add(v);
            }
        }
        if (outside.isEmpty()) {
            return null;
        }
        double[] sorted = outside.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[][] candidate = {limits[0].clone(), limits[1].clone()};
        if (step >= sorted.length) {
            candidate[side][j] = side == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            candidate[side][j] = side == 0 ? sorted[sorted.length - step] : sorted[step - 1];
        }
        return candidate;
    }

    /** Removes the least significant limit while any has a quasi-p-value above the significance level. */
    private double[][] dropInsignificant(double[][] limits, int[] pool) {
        while (true) {
            double[][] qp = quasiP(limits, pool);
            int worstDimension = -1;
            int worstSide = -1;
            double worst = settings.significance();
            for (int j = 0; j < qp.length; j++) {
                for (int side = 0; side < 2; side++) {
                    if (qp[j][side] > worst) {
                        worst = qp[j][side];
                        worstDimension = j;
                        worstSide = side;
                    }
                }
            }
            if (worstDimension < 0) {
                return limits;
            }
            limits = new double[][] {limits[0].clone(), limits[1].clone()};
            limits[worstSide][worstDimension] = worstSide == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * The quasi-p-value of each limit of the box over the points of {@code pool}: [dimension][0 lower, 1 upper],
     * NaN where unrestricted.
     */
    double[][] quasiP(double[][] limits, int[] pool) {
        int[] in = inside(pool, limits);
        int hits = count(in);
        double[][] qp = new double[x[0].length][2];
        for (int j = 0; j < qp.length; j++) {
            for (int side = 0; side < 2; side++) {
                double unlimited = side == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                if (limits[side][j] == unlimited || in.length == 0) {
                    qp[j][side] = Double.NaN;
                    continue;
                }
                double[][] without = {limits[0].clone(), limits[1].clone()};
                without[side][j] = unlimited;
                int[] wider = inside(pool, without);
                double p = (double) count(wider) / wider.length;
                qp[j][side] = BINOMIAL.binomialTest(in.length, hits, p, AlternativeHypothesis.GREATER_THAN);
            }
        }
        return qp;
    }

    /**
     * The quasi-p-values of a box's limits over all the points, as {@link #find} reports them for its first box.
     *
     * @param x   the points
     * @param y   whether each is of interest
     * @param box the box
     * @return [dimension][0 lower, 1 upper], NaN where the box does not restrict
     */
    public static double[][] quasiP(double[][] x, boolean[] y, PrimBox box) {
        return new Prim(x, y, Settings.DEFAULT).quasiP(new double[][] {box.lower(), box.upper()}, all(x.length));
    }

    private PrimBox box(double[][] limits, int[] in) {
        int hits = count(in);
        return new PrimBox(limits[0], limits[1], in.length, hits, (double) hits / interest,
                in.length == 0 ? 0 : (double) hits / in.length, (double) in.length / x.length);
    }

    private int[] inside(int[] from, double[][] limits) {
        return Arrays.stream(from).filter(i -> insideExcept(x[i], limits, -1)).toArray();
    }

    private int[] outside(int[] from, PrimBox box) {
        return Arrays.stream(from).filter(i -> !box.contains(x[i])).toArray();
    }

    private static boolean insideExcept(double[] point, double[][] limits, int except) {
        for (int j = 0; j < point.length; j++) {
            if (j != except && (point[j] < limits[0][j] || point[j] > limits[1][j])) {
                return false;
            }
        }
        return true;
    }

    private int count(int[] in) {
        int n = 0;
        for (int i : in) {
            n += y[i] ? 1 : 0;
        }
        return n;
    }

    private double[] column(int[] in, int j) {
        double[] v = new double[in.length];
        for (int r = 0; r < in.length; r++) {
            v[r] = x[in[r]][j];
        }
        return v;
    }

    private static double nextAbove(double[] sorted, double value) {
        for (double v : sorted) {
            if (v > value) {
                return v;
            }
        }
        return value;
    }

    private static double nextBelow(double[] sorted, double value) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < value) {
                return sorted[i];
            }
        }
        return value;
    }

    private static int[] all(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }
}
