package org.groundswell.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.design.Analysis;
import org.groundswell.experiments.design.SweptParameter;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.Numbers;

/**
 * {@code sensitivity.csv}: one row per outcome, parameter and statistic, in long ("tidy") form —
 * {@code outcome, parameter, method, statistic, value, ci_low, ci_high}. For each outcome, in the experiment's
 * order:
 * <ul>
 *   <li>{@code method = outcome} (parameter empty): {@code points}, {@code mean}, {@code sd}, {@code min},
 *       {@code max} of the point means, and for a contrast {@code share_above_zero};</li>
 *   <li>{@code method = replications} (parameter empty): {@code replications}, {@code within_point_sd},
 *       {@code noise_sd}, {@code noise_share} and, for Morris and Sobol', {@code noise_floor} (see
 *       {@link OutcomeSensitivity.Noise});</li>
 *   <li>for each parameter, in the experiment's order, its {@code rank} (1 the most influential) and the
 *       analysis's statistics: {@code mu}, {@code mu_star}, {@code sigma} (method {@code morris}); {@code S1},
 *       {@code ST} with their bootstrap intervals (method {@code sobol}); {@code prcc}, {@code p_value}
 *       (method {@code prcc}).</li>
 * </ul>
 * An outcome that could not be analysed has its outcome and replication rows only. Numbers are written as in
 * every Groundswell file ({@link Numbers}); missing ones are empty.
 */
public final class SensitivityCsv {

    /** The file's name in the sweep's directory. */
    public static final String FILE = "sensitivity.csv";

    static final List<String> HEADER = List.of("outcome", "parameter", "method", "statistic", "value", "ci_low",
            "ci_high");

    private SensitivityCsv() {
    }

    /** The file's text: the header, then the rows of each outcome. */
    public static String render(List<OutcomeSensitivity> results) {
        StringBuilder text = new StringBuilder(Csv.line(HEADER));
        for (OutcomeSensitivity r : results) {
            for (List<String> row : rows(r)) {
                text.append(Csv.line(row));
            }
        }
        return text.toString();
    }

    /** The rows of one outcome. */
    static List<List<String>> rows(OutcomeSensitivity r) {
        String outcome = r.outcome().label();
        List<List<String>> rows = new ArrayList<>();
        OutcomeSensitivity.Spread spread = r.spread();
        add(rows, outcome, "", "outcome", "points", spread.points());
        add(rows, outcome, "", "outcome", "mean", spread.mean());
        add(rows, outcome, "", "outcome", "sd", spread.sd());
        add(rows, outcome, "", "outcome", "min", spread.min());
        add(rows, outcome, "", "outcome", "max", spread.max());
        if (r.outcome().isContrast()) {
            add(rows, outcome, "", "outcome", "share_above_zero", spread.shareAboveZero());
        }
        OutcomeSensitivity.Noise noise = r.noise();
        add(rows, outcome, "", "replications", "replications", noise.replications());
        add(rows, outcome, "", "replications", "within_point_sd", noise.withinSd());
        add(rows, outcome, "", "replications", "noise_sd", noise.noiseSd());
        add(rows, outcome, "", "replications", "noise_share", noise.share());
        if (r.method() != Analysis.PRCC) {
            add(rows, outcome, "", "replications", "noise_floor", noise.floor());
        }
        if (!r.analysed()) {
            return rows;
        }
        List<Integer> ranking = r.ranking();
        String method = r.method().id();
        for (int i = 0; i < r.parameters().size(); i++) {
            SweptParameter p = r.parameters().get(i);
            add(rows, outcome, p.path(), method, "rank", ranking.indexOf(i) + 1);
            switch (r.method()) {
                case MORRIS -> {
                    MorrisResult m = r.morris().get(i);
                    add(rows, outcome, p.path(), method, "mu", m.mu());
                    add(rows, outcome, p.path(), method, "mu_star", m.muStar());
                    add(rows, outcome, p.path(), method, "sigma", m.sigma());
                }
                case SOBOL -> {
                    SobolIndex s = r.sobol().get(i);
                    rows.add(List.of(outcome, p.path(), method, "S1", Numbers.format(s.first()),
                            Numbers.format(s.firstLow()), Numbers.format(s.firstHigh())));
                    rows.add(List.of(outcome, p.path(), method, "ST", Numbers.format(s.total()),
                            Numbers.format(s.totalLow()), Numbers.format(s.totalHigh())));
                }
                case PRCC -> {
                    PrccResult c = r.prcc().get(i);
                    add(rows, outcome, p.path(), method, "prcc", c.coefficient());
                    add(rows, outcome, p.path(), method, "p_value", c.pValue());
                }
                case NONE, DISCOVERY -> throw new IllegalStateException("no sensitivity analysis");
            }
        }
        return rows;
    }

    private static void add(List<List<String>> rows, String outcome, String parameter, String method,
                            String statistic, double value) {
        rows.add(List.of(outcome, parameter, method, statistic, Numbers.format(value), "", ""));
    }
}
