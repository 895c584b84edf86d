package org.groundswell.experiments.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ParameterPaths;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLoader;
import org.groundswell.experiments.design.FileProblems;

/**
 * Reads the {@code parameters} of a calibration file: each a dotted path and its prior.
 * <pre>
 * parameters:
 *   workforce.baseAnnualQuitRate: {}                                  # uniform over the registered range
 *   workforce.daysToFill: {prior: uniform, min: 30, max: 600}          # uniform over a narrower range
 *   wellbeing.baseStrain: {prior: normal, mean: -0.33, sd: 0.5}        # cut to the registered range
 *   staffing.agencyFillShare: {prior: beta, alpha: 2, beta: 8}         # over [min, max]
 *   workforce.daysToFill: {prior: log-normal, median: 200, sdlog: 0.5, max: 900}
 * </pre>
 * Every prior is cut to {@code [min, max]}, the registered range unless narrowed, and both bounds must be
 * valid settings of the scenario. Only parameters that take any number in their range can be calibrated.
 */
final class Priors {

    private static final List<String> KEYS = List.of("prior", "min", "max", "mean", "sd", "median", "sdlog", "alpha",
            "beta");
    private static final List<String> NOT_CALIBRATED = List.of("seed", "strategy", "days", "warmupDays",
            "summaryDays");
    private static final String SHAPE = "{} (uniform over the registered range), {prior: uniform, min: A, max: B}, "
            + "{prior: normal, mean: M, sd: S}, {prior: log-normal, median: M, sdlog: S} or {prior: beta, alpha: A, "
            + "beta: B}, each with min and max to narrow the range";

    private Priors() {
    }

    static List<CalibratedParameter> read(JsonNode node, FileProblems problems, HospitalParameters base) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            problems.add("parameters", node == null ? null : FileProblems.show(node), (node == null
                    ? "a value is required: " : "") + "a map from dotted parameter paths to priors, at least one: "
                    + SHAPE);
            return List.of();
        }
        JsonNode tree = ScenarioLoader.toTree(base);
        List<CalibratedParameter> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = entry.getKey();
            String at = "parameters." + path;
            if (NOT_CALIBRATED.contains(path)) {
                problems.add(at, null, "is not calibrated: it is set by the calibration file itself (seed, days, "
                        + "window, strategy) or is the warm-up");
                continue;
            }
            Optional<String> canonical = ParameterPaths.canonical(tree, path);
            if (canonical.isEmpty()) {
                List<String> close = ParameterPaths.suggestions(tree, path, 3);
                problems.add(at, null, "unknown parameter" + (close.isEmpty() ? "; see docs/parameters.md"
                        : "; did you mean " + String.join(", ", close) + "?"));
                continue;
            }
            Optional<RegisteredRange> range = RegisteredRange.of(canonical.get());
            if (range.isEmpty() || range.get().integer()) {
                problems.add(at, null, range.isEmpty() ? "is not a number, so it cannot be calibrated"
                        : "takes whole numbers; calibrate a parameter that takes any number in its range");
                continue;
            }
            String previous = seen.putIfAbsent(canonical.get(), path);
            if (previous != null) {
                problems.add(at, null, "the same parameter as parameters." + previous + "; give it once");
                continue;
            }
            Prior prior = prior(path, entry.getValue(), range.get(), base, problems);
            if (prior != null) {
                out.add(new CalibratedParameter(path, prior));
            }
        }
        return out;
    }

    private static Prior prior(String path, JsonNode given, RegisteredRange range, HospitalParameters base,
                               FileProblems problems) {
        String at = "parameters." + path;
        JsonNode spec = given.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : given;
        if (!spec.isObject()) {
            problems.add(at, FileProblems.show(spec), SHAPE);
            return null;
        }
        if (!problems.onlyKeys(spec, at, KEYS)) {
            return null;
        }
        String kind = spec.has("prior") ? spec.get("prior").asText() : "uniform";
        if (!Prior.KINDS.contains(kind)) {
            problems.add(at + ".prior", FileProblems.show(spec.get("prior")), "one of " + String.join(", ", Prior.KINDS)
                    + FileProblems.closest(kind, Prior.KINDS).map(c -> "; did you mean " + c + "?").orElse(""));
            return null;
        }
        String within = "a number within the registered range [" + range.lower() + ", " + range.upper() + "]";
        double lower = problems.number(spec, "min", at + ".min", range.lower(), range.upper(), within)
                .orElse(range.lower());
        double upper = problems.number(spec, "max", at + ".max", range.lower(), range.upper(), within)
                .orElse(range.upper());
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || Math.abs(lower) > 1e15 || Math.abs(upper) > 1e15) {
            problems.add(at, null, "the registered range [" + range.lower() + ", " + range.upper() + "] is unbounded: "
                    + "give min and max");
            return null;
        }
        if (!(upper > lower)) {
            problems.add(at + ".max", Double.toString(upper), "a number above min = " + lower);
            return null;
        }
        if (!applies(path, lower, at + ".min", base, problems) || !applies(path, upper, at + ".max", base, problems)) {
            return null;
        }
        List<String> wanted = switch (kind) {
            case "normal" -> List.of("mean", "sd");
            case "log-normal" -> List.of("median", "sdlog");
            case "beta" -> List.of("alpha", "beta");
            default -> List.of();
        };
        for (String key : List.of("mean", "sd", "median", "sdlog", "alpha", "beta")) {
            if (spec.has(key) && !wanted.contains(key)) {
                problems.add(at + "." + key, null, "a " + kind + " prior takes " + (wanted.isEmpty() ? "only min and max"
                        : String.join(" and ", wanted) + " (and min, max)"));
                return null;
            }
        }
        for (String key : wanted) {
            if (!spec.has(key)) {
                problems.add(at, null, "a " + kind + " prior needs " + String.join(" and ", wanted));
                return null;
            }
        }
        double big = Double.MAX_VALUE;
        Prior prior = switch (kind) {
            case "normal" -> positive(spec, "sd", at, problems).map(sd -> Prior.normal(
                    problems.number(spec, "mean", at + ".mean", -big, big, "a number").orElse(Double.NaN), sd, lower,
                    upper)).orElse(null);
            case "log-normal" -> positive(spec, "median", at, problems).flatMap(m -> positive(spec, "sdlog", at,
                    problems).map(s -> Prior.logNormal(m, s, lower, upper))).orElse(null);
            case "beta" -> positive(spec, "alpha", at, problems).flatMap(a -> positive(spec, "beta", at, problems)
                    .map(b -> Prior.beta(a, b, lower, upper))).orElse(null);
            default -> Prior.uniform(lower, upper);
        };
        if (prior != null && (Double.isNaN(prior.distribution().getNumericalMean()) || prior.nearlyEmpty())) {
            problems.add(at, null, "the prior puts almost no probability inside [" + lower + ", " + upper + "]");
            return null;
        }
        return prior;
    }

    private static Optional<Double> positive(JsonNode spec, String key, String at, FileProblems problems) {
        return problems.number(spec, key, at + "." + key, Double.MIN_VALUE, Double.MAX_VALUE, "a number above 0");
    }

    private static boolean applies(String path, double value, String at, HospitalParameters base,
                                   FileProblems problems) {
        try {
            ScenarioLoader.override(base, List.of(path + "=" + CalibratedParameter.exact(value)));
            return true;
        } catch (ScenarioException e) {
            problems.add(at, Double.toString(value), e.problem());
            return false;
        }
    }
}
