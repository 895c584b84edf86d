package org.groundswell.experiments.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The runs of a sweep: the design's points turned into parameter values, and for each point, replication and
 * strategy a {@link RunSpec}. Run {@code (point · replications + r) · strategies + s} is strategy s in
 * replication r at the point; replication r has the same seed at every point and under every strategy
 * (common random numbers), and the strategies of a point and replication share one warm-up.
 *
 * <p>A point whose values equal an earlier point's (a random design drawing twice from the same short list)
 * is the same run: it is listed in {@code design.csv} as {@code same_as} the earlier one and not run again.
 */
public final class SweepPlan {

    private final Experiment experiment;
    private final List<List<String>> values;
    private final int[] sameAs;
    private final String digest;

    /**
     * Generates the design's points.
     *
     * @param experiment the validated experiment
     */
    public SweepPlan(Experiment experiment) {
        this.experiment = experiment;
        List<SweptParameter> parameters = experiment.parameters();
        double[][] unit = experiment.design().points(parameters, experiment.seed());
        values = new ArrayList<>(unit.length);
        sameAs = new int[unit.length];
        Map<List<String>, Integer> first = new HashMap<>();
        for (int p = 0; p < unit.length; p++) {
            List<String> point = new ArrayList<>(parameters.size());
            for (int i = 0; i < parameters.size(); i++) {
                point.add(parameters.get(i).valueAt(unit[p][i]));
            }
            List<String> fixed = List.copyOf(point);
            values.add(fixed);
            Integer earlier = first.putIfAbsent(fixed, p);
            sameAs[p] = earlier == null ? -1 : earlier;
        }
        digest = RunIds.digest(experiment.scenario().parameters());
    }

    /** The experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** Design points, duplicates included. */
    public int points() {
        return values.size();
    }

    /** The earlier point that point {@code p} repeats, or −1. */
    public int sameAs(int p) {
        return sameAs[p];
    }

    /** Runs planned: distinct points × strategies × replications. */
    public long runs() {
        long distinct = java.util.Arrays.stream(sameAs).filter(s -> s < 0).count();
        return distinct * experiment.strategies().size() * experiment.replications();
    }

    /** Point {@code p}'s values as text to apply, one per swept parameter. */
    public List<String> values(int p) {
        return values.get(p);
    }

    /** Point {@code p}'s values as {@code design.csv} and {@code runs.csv} show them. */
    public List<String> displayValues(int p) {
        return values.get(p).stream().map(SweptParameter::display).toList();
    }

    /** Point {@code p}'s overrides, {@code PATH=VALUE}. */
    public List<String> overrides(int p) {
        List<SweptParameter> parameters = experiment.parameters();
        List<String> overrides = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            overrides.add(parameters.get(i).path() + "=" + values.get(p).get(i));
        }
        return overrides;
    }

    /**
     * The runs still to do, lazily, in design order.
     *
     * @param done run ids already in {@code runs.csv}, skipped
     * @return the specs
     */
    public Iterator<RunSpec> specs(Set<String> done) {
        HospitalParameters scenario = experiment.scenario().parameters();
        List<String> strategies = experiment.strategies();
        int replications = experiment.replications();
        return new Iterator<>() {
            private int point;
            private int replication;
            private int strategy;
            private List<String> overrides;
            private RunSpec next = advance();

            private RunSpec advance() {
                while (point < values.size()) {
                    if (sameAs[point] >= 0) {
                        point++;
                        continue;
                    }
                    if (overrides == null) {
                        overrides = overrides(point);
                    }
                    int index = (point * replications + replication) * strategies.size() + strategy;
                    RunSpec spec = RunSpec.of(index, point, scenario, digest, overrides, strategies.get(strategy),
                            replication, Seeds.replication(experiment.seed(), replication), false);
                    if (++strategy == strategies.size()) {
                        strategy = 0;
                        if (++replication == replications) {
                            replication = 0;
                            point++;
                            overrides = null;
                        }
                    }
                    if (!done.contains(spec.runId())) {
                        return spec;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RunSpec next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RunSpec spec = next;
                next = advance();
                return spec;
            }
        };
    }
}
