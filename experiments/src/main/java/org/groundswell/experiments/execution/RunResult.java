package org.groundswell.experiments.execution;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.groundswell.model.RunSummary;

/**
 * What came of one {@link RunSpec}: its summary metrics (name → value over the summary window, in the
 * registry's order) and, if the spec asked, its daily values; or, if it failed, the error. A failed run is a
 * result like any other, so one bad run never stops an experiment.
 *
 * @param spec    the run
 * @param metrics summary metrics; empty if the run failed
 * @param days    the daily values of the strategy period, or null if not asked for or failed
 * @param error     what went wrong, on one line, or null if the run finished
 * @param hospitals for a region, each member hospital's summary metrics by name, in the region's order; empty
 *                  for one hospital or a failed run
 */
public record RunResult(RunSpec spec, Map<String, Double> metrics, DaySeries days, String error,
                        Map<String, Map<String, Double>> hospitals) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunResult {
        Objects.requireNonNull(spec, "spec");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        hospitals.forEach((name, values) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        hospitals = Collections.unmodifiableMap(copy);
    }

    /** A run of one hospital, or a failed run. */
    public RunResult(RunSpec spec, Map<String, Double> metrics, DaySeries days, String error) {
        this(spec, metrics, days, error, Map.of());
    }

    /** A finished run. */
    static RunResult of(RunSpec spec, RunSummary summary, DaySeries days) {
        return new RunResult(spec, summary.metrics(), days, null, summary.hospitals());
    }

    /**
     * A run that failed with {@code failure}: its error is the exception's simple class name and message, on one
     * line, as {@code runs.csv} shows it. Backends that catch a failure outside {@link RunGroup#run} use this, so
     * that the same failure reads the same on every backend.
     */
    public static RunResult failed(RunSpec spec, Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        String line = (failure.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
        return new RunResult(spec, Map.of(), null, line);
    }

    /** Whether the run failed. */
    public boolean failed() {
        return error != null;
    }

    /** The summary value of {@code metric}: NaN if the run failed or the metric was undefined. */
    public double metric(String metric) {
        Double v = metrics.get(metric);
        return v == null ? Double.NaN : v;
    }
}
