package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * The tables and the scenario a calibration writes once it is done:
 * <pre>
 * posterior.csv    particle, weight, each parameter, distance, each target's simulated figure
 * generations.csv  generation, tolerance, attempts, accepted, acceptance_rate, ess, complete
 * predictive.csv   draw, each parameter, each target's simulated figure   (posterior predictive check)
 * calibrated.yaml  the scenario with each calibrated parameter at its posterior mean
 * </pre>
 * Each is written to a temporary file and renamed into place.
 */
public final class CalibrationFiles {

    /** The posterior's particles. */
    public static final String POSTERIOR = "posterior.csv";
    /** A row per generation. */
    public static final String GENERATIONS = "generations.csv";
    /** The posterior predictive check's simulations. */
    public static final String PREDICTIVE = "predictive.csv";
    /** The calibrated scenario. */
    public static final String CALIBRATED = "calibrated.yaml";

    private CalibrationFiles() {
    }

    static String posterior(Calibration c, Population posterior) {
        List<String> header = new ArrayList<>(List.of("particle", "weight"));
        c.parameters().forEach(p -> header.add(p.path()));
        header.add("distance");
        c.targets().forEach(t -> header.add("simulated_" + t.metric().name()));
        StringBuilder text = new StringBuilder(Csv.line(header));
        for (int k = 0; k < posterior.size(); k++) {
            Population.Particle p = posterior.particles().get(k);
            List<String> row = new ArrayList<>(List.of(Integer.toString(k), Double.toString(p.weight())));
            for (double v : p.values()) {
                row.add(Double.toString(v));
            }
            row.add(Numbers.format(p.distance()));
            for (double v : p.simulated()) {
                row.add(Numbers.format(v));
            }
            text.append(Csv.line(row));
        }
        return text.toString();
    }

    static String generations(List<Generation> rows) {
        StringBuilder text = new StringBuilder(Csv.line(List.of("generation", "tolerance", "attempts", "accepted",
                "acceptance_rate", "ess", "complete")));
        for (Generation g : rows) {
            text.append(Csv.line(List.of(Integer.toString(g.generation()),
                    Double.isInfinite(g.tolerance()) ? "inf" : Numbers.format(g.tolerance()),
                    Integer.toString(g.attempts()), Integer.toString(g.accepted()), Numbers.format(g.acceptanceRate()),
                    Double.isNaN(g.ess()) ? "" : Numbers.format(g.ess()), Boolean.toString(g.complete()))));
        }
        return text.toString();
    }

    static String predictive(Calibration c, List<Simulation> draws) {
        List<String> header = new ArrayList<>(List.of("draw"));
        c.parameters().forEach(p -> header.add(p.path()));
        c.targets().forEach(t -> header.add("simulated_" + t.metric().name()));
        header.add("error");
        StringBuilder text = new StringBuilder(Csv.line(header));
        for (Simulation s : draws) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(s.proposal().attempt())));
            for (double v : s.proposal().values()) {
                row.add(Double.toString(v));
            }
            for (int j = 0; j < c.targets().size(); j++) {
                row.add(s.failed() ? "" : Numbers.format(s.simulated()[j]));
            }
            row.add(s.failed() ? s.error() : "");
            text.append(Csv.line(row));
        }
        return text.toString();
    }

    /**
     * The calibrated scenario: the calibration's scenario (its days, window and strategy as the calibration
     * set them) with each calibrated parameter at its posterior mean, to {@value Numbers#SIGNIFICANT_DIGITS}
     * significant digits.
     *
     * @throws ScenarioException if the means do not fit together (each alone is inside its prior's range)
     */
    static Scenario calibrated(Calibration c, Population posterior) throws ScenarioException {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < c.parameters().size(); i++) {
            sets.add(c.parameters().get(i).path() + "=" + Numbers.format(posterior.mean(i)));
        }
        HospitalParameters p = ScenarioLoader.override(c.scenario().parameters(), sets);
        String description = "The scenario " + c.scenario().name() + " calibrated by " + c.name() + " (ABC-SMC, "
                + posterior.size() + " particles, generation " + posterior.generation() + "): "
                + String.join(", ", sets) + ", the posterior means. " + c.description();
        return new Scenario(c.name() + "-calibrated", description.strip(), CALIBRATED, p);
    }

    static String calibratedYaml(Calibration c, Population posterior) throws ScenarioException {
        return ScenarioLoader.toYaml(calibrated(c, posterior));
    }

    /** Writes {@code text} to {@code file} through a temporary file renamed into place. */
    static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
