package org.groundswell.experiments.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.calibration.PosteriorDraws;
import org.groundswell.experiments.calibration.Verdicts;
import org.groundswell.experiments.output.Headlines;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The part of {@code compare --posterior} that a comparison at one point does not have: {@code verdicts.csv}
 * ({@link Verdicts}: for each headline outcome and period cost, and each ordered pair of strategies, the
 * posterior probability that one beats the other and the distribution of the paired difference) and
 * {@code draws.csv} (the particle each replication ran at).
 */
final class PosteriorVerdicts {

    /** The files written. */
    static final List<String> FILES = List.of(Verdicts.FILE, PosteriorDraws.FILE);

    private PosteriorVerdicts() {
    }

    /**
     * Writes the files if the comparison ran through a posterior.
     *
     * @return a sentence per verdict against the baseline and between the other strategies, for the report;
     *         empty if there is no posterior
     */
    static List<String> write(Path dir, CompareResults results) throws IOException {
        CompareSettings s = results.settings();
        if (s.posterior() == null) {
            return List.of();
        }
        List<Metric> outcomes = new ArrayList<>(Headlines.metrics());
        Metrics.byName("period_cost").filter(m -> !outcomes.contains(m)).ifPresent(outcomes::add);
        double[][][] values = new double[s.strategies().size()][outcomes.size()][];
        for (int i = 0; i < s.strategies().size(); i++) {
            for (int m = 0; m < outcomes.size(); m++) {
                values[i][m] = results.values(i, outcomes.get(m));
            }
        }
        List<Verdicts.Verdict> verdicts = Verdicts.of(s.strategies(), outcomes, values);
        Files.writeString(dir.resolve(Verdicts.FILE), Verdicts.csv(verdicts), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        Files.writeString(dir.resolve(PosteriorDraws.FILE), s.posterior().csv(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        return verdicts.stream().filter(v -> s.strategies().indexOf(v.strategy()) > s.strategies().indexOf(v.versus()))
                .map(Verdicts::sentence).toList();
    }
}
