package org.groundswell.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.groundswell.experiments.output.Numbers;
import org.groundswell.experiments.output.SummaryTable;
import org.groundswell.experiments.output.Version;
import org.groundswell.experiments.report.HtmlTemplate;
import org.groundswell.experiments.report.RenderedChart;
import org.groundswell.experiments.report.Table;

/**
 * {@code report.html}: a calibration for whoever will not open its CSV files. What was calibrated to what;
 * the posterior of each parameter against its prior, in a table and in charts; whether the calibrated model
 * reproduces the hospital's figures (the posterior predictive check); how the generations went and why the
 * calibration stopped; how to reproduce it. One self-contained file, charts embedded as SVG, no timestamp.
 */
final class CalibrationReport {

    static final String FILE = "report.html";
    private static final String TEMPLATE = "calibration-report.html.vm";

    private CalibrationReport() {
    }

    static String render(Calibration c, AbcSmc.Result result, List<RenderedChart> charts, String reproduce) {
        Population posterior = result.posterior();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Calibration: " + c.name());
        model.put("version", Version.current());
        model.put("description", c.description());
        model.put("scenario", c.scenario().name());
        model.put("calendar", c.scenario().parameters().warmupDays() + " days of warm-up, then "
                + c.scenario().parameters().days() + " days under strategy " + c.scenario().parameters().strategy()
                + "; figures over the last " + c.scenario().parameters().summaryDays() + " days");
        model.put("budget", c.budget().particles() + " particles, at most " + c.budget().generations()
                + " generations, " + c.budget().replications() + " run" + (c.budget().replications() == 1 ? "" : "s")
                + " per particle, final tolerance " + Numbers.format(c.budget().tolerance()) + ", smallest acceptance "
                + "rate " + Numbers.format(c.budget().minAcceptance()) + "; " + c.method() + "; seed " + c.seed());
        model.put("stopped", "The calibration stopped because " + result.stopped() + ".");
        model.put("reproduce", reproduce);
        model.put("parameters", parameterTable(c, posterior));
        model.put("targets", targetTable(c, result.predictive()));
        model.put("generations", generationTable(result.generations()));
        model.put("charts", charts);
        return HtmlTemplate.render(TEMPLATE, model);
    }

    /** A figure as people read it (four significant digits or so). */
    private static String human(double value) {
        return SummaryTable.human(value);
    }

    private static Table parameterTable(Calibration c, Population posterior) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.parameters().size(); i++) {
            CalibratedParameter p = c.parameters().get(i);
            rows.add(List.of(p.path(), p.prior().description(), human(posterior.mean(i)),
                    human(posterior.sd(i)), "[" + human(posterior.quantile(i, 0.05)) + ", "
                            + human(posterior.quantile(i, 0.95)) + "]"));
        }
        return new Table("Posterior of each parameter", "", List.of("parameter", "prior", "posterior mean",
                "posterior sd", "90% credible interval"), 1, rows);
    }

    private static Table targetTable(Calibration c, List<Simulation> predictive) {
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < c.targets().size(); j++) {
            Target t = c.targets().get(j);
            int index = j;
            double[] v = predictive.stream().filter(s -> !s.failed()).mapToDouble(s -> s.simulated()[index]).toArray();
            double[] w = new double[v.length];
            java.util.Arrays.fill(w, 1);
            String range = v.length == 0 ? "" : "[" + human(WeightedQuantile.of(v, w, 0.05)) + ", "
                    + human(WeightedQuantile.of(v, w, 0.95)) + "]";
            String mean = v.length == 0 ? "" : human(java.util.Arrays.stream(v).average().orElse(Double.NaN));
            long below = java.util.Arrays.stream(v).filter(x -> x <= t.observed()).count();
            rows.add(List.of(t.metric().name(), human(t.observed()), t.uncertainty(), human(t.sd()),
                    mean, range, v.length == 0 ? "" : human((double) below / v.length)));
        }
        return new Table("The hospital's figures and the calibrated model's", "", List.of("metric", "observed",
                "as given", "sd", "predictive mean", "predictive 90% range", "share of draws at or below observed"),
                1, rows);
    }

    private static Table generationTable(List<Generation> generations) {
        List<List<String>> rows = new ArrayList<>();
        for (Generation g : generations) {
            rows.add(List.of(Integer.toString(g.generation()), Double.isInfinite(g.tolerance()) ? "none (the prior)"
                    : human(g.tolerance()), Integer.toString(g.attempts()), Integer.toString(g.accepted()),
                    human(g.acceptanceRate()), Double.isNaN(g.ess()) ? "" : human(g.ess()),
                    g.complete() ? "yes" : "no: abandoned"));
        }
        return new Table("Generations", "", List.of("generation", "tolerance", "attempts", "accepted",
                "acceptance rate", "effective sample size", "complete"), 1, rows);
    }
}
