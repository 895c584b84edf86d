package org.groundswell.experiments.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.model.RunListener;
import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;

/**
 * Runs a scenario and writes its output directory: {@code timeseries.csv} and {@code units.csv} streamed as
 * the run goes, {@code patients.csv} if asked, then {@code summary.json} and {@code charts/}. Everything is
 * written into a temporary directory that is renamed into place at the end ({@link OutputDirectory}): if
 * anything fails, nothing is left behind and an existing directory is untouched.
 */
public final class RunOutput {

    /** The directory holding the charts, inside a run's output directory. */
    public static final String CHARTS = "charts";

    private RunOutput() {
    }

    /**
     * What a run wrote.
     *
     * @param directory the output directory, absolute
     * @param summary   the run's summary
     * @param files     the files written, relative to {@code directory}, in the order written
     */
    public record Result(Path directory, RunSummary summary, List<String> files) {

        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * Checks that {@code target} may be written, runs the scenario, writes the files, and moves them into place.
     *
     * @param scenario  the scenario as resolved, seed and calendar included
     * @param patients  whether to write {@code patients.csv}
     * @param reproduce the command line that reruns this run, recorded in {@code summary.json}
     * @param target    the output directory
     * @param replace   whether an existing, non-empty {@code target} may be replaced
     * @return what was written
     * @throws OutputExistsException if {@code target} is in the way (nothing was run)
     * @throws IOException           if writing fails (nothing was left behind)
     */
    public static Result write(Scenario scenario, boolean patients, String reproduce, Path target, boolean replace)
            throws IOException {
        HospitalParameters p = scenario.parameters();
        List<String> files = new ArrayList<>();
        try (OutputDirectory out = OutputDirectory.create(target, replace)) {
            Path dir = out.path();
            ChartSeries chartSeries = new ChartSeries(Charts.metrics());
            RunSummary summary;
            boolean region = p.region().hasHospitals();
            try (TimeseriesCsv timeseries = TimeseriesCsv.create(dir);
                 UnitsCsv units = UnitsCsv.create(dir, Simulation.unitNames(p));
                 HospitalsCsv hospitals = region ? HospitalsCsv.create(dir) : null;
                 PatientsCsv patientRows = patients ? PatientsCsv.create(dir) : null) {
                List<RunListener> listeners = new ArrayList<>(List.of(timeseries, units, chartSeries));
                files.add(TimeseriesCsv.FILE);
                files.add(UnitsCsv.FILE);
                if (hospitals != null) {
                    listeners.add(hospitals);
                    files.add(HospitalsCsv.FILE);
                }
                if (patientRows != null) {
                    listeners.add(patientRows);
                    files.add(PatientsCsv.FILE);
                }
                summary = Simulation.run(p, patients, listeners);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            SummaryJson.write(dir, scenario, summary, reproduce);
            files.add(SummaryJson.FILE);
            String subtitle = scenario.name() + ", seed " + p.seed() + ": " + p.warmupDays() + " days of warm-up, "
                    + p.days() + " days of strategy period";
            for (Path chart : Charts.write(dir.resolve(CHARTS), chartSeries, subtitle)) {
                files.add(dir.relativize(chart).toString());
            }
            out.commit();
            return new Result(out.target(), summary, files);
        }
    }
}
