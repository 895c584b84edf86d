package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.execution.RunIds;
import org.groundswell.experiments.execution.RunResult;
import org.groundswell.experiments.execution.RunSpec;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * Simulates proposals with the hospital model on a {@link Backend} — this machine's cores or a Spark cluster,
 * the same runs either way. Each proposal becomes {@code replications} runs of the calibration's scenario with
 * the proposal's parameters set, on the seeds {@link ParticleSeeds#run} gives; once all of a proposal's runs
 * are in, each target's metric is averaged over them. A proposal whose runs fail (parameters that do not fit
 * together, say) is a failed simulation, which the calibration rejects.
 */
final class ModelSimulator implements Simulator {

    private final Calibration calibration;
    private final Backend backend;
    private final ParticleSeeds seeds;
    private final Progress progress;
    private final HospitalParameters scenario;
    private final String digest;

    ModelSimulator(Calibration calibration, Backend backend, Progress progress) {
        this.calibration = calibration;
        this.backend = backend;
        this.seeds = new ParticleSeeds(calibration.seed());
        this.progress = progress;
        this.scenario = calibration.scenario().parameters();
        this.digest = RunIds.digest(scenario);
    }

    /** The runs of one batch, proposal by proposal, replication by replication. */
    List<RunSpec> specs(List<Proposal> proposals) {
        int replications = calibration.budget().replications();
        List<RunSpec> specs = new ArrayList<>(proposals.size() * replications);
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            List<String> overrides = new ArrayList<>();
            for (int i = 0; i < calibration.parameters().size(); i++) {
                overrides.add(calibration.parameters().get(i).setting(p.value(i)));
            }
            for (int r = 0; r < replications; r++) {
                specs.add(RunSpec.of(k * replications + r, k, scenario, digest, overrides, scenario.strategy(), r,
                        seeds.run(p.generation(), p.attempt(), r), false));
            }
        }
        return specs;
    }

    @Override
    public void simulate(List<Proposal> proposals, Sink done) throws IOException, InterruptedException {
        int replications = calibration.budget().replications();
        Map<Integer, List<RunResult>> pending = new HashMap<>();
        backend.run(specs(proposals).iterator(), result -> {
            progress.step(result.failed());
            List<RunResult> runs = pending.computeIfAbsent(result.spec().point(), k -> new ArrayList<>());
            runs.add(result);
            if (runs.size() == replications) {
                pending.remove(result.spec().point());
                done.accept(summarise(proposals.get(result.spec().point()), runs));
            }
        });
    }

    private Simulation summarise(Proposal proposal, List<RunResult> runs) {
        runs.sort(java.util.Comparator.comparingInt(r -> r.spec().replication()));
        for (RunResult r : runs) {
            if (r.failed()) {
                return Simulation.failed(proposal, r.error());
            }
        }
        List<Target> targets = calibration.targets();
        double[] means = new double[targets.size()];
        for (int j = 0; j < means.length; j++) {
            double sum = 0;
            for (RunResult r : runs) {
                sum += r.metric(targets.get(j).metric().name());
            }
            means[j] = sum / runs.size();
        }
        return new Simulation(proposal, means, null);
    }
}
