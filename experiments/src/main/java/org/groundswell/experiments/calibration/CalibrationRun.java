package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.experiments.execution.Backend;
import org.groundswell.experiments.execution.Progress;
import org.groundswell.experiments.output.OutputDirectory;
import org.groundswell.experiments.output.OutputExistsException;
import org.groundswell.experiments.output.RunsMetadata;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.scenarios.ScenarioException;

/**
 * {@code groundswell calibrate}: runs a calibration on a backend into an output directory, resumable as a
 * sweep is. The directory first appears (atomically) with {@code calibration.yaml} (the file as given),
 * {@code metadata.json} (the build, as {@link RunsMetadata} writes it for sweeps, and what is calibrated) and the
 * header of {@code particles.csv}; every simulation is appended to {@code particles.csv} as it finishes; when
 * the calibration is done, {@code particles.csv} is sorted and {@link CalibrationFiles}, the charts
 * ({@link PosteriorCharts}, into {@code charts/}) and {@code report.html} are written. Interrupted at any
 * point and run again with resume, it replays from the start, runs only the simulations missing from
 * {@code particles.csv}, and ends with the files of a calibration that was never interrupted.
 */
public final class CalibrationRun {

    /** The copy of the calibration file. */
    public static final String COPY = "calibration.yaml";
    /** The charts folder. */
    public static final String CHARTS = "charts";

    private CalibrationRun() {
    }

    /**
     * What a calibration did.
     *
     * @param directory the output directory
     * @param files     the files written, relative to it
     * @param result    the posterior and its generations
     * @param resumed   the simulations that were already in {@code particles.csv}
     */
    public record Outcome(Path directory, List<String> files, AbcSmc.Result result, int resumed) {
    }

    /**
     * Runs the calibration.
     *
     * @param calibration the calibration, with its budget as overridden
     * @param text        the calibration file's text
     * @param reproduce   the command line that reruns it, for the report
     * @param backend     where the model runs
     * @param progress    told of every model run
     * @param listener    told as each generation starts
     * @param target      the output directory
     * @param replace     whether an existing directory may be replaced
     * @param resume      whether to go on with the calibration in {@code target}
     * @throws OutputExistsException if {@code target} is in the way, or holds nothing (or another calibration) to resume
     * @throws ScenarioException     if the posterior means do not make a valid scenario
     */
    public static Outcome run(Calibration calibration, String text, String reproduce, Backend backend,
                              Progress progress, AbcSmc.Listener listener, Path target, boolean replace, boolean resume)
            throws IOException, InterruptedException, ScenarioException {
        Path dir = target.toAbsolutePath().normalize();
        Path particles = dir.resolve(ParticlesFile.FILE);
        if (resume) {
            checkResumable(dir);
            CalibrationFiles.replace(dir.resolve(COPY), text);
            Path metadata = dir.resolve(RunsMetadata.FILE);
            CalibrationFiles.replace(metadata, metadata(calibration, reproduce, RunsMetadata.read(metadata)));
        } else {
            try (OutputDirectory out = OutputDirectory.create(dir, replace)) {
                Files.writeString(out.path().resolve(COPY), text, StandardCharsets.UTF_8);
                Files.writeString(out.path().resolve(RunsMetadata.FILE),
                        metadata(calibration, reproduce, Optional.empty()), StandardCharsets.UTF_8);
                ParticlesFile.create(out.path().resolve(ParticlesFile.FILE), ParticlesFile.header(calibration));
                out.commit();
            }
        }
        AbcSmc.Result result;
        int resumed;
        try (ParticlesFile journal = ParticlesFile.resume(particles, calibration)) {
            resumed = journal.kept();
            result = calibration.engine().run(new ModelSimulator(calibration, backend, progress), journal, listener);
        }
        progress.close();
        ParticlesFile.sort(particles);
        List<String> files = new ArrayList<>(List.of(COPY, RunsMetadata.FILE, ParticlesFile.FILE));
        Population posterior = result.posterior();
        CalibrationFiles.replace(dir.resolve(CalibrationFiles.POSTERIOR),
                CalibrationFiles.posterior(calibration, posterior));
        CalibrationFiles.replace(dir.resolve(CalibrationFiles.GENERATIONS),
                CalibrationFiles.generations(result.generations()));
        CalibrationFiles.replace(dir.resolve(CalibrationFiles.PREDICTIVE),
                CalibrationFiles.predictive(calibration, result.predictive()));
        CalibrationFiles.replace(dir.resolve(CalibrationFiles.CALIBRATED),
                CalibrationFiles.calibratedYaml(calibration, posterior));
        files.addAll(List.of(CalibrationFiles.POSTERIOR, CalibrationFiles.GENERATIONS, CalibrationFiles.PREDICTIVE,
                CalibrationFiles.CALIBRATED));
        List<RenderedChart> charts = PosteriorCharts.render(calibration, result);
        try (OutputDirectory out = OutputDirectory.create(dir.resolve(CHARTS), true)) {
            for (RenderedChart chart : charts) {
                for (Path written : chart.write(out.path())) {
                    files.add(CHARTS + "/" + written.getFileName());
                }
            }
            out.commit();
        }
        CalibrationFiles.replace(dir.resolve(CalibrationReport.FILE),
                CalibrationReport.render(calibration, result, charts, reproduce));
        files.add(CalibrationReport.FILE);
        return new Outcome(dir, files, result, resumed);
    }

    /**
     * {@code metadata.json}: the build that started the calibration and any that resumed it ({@link RunsMetadata}),
     * and what it calibrates.
     */
    private static String metadata(Calibration c, String reproduce, Optional<ObjectNode> earlier) throws IOException {
        ObjectNode meta = RunsMetadata.of("calibrate", reproduce);
        meta.put("calibration_name", c.name());
        meta.put("calibration_source", c.source());
        meta.put("scenario_name", c.scenario().name());
        meta.put("scenario_source", c.scenario().source());
        meta.put("seed", c.seed());
        ObjectNode budget = meta.putObject("budget");
        budget.put("particles", c.budget().particles());
        budget.put("generations", c.budget().generations());
        budget.put("replications", c.budget().replications());
        budget.put("tolerance", c.budget().tolerance());
        budget.put("min_acceptance", c.budget().minAcceptance());
        budget.put("predictive", c.budget().predictive());
        ArrayNode parameters = meta.putArray("parameters");
        for (CalibratedParameter p : c.parameters()) {
            parameters.addObject().put("path", p.path()).put("prior", p.prior().description());
        }
        ArrayNode targets = meta.putArray("targets");
        for (Target t : c.targets()) {
            targets.addObject().put("metric", t.metric().name()).put("observed", t.observed()).put("sd", t.sd())
                    .put("as_given", t.uncertainty());
        }
        RunsMetadata.resumed(meta, earlier);
        return RunsMetadata.text(meta);
    }

    /**
     * Throws unless {@code target} holds a calibration's {@code particles.csv} to go on with.
     *
     * @throws OutputExistsException if it does not
     */
    public static void checkResumable(Path target) throws OutputExistsException {
        Path dir = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(ParticlesFile.FILE))) {
            throw new OutputExistsException("nothing to resume in " + dir + ": it has no " + ParticlesFile.FILE
                    + "; start the calibration without --resume");
        }
    }
}
