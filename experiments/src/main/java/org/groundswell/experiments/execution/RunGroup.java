package org.groundswell.experiments.execution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.groundswell.model.Run;
import org.groundswell.model.Simulation;
import org.groundswell.model.Snapshot;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;

/**
 * Runs specs that differ only in their strategy from one warm-up: warm up once, branch many. The first spec's
 * hospital runs its warm-up and is {@linkplain Run#snapshot frozen} once; each spec then gets a
 * {@linkplain Snapshot#branch copy} of it that goes on under its own strategy. Since no strategy acts
 * during the warm-up and a branch is a full copy of the run's state (random streams included), every result is
 * the one a separate run from day −warmupDays would give; a test checks it byte for byte. A group of one spec
 * runs without the copy.
 *
 * <p>Any backend can use this: it is the unit of work, and touches nothing but its arguments.
 */
public final class RunGroup {

    private RunGroup() {
    }

    /**
     * Runs {@code group}, every spec sharing a warm-up with the first.
     *
     * @param group one or more specs, in the order their results should come back
     * @return a result per spec, in the same order; a spec that failed has its error
     * @throws IllegalArgumentException if the group is empty or a spec cannot share the first's warm-up
     */
    public static List<RunResult> run(List<RunSpec> group) {
        if (group.isEmpty()) {
            throw new IllegalArgumentException("an empty group of runs");
        }
        RunSpec first = group.get(0);
        for (RunSpec spec : group) {
            if (!spec.sharesWarmUpWith(first)) {
                throw new IllegalArgumentException("run " + spec.runId() + " cannot share the warm-up of run "
                        + first.runId());
            }
        }
        List<RunResult> results = new ArrayList<>(group.size());
        HospitalParameters parameters;
        try {
            parameters = first.parameters();
        } catch (ScenarioException | RuntimeException e) {
            group.forEach(spec -> results.add(RunResult.failed(spec, e)));
            return results;
        }
        if (group.size() == 1) {
            results.add(runAlone(first, parameters));
            return results;
        }
        Snapshot warm;
        try {
            Run run = Simulation.start(parameters, false);
            run.warmUp();
            warm = run.snapshot();
        } catch (RuntimeException e) {
            group.forEach(spec -> results.add(RunResult.failed(spec, e)));
            return results;
        }
        for (RunSpec spec : group) {
            try {
                Run run = warm.branch(spec.strategy());
                DaySeries.Recorder recorder = spec.recordDays() ? new DaySeries.Recorder() : null;
                if (recorder != null) {
                    run.addListener(recorder);
                }
                run.runToEnd();
                results.add(RunResult.of(spec, run.summary(), recorder == null ? null : recorder.series()));
            } catch (RuntimeException e) {
                results.add(RunResult.failed(spec, e));
            }
        }
        return results;
    }

    private static RunResult runAlone(RunSpec spec, HospitalParameters parameters) {
        try {
            Run run = Simulation.start(parameters, false);
            DaySeries.Recorder recorder = spec.recordDays() ? new DaySeries.Recorder() : null;
            if (recorder != null) {
                run.addListener(recorder);
            }
            run.runToEnd();
            return RunResult.of(spec, run.summary(), recorder == null ? null : recorder.series());
        } catch (RuntimeException e) {
            return RunResult.failed(spec, e);
        }
    }

    /**
     * Cuts a stream of specs into groups of consecutive specs that share a warm-up, lazily: an experiment
     * that lists the strategies of a replication one after another gets one warm-up per replication.
     *
     * @param specs specs in design order
     * @return the groups, in the same order
     */
    public static Iterator<List<RunSpec>> groups(Iterator<RunSpec> specs) {
        return new Iterator<>() {
            private RunSpec pending = specs.hasNext() ? specs.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public List<RunSpec> next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                List<RunSpec> group = new ArrayList<>();
                group.add(pending);
                pending = null;
                while (specs.hasNext()) {
                    RunSpec spec = specs.next();
                    if (spec.sharesWarmUpWith(group.get(0))) {
                        group.add(spec);
                    } else {
                        pending = spec;
                        break;
                    }
                }
                return group;
            }
        };
    }
}
