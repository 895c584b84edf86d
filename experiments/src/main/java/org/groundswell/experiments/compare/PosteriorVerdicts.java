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
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.report.Table;
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
     * @return the table of verdicts for the report: a row per outcome, a column per pair of strategies (each
     *         later strategy against each earlier one), each cell the posterior probability that the first does
     *         better and the median paired difference; null if there is no posterior
     */
    static Table write(Path dir, CompareResults results) throws IOException {
        CompareSettings s = results.settings();
        if (s.posterior() == null) {
            return null;
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
        return table(s.strategies(), outcomes, verdicts);
    }

    private static Table table(List<String> strategies, List<Metric> outcomes, List<Verdicts.Verdict> verdicts) {
        List<String> columns = new ArrayList<>(List.of("outcome"));
        List<Verdicts.Verdict> pairs = verdicts.stream().filter(v -> v.metric().equals(outcomes.get(0))
                && strategies.indexOf(v.strategy()) > strategies.indexOf(v.versus())).toList();
        pairs.forEach(v -> columns.add(v.strategy() + " beats " + v.versus()));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : outcomes) {
            List<String> row = new ArrayList<>(List.of(m.label() + (Verdicts.HIGHER_IS_BETTER.contains(m.name())
                    ? " (more is better)" : "")));
            for (Verdicts.Verdict pair : pairs) {
                verdicts.stream().filter(v -> v.metric().equals(m) && v.strategy().equals(pair.strategy())
                        && v.versus().equals(pair.versus())).findFirst().ifPresent(v -> row.add(cell(v)));
            }
            rows.add(row);
        }
        return new Table("Posterior probability that one strategy beats another", "", columns, 1, rows);
    }

    /** "85% (median −4.8)": how often it does better, and by how much in the middle draw. */
    private static String cell(Verdicts.Verdict v) {
        return Double.isNaN(v.pBetter()) ? "n/a" : Math.round(v.pBetter() * 100) + "% (median "
                + SummaryTable.human(v.quantiles()[2]) + ")";
    }
}
