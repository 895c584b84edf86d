package org.groundswell.experiments.sweep;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Experiment;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.experiments.execution.Seeds;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The runs of a sweep: for each of the design's points, replication and strategy a {@link RunSpec}. Run
 * {@code (point · replications + r) · strategies + s} is strategy s in replication r at the point; replication r
 * has the same seed at every point and under every strategy (common random numbers), and the strategies of a
 * point and replication share one warm-up. A point that repeats an earlier one ({@link DesignPoints#sameAs}) is
 * the same run and is not run again.
 */
public final class SweepPlan {

    private final Experiment experiment;
    private final DesignPoints points;
    private final String digest;

    /**
     * Generates the design's points.
     *
     * @param experiment the validated experiment
     */
    public SweepPlan(Experiment experiment) {
        this.experiment = experiment;
        this.points = new DesignPoints(experiment);
        digest = RunIds.digest(experiment.scenario().parameters());
    }

    /** The experiment. */
    public Experiment experiment() {
        return experiment;
    }

    /** The design's points, as parameter values. */
    public DesignPoints points() {
        return points;
    }

    /** Runs planned: distinct points × strategies × replications. */
    public long runs() {
        return points.distinct() * experiment.strategies().size() * experiment.replications();
    }

    /** Point {@code p}'s overrides, {@code PATH=VALUE}. */
    public List<String> overrides(int p) {
        List<SweptParameter> parameters = experiment.parameters();
        List<String> overrides = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            overrides.add(parameters.get(i).path() + "=" + points.values(p).get(i));
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
                while (point < points.size()) {
                    if (points.sameAs(point) >= 0) {
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
