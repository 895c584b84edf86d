package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well512a;

import org.groundswell.experiments.execution.Seeds;
import org.groundswell.experiments.output.Csv;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * A posterior as {@code posterior.csv} holds it — weighted parameter sets — read back to carry a comparison
 * through it: {@code compare --posterior} draws parameter sets by weight and runs every strategy on each.
 *
 * @param source    the file, as messages name it
 * @param paths     the parameters' dotted paths, in column order
 * @param weights   each particle's weight, normalised
 * @param particles each particle's values, in the order of {@code paths}
 */
public record Posterior(String source, List<String> paths, double[] weights, List<double[]> particles) {

    public Posterior {
        paths = List.copyOf(paths);
        weights = weights.clone();
        particles = particles.stream().map(double[]::clone).toList();
    }

    /**
     * Reads {@code posterior.csv}.
     *
     * @throws ScenarioException if the file is missing or is not a posterior (exit code 2, naming the file,
     *                           the line and the column)
     */
    public static Posterior read(Path file) throws ScenarioException {
        String source = file.toString();
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, Csv.FORMAT)) {
            records = parser.getRecords();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, 0, "", null, "no such file: give the posterior.csv a calibration wrote");
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(source, 0, "", null, "cannot be read as CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ScenarioException(source, 1, "", null, "is empty: give the posterior.csv a calibration wrote");
        }
        List<String> header = records.get(0).toList();
        int end = header.indexOf("distance");
        if (header.size() < 4 || !header.get(0).equals("particle") || !header.get(1).equals("weight") || end < 3) {
            throw new ScenarioException(source, 1, "", null, "is not a posterior: its columns are not particle, "
                    + "weight, the parameters, distance, ...; give the posterior.csv a calibration wrote");
        }
        List<String> paths = header.subList(2, end);
        List<double[]> particles = new ArrayList<>();
        double[] weights = new double[records.size() - 1];
        double total = 0;
        for (int k = 1; k < records.size(); k++) {
            CSVRecord r = records.get(k);
            String column = "weight";
            try {
                weights[k - 1] = Double.parseDouble(r.get(1));
                double[] values = new double[paths.size()];
                for (int i = 0; i < values.length; i++) {
                    column = paths.get(i);
                    values[i] = Double.parseDouble(r.get(2 + i));
                }
                particles.add(values);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ScenarioException(source, k + 1, column, null, "a number");
            }
            if (!(weights[k - 1] >= 0) || !Double.isFinite(weights[k - 1])) {
                throw new ScenarioException(source, k + 1, "weight", r.get(1), "a weight: a number from 0");
            }
            total += weights[k - 1];
        }
        if (!(total > 0)) {
            throw new ScenarioException(source, 2, "weight", null, "the weights add up to 0: no particle to draw");
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= total;
        }
        return new Posterior(source, paths, weights, particles);
    }

    /**
     * Checks that every parameter of the posterior is a valid setting of {@code scenario} at every particle.
     *
     * @throws ScenarioException naming the first path and value that is not
     */
    public void checkAgainst(HospitalParameters scenario) throws ScenarioException {
        for (int k = 0; k < particles.size(); k++) {
            try {
                ScenarioLoader.override(scenario, settings(k));
            } catch (ScenarioException e) {
                throw new ScenarioException(source, k + 2, e.field(), e.value(), e.problem()
                        + " (a posterior for another scenario?)");
            }
        }
    }

    /** The {@code PATH=VALUE} settings of particle {@code k}, every digit kept. */
    public List<String> settings(int k) {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            sets.add(paths.get(i) + "=" + CalibratedParameter.exact(particles.get(k)[i]));
        }
        return sets;
    }

    /**
     * {@code count} particles drawn by weight, with replacement, from a generator seeded by {@code seed}: the
     * same draws for the same seed.
     *
     * @return each draw's particle index
     */
    public int[] draw(int count, long seed) {
        RandomGenerator random = new Well512a(Seeds.replication(seed, Integer.MAX_VALUE - 2));
        int[] draws = new int[count];
        for (int d = 0; d < count; d++) {
            double u = random.nextDouble();
            int j = 0;
            double cumulative = weights[0];
            while (cumulative < u && j < weights.length - 1) {
                cumulative += weights[++j];
            }
            draws[d] = j;
        }
        return draws;
    }
}
