package org.groundswell.experiments.discovery;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.Objective;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.design.Rule;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.sensitivity.OutcomeValues;
import org.groundswell.model.metrics.Metric;

/**
 * Scenario discovery of a finished sweep, from its {@code runs.csv}:
 * <ul>
 *   <li>for each rule, each distinct design point classified over its replications — the rule holds there when
 *       the mean of the paired differences is on its side of zero — and {@link Prim} on those classes;</li>
 *   <li>for each rule's metric, each metric of the objective, and the objective itself, the strategies' regret
 *       over the points ({@link Robustness});</li>
 *   <li>a policy map over the first two swept parameters: which strategy does best at each point, on the
 *       objective (the first rule's metric without one), and in what share of the replications.</li>
 * </ul>
 * The paired differences come from runs on the same seed (common random numbers), so each is a strategy's
 * effect at that point and replication, not chance.
 */
public final class DiscoveryAnalysis {

    /**
     * One outcome of robust choice.
     *
     * @param name           the metric's name, or {@code objective}
     * @param metric         the metric; null for the objective
     * @param higherIsBetter whether more is better
     * @param result         the regret table
     */
    public record RobustOutcome(String name, Metric metric, boolean higherIsBetter, Robustness.Result result) {
    }

    /**
     * The policy map.
     *
     * @param x       index of the parameter across
     * @param y       index of the parameter up
     * @param outcome what "best" is judged on: {@code objective} or a metric's name
     * @param points  the distinct points with a winner
     * @param winner  at each, the index of the best strategy
     * @param share   at each, the share of replications in which that strategy was best
     */
    public record PolicyMap(int x, int y, String outcome, int[] points, int[] winner, double[] share) {
    }

    /**
     * Everything scenario discovery found.
     *
     * @param experiment the experiment
     * @param rules      per rule, in the file's order
     * @param robustness per outcome: each rule's metric, each metric of the objective, then the objective
     * @param map        the policy map; null with fewer than two swept parameters
     */
    public record Discovery(Experiment experiment, List<RuleDiscovery> rules, List<RobustOutcome> robustness,
                            PolicyMap map) {

        public Discovery {
            rules = List.copyOf(rules);
            robustness = List.copyOf(robustness);
        }
    }

    private DiscoveryAnalysis() {
    }

    /**
     * Analyses the sweep.
     *
     * @param designPoints the sweep's design points
     * @param header       the columns of {@code runs.csv}
     * @param rows         its rows
     * @param settings     how PRIM searches
     * @return what it found; null when the experiment does not ask for scenario discovery
     */
    public static Discovery analyse(DesignPoints designPoints, List<String> header, List<List<String>> rows,
                                    Prim.Settings settings) {
        Experiment experiment = designPoints.experiment();
        if (experiment.analysis() != Analysis.DISCOVERY) {
            return null;
        }
        OutcomeValues values = OutcomeValues.of(designPoints, header, rows);
        List<RuleDiscovery> rules = new ArrayList<>();
        for (Rule rule : experiment.rules()) {
            rules.add(discover(designPoints, rule, values, settings));
        }
        List<RobustOutcome> robust = new ArrayList<>();
        List<Metric> seen = new ArrayList<>();
        for (Rule rule : experiment.rules()) {
            if (!seen.contains(rule.metric())) {
                seen.add(rule.metric());
                robust.add(robust(designPoints, rule.metric().name(), rule.metric(), rule.higherIsBetter(),
                        perStrategy(designPoints, values, rule.metric())));
            }
        }
        Objective objective = experiment.objective();
        for (Objective.Term t : objective.terms()) {
            if (!seen.contains(t.metric())) {
                seen.add(t.metric());
                robust.add(robust(designPoints, t.metric().name(), t.metric(), t.weight() > 0,
                        perStrategy(designPoints, values, t.metric())));
            }
        }
        double[][][] judged = objective.isEmpty() ? perStrategy(designPoints, values, experiment.rules().get(0).metric())
                : objectiveValues(designPoints, values, objective);
        boolean higher = objective.isEmpty() ? experiment.rules().get(0).higherIsBetter() : true;
        String judgedOn = objective.isEmpty() ? experiment.rules().get(0).metric().name() : "objective";
        if (!objective.isEmpty()) {
            robust.add(robust(designPoints, "objective", null, true, judged));
        }
        PolicyMap map = experiment.parameters().size() < 2 ? null : map(designPoints, judged, higher, judgedOn);
        return new Discovery(experiment, rules, robust, map);
    }

    private static RuleDiscovery discover(DesignPoints designPoints, Rule rule, OutcomeValues values,
                                          Prim.Settings settings) {
        double[][] d = values.values(Outcome.contrast(rule.metric(), rule.strategy(), rule.beats()));
        List<SweptParameter> parameters = designPoints.experiment().parameters();
        List<Integer> kept = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        int missing = 0;
        for (int p = 0; p < d.length; p++) {
            if (designPoints.sameAs(p) >= 0) {
                continue;
            }
            double sum = 0;
            int n = 0;
            int held = 0;
            for (double v : d[p]) {
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                    held += rule.holds(v) ? 1 : 0;
                }
            }
            if (n == 0) {
                missing++;
                continue;
            }
            kept.add(p);
            means.add(sum / n);
            shares.add((double) held / n);
        }
        int[] points = kept.stream().mapToInt(Integer::intValue).toArray();
        double[][] x = new double[points.length][];
        double[] difference = new double[points.length];
        double[] share = new double[points.length];
        boolean[] holds = new boolean[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = coordinates(designPoints, points[i]);
            difference[i] = means.get(i);
            share[i] = shares.get(i);
            holds[i] = rule.holds(difference[i]);
        }
        Prim.Result prim = points.length == 0 ? new Prim.Result(0, 0, List.of()) : Prim.find(x, holds, settings);
        return new RuleDiscovery(rule, parameters, points, x, difference, share, holds, missing, prim);
    }

    /** A point's values as PRIM's coordinates: a number as itself, a listed value that is not one by its position. */
    static double[] coordinates(DesignPoints designPoints, int p) {
        List<SweptParameter> parameters = designPoints.experiment().parameters();
        double[] x = new double[parameters.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = coordinate(parameters.get(j), designPoints.values(p).get(j));
        }
        return x;
    }

    static double coordinate(SweptParameter parameter, String value) {
        if (parameter instanceof SweptParameter.Choice c && !c.values().stream().allMatch(v -> v.isNumber())) {
            for (int i = 0; i < c.values().size(); i++) {
                if (SweptParameter.text(c.values().get(i)).equals(value)) {
                    return i;
                }
            }
            throw new IllegalStateException(value + " is not one of " + parameter.path() + "'s values");
        }
        return Double.parseDouble(value);
    }

    /** [point][replication][strategy] the metric. */
    private static double[][][] perStrategy(DesignPoints designPoints, OutcomeValues values, Metric metric) {
        List<String> strategies = designPoints.experiment().strategies();
        double[][][] v = new double[designPoints.size()][designPoints.experiment().replications()][strategies.size()];
        for (int s = 0; s < strategies.size(); s++) {
            double[][] m = values.values(Outcome.of(metric, strategies.get(s)));
            for (int p = 0; p < m.length; p++) {
                for (int r = 0; r < m[p].length; r++) {
                    v[p][r][s] = m[p][r];
                }
            }
        }
        return v;
    }

    /** [point][replication][strategy] the objective: NaN where a metric of it is missing. */
    private static double[][][] objectiveValues(DesignPoints designPoints, OutcomeValues values, Objective objective) {
        double[][][] sum = null;
        for (Objective.Term t : objective.terms()) {
            double[][][] m = perStrategy(designPoints, values, t.metric());
            if (sum == null) {
                sum = new double[m.length][m[0].length][m[0][0].length];
            }
            for (int p = 0; p < m.length; p++) {
                for (int r = 0; r < m[p].length; r++) {
                    for (int s = 0; s < m[p][r].length; s++) {
                        sum[p][r][s] += t.weight() * m[p][r][s];
                    }
                }
            }
        }
        return sum;
    }

    private static RobustOutcome robust(DesignPoints designPoints, String name, Metric metric, boolean higher,
                                        double[][][] v) {
        List<double[]> table = new ArrayList<>();
        for (int p = 0; p < v.length; p++) {
            if (designPoints.sameAs(p) < 0) {
                table.add(meanOverReplications(v[p]));
            }
        }
        return new RobustOutcome(name, metric, higher, Robustness.of(table.toArray(double[][]::new), higher));
    }

    /** Per strategy, the mean over the replications with a value; NaN if none. */
    private static double[] meanOverReplications(double[][] byReplication) {
        int strategies = byReplication.length == 0 ? 0 : byReplication[0].length;
        double[] mean = new double[strategies];
        for (int s = 0; s < strategies; s++) {
            double sum = 0;
            int n = 0;
            for (double[] r : byReplication) {
                if (Double.isFinite(r[s])) {
                    sum += r[s];
                    n++;
                }
            }
            mean[s] = n == 0 ? Double.NaN : sum / n;
        }
        return mean;
    }

    private static PolicyMap map(DesignPoints designPoints, double[][][] v, boolean higher, String outcome) {
        List<int[]> found = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int p = 0; p < v.length; p++) {
            if (designPoints.sameAs(p) >= 0) {
                continue;
            }
            double[] mean = meanOverReplications(v[p]);
            int best = -1;
            for (int s = 0; s < mean.length; s++) {
                if (Double.isFinite(mean[s]) && (best < 0 || (higher ? mean[s] > mean[best] : mean[s] < mean[best]))) {
                    best = s;
                }
            }
            if (best < 0) {
                continue;
            }
            int won = 0;
            int n = 0;
            for (double[] r : v[p]) {
                boolean complete = true;
                for (double value : r) {
                    complete &= Double.isFinite(value);
                }
                if (!complete) {
                    continue;
                }
                n++;
                boolean isBest = true;
                for (double value : r) {
                    isBest &= higher ? r[best] >= value : r[best] <= value;
                }
                won += isBest ? 1 : 0;
            }
            found.add(new int[] {p, best});
            shares.add(n == 0 ? Double.NaN : (double) won / n);
        }
        return new PolicyMap(0, 1, outcome, found.stream().mapToInt(a -> a[0]).toArray(),
                found.stream().mapToInt(a -> a[1]).toArray(), shares.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
