package org.groundswell.experiments.calibration;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.BundledFiles;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;
import org.groundswell.scenarios.YamlDocument;
import org.groundswell.experiments.design.FileProblems;

/**
 * Reads and checks a calibration file (YAML or JSON) as experiment files are checked: every problem at once,
 * each with the file, the line, the field, the value and what is allowed, near misses with "did you mean". The
 * format is in {@code docs/calibration-howto.md}; {@link #FIELDS} lists the top-level fields. Parameters and
 * targets are checked against the scenario: a parameter's prior must lie inside the range the model
 * registers for it (its {@code @Param} min and max), which is also the default uniform prior.
 */
public final class CalibrationLoader {

    /** The top-level fields of a calibration file. */
    public static final List<String> FIELDS = List.of("name", "description", "scenario", "strategy", "seed", "days",
            "window", "targets", "parameters", "budget", "method");
    private static final List<String> TARGET_KEYS = List.of("observed", "sd", "interval", "level", "count", "of");
    private static final List<String> PRIOR_KEYS = List.of("prior", "min", "max", "mean", "sd", "median", "sdlog",
            "alpha", "beta");
    private static final List<String> BUDGET_KEYS = List.of("particles", "generations", "replications", "tolerance",
            "minAcceptance", "predictive");
    private static final List<String> METHOD_KEYS = List.of("schedule", "alpha", "kernel");
    private static final String TARGET_SHAPE = "{observed: X, sd: S}, {interval: [LOW, HIGH]} (with level: 0.95 "
            + "and observed: X if not the middle), or {count: K, of: N}";
    private static final Budget DEFAULT_BUDGET = new Budget(100, 6, 1, 0.25, 0.05, 50);

    /** The calibrations bundled with Groundswell, runnable by name: {@code groundswell calibrate NAME}. */
    public static final BundledFiles LIBRARY =
            new BundledFiles(CalibrationLoader.class, "/org/groundswell/experiments/calibrations/", "calibration");

    private CalibrationLoader() {
    }

    /** A calibration's text and how messages name where it came from. */
    public record Source(String name, String text) {
    }

    /**
     * Finds a calibration: an existing file wins, else a bundled calibration's name.
     *
     * @throws ScenarioException if it is neither, or cannot be read
     */
    public static Source open(String reference) throws ScenarioException {
        Path file = null;
        try {
            file = Path.of(reference);
        } catch (InvalidPathException e) {
            // not a file name: perhaps a bundled name
        }
        if (file != null && Files.isRegularFile(file)) {
            try {
                return new Source(reference, Files.readString(file));
            } catch (NoSuchFileException e) {
                throw new ScenarioException(reference, 0, "", null, "no such file");
            } catch (CharacterCodingException e) {
                throw new ScenarioException(reference, 0, "", null, "is not UTF-8 text");
            } catch (IOException e) {
                throw new ScenarioException(reference, 0, "", null, "cannot be read: " + e);
            }
        }
        Optional<String> name = LIBRARY.lookup(reference);
        if (name.isPresent()) {
            return new Source(BundledFiles.source(name.get()), LIBRARY.text(name.get()).orElseThrow());
        }
        if (file != null && Files.isDirectory(file)) {
            throw new ScenarioException(reference, 0, "", null, "is a folder, not a calibration file");
        }
        throw new ScenarioException(reference, 0, "", null, LIBRARY.notFound(reference));
    }

    /** Reads a calibration file or a bundled calibration. */
    public static Calibration load(String reference) throws ScenarioException {
        Source source = open(reference);
        return parse(source.text(), source.name());
    }

    /**
     * Reads a calibration from text, as if from the file {@code source}.
     *
     * @throws ScenarioException naming every problem
     */
    public static Calibration parse(String text, String source) throws ScenarioException {
        YamlDocument doc = YamlDocument.parse(text, source);
        FileProblems problems = new FileProblems(doc);
        JsonNode root = doc.tree();
        if (!root.isObject()) {
            throw new ScenarioException(source, 1, "", null, "a calibration file is a YAML object with the fields "
                    + String.join(", ", FIELDS));
        }
        problems.onlyKeys(root, "", FIELDS);
        String name = problems.text(root, "name", "name").orElse(stem(source));
        String description = problems.text(root, "description", "description").orElse("").strip();
        long seed = problems.whole(root, "seed", "seed", 0, Long.MAX_VALUE).orElse(1L);
        Scenario scenario = scenario(root, problems);
        List<Target> targets = targets(root, problems);
        List<CalibratedParameter> parameters = scenario == null ? List.of() : parameters(root, problems, scenario);
        Budget budget = budget(root, problems);
        ToleranceSchedule schedule = new ToleranceSchedule(ToleranceSchedule.Kind.ESS, 0.5);
        PerturbationKernel.Kind kernel = PerturbationKernel.Kind.MULTIVARIATE;
        JsonNode method = root.get("method");
        if (method != null) {
            if (!method.isObject()) {
                problems.add("method", FileProblems.show(method), "{schedule: ess|quantile, alpha: A, kernel: "
                        + "multivariate|per-dimension}");
            } else {
                problems.onlyKeys(method, "method", METHOD_KEYS);
                ToleranceSchedule.Kind kind = choice(method, "schedule", ToleranceSchedule.Kind.values(),
                        ToleranceSchedule.Kind.ESS, problems);
                double alpha = problems.number(method, "alpha", "method.alpha", 0.01, 0.99,
                        "a number from 0.01 to 0.99: the share of the effective sample size kept (ess), or the "
                                + "quantile of the distances (quantile)").orElse(0.5);
                schedule = new ToleranceSchedule(kind, alpha);
                kernel = choice(method, "kernel", PerturbationKernel.Kind.values(),
                        PerturbationKernel.Kind.MULTIVARIATE, problems);
            }
        }
        problems.throwIfAny();
        return new Calibration(source, name, description, scenario, targets, parameters, budget, schedule, kernel,
                seed);
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String key, E[] values, E otherwise,
                                                FileProblems problems) {
        JsonNode value = node.get(key);
        if (value == null) {
            return otherwise;
        }
        List<String> ids = new ArrayList<>();
        for (E e : values) {
            String id = e instanceof ToleranceSchedule.Kind k ? k.id : ((PerturbationKernel.Kind) e).id;
            ids.add(id);
            if (id.equals(value.asText())) {
                return e;
            }
        }
        problems.add("method." + key, FileProblems.show(value), "one of " + String.join(", ", ids)
                + FileProblems.closest(value.asText(), ids).map(c -> "; did you mean " + c + "?").orElse(""));
        return otherwise;
    }

    // ---- the scenario

    private static Scenario scenario(JsonNode root, FileProblems problems) {
        String reference = problems.text(root, "scenario", "scenario").orElse(ScenarioLibrary.DEFAULT).strip();
        String lookup = beside(reference, problems.source());
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(lookup, List.of());
        } catch (ScenarioException e) {
            if (e.source().equals(lookup) && e.line() == 0 && e.field().isEmpty()) {
                problems.add("scenario", "\"" + reference + "\"", e.problem());
            } else {
                problems.addAll(e);
            }
            return null;
        }
        List<String> sets = new ArrayList<>();
        JsonNode days = root.get("days");
        if (days != null) {
            sets.add("days=" + days.asText());
        }
        JsonNode window = root.get("window");
        if (window != null) {
            sets.add("summaryDays=" + window.asText());
        }
        JsonNode strategy = root.get("strategy");
        if (strategy != null) {
            if (!strategy.isTextual() || !Strategies.isKnown(strategy.asText())) {
                problems.add("strategy", FileProblems.show(strategy), "one of " + String.join(", ", Strategies.ids())
                        + (strategy.isTextual() ? FileProblems.closest(strategy.asText(), Strategies.ids())
                        .map(c -> "; did you mean " + c + "?").orElse("") : ""));
                return null;
            }
            sets.add("strategy=" + strategy.asText());
        }
        HospitalParameters p = scenario.parameters();
        for (String set : sets) {
            String field = set.startsWith("summaryDays") ? "window" : set.substring(0, set.indexOf('='));
            JsonNode node = root.get(field);
            if (!field.equals("strategy") && !node.isIntegralNumber()) {
                problems.add(field, FileProblems.show(node), "a whole number of days");
                return null;
            }
            try {
                p = ScenarioLoader.override(p, List.of(set));
            } catch (ScenarioException e) {
                problems.add(field, node.asText(), e.problem());
                return null;
            }
        }
        return new Scenario(scenario.name(), scenario.description(), scenario.source(), p);
    }

    private static String beside(String reference, String calibrationSource) {
        Path parent = calibrationSource.startsWith("bundled:") ? null : Path.of(calibrationSource).getParent();
        if (!BundledFiles.looksLikeFile(reference) || parent == null || Path.of(reference).isAbsolute()) {
            return reference;
        }
        return parent.resolve(reference).normalize().toString();
    }

    // ---- targets

    private static List<Target> targets(JsonNode root, FileProblems problems) {
        JsonNode node = root.get("targets");
        if (node == null || !node.isObject() || node.isEmpty()) {
            problems.add("targets", node == null ? null : FileProblems.show(node), (node == null
                    ? "a value is required: " : "") + "a map from metric names to " + TARGET_SHAPE + ", at least one");
            return List.of();
        }
        List<String> names = Metrics.all().stream().map(Metric::name).toList();
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = "targets." + entry.getKey();
            Optional<Metric> metric = Metrics.byName(entry.getKey());
            if (metric.isEmpty()) {
                problems.add(at, null, "unknown metric; " + FileProblems.closest(entry.getKey(), names)
                        .map(c -> "did you mean " + c + "?").orElse("the metrics are: " + String.join(", ", names)));
                continue;
            }
            JsonNode spec = entry.getValue();
            if (!spec.isObject()) {
                problems.add(at, FileProblems.show(spec), TARGET_SHAPE);
                continue;
            }
            if (problems.onlyKeys(spec, at, TARGET_KEYS)) {
                target(metric.get(), spec, at, problems).ifPresent(targets::add);
            }
        }
        return targets;
    }

    private static Optional<Target> target(Metric metric, JsonNode spec, String at, FileProblems problems) {
        String any = "a finite number";
        if (spec.has("count") || spec.has("of")) {
            Optional<Long> n = problems.whole(spec, "of", at + ".of", 1, Long.MAX_VALUE);
            Optional<Long> k = problems.whole(spec, "count", at + ".count", 0, n.orElse(Long.MAX_VALUE));
            if (spec.has("sd") || spec.has("interval") || spec.has("observed")) {
                problems.add(at, null, "give count and of alone: the observed share and its sd follow from them");
                return Optional.empty();
            }
            if (!spec.has("count") || !spec.has("of")) {
                problems.add(at, null, "needs both count and of: " + TARGET_SHAPE);
            }
            return k.isPresent() && n.isPresent() ? Optional.of(Target.ofCount(metric, k.get(), n.get()))
                    : Optional.empty();
        }
        Optional<Double> observed = problems.number(spec, "observed", at + ".observed", -Double.MAX_VALUE,
                Double.MAX_VALUE, any);
        if (spec.has("interval")) {
            JsonNode interval = spec.get("interval");
            double level = problems.number(spec, "level", at + ".level", 0.5, 0.999,
                    "a number from 0.5 to 0.999: the interval's coverage").orElse(0.95);
            if (!interval.isArray() || interval.size() != 2 || !interval.get(0).isNumber()
                    || !interval.get(1).isNumber() || !(interval.get(1).doubleValue() > interval.get(0).doubleValue())) {
                problems.add(at + ".interval", FileProblems.show(interval), "[LOW, HIGH], two numbers, LOW below HIGH");
                return Optional.empty();
            }
            if (spec.has("sd")) {
                problems.add(at, null, "give sd or interval, not both");
                return Optional.empty();
            }
            double low = interval.get(0).doubleValue();
            double high = interval.get(1).doubleValue();
            return Optional.of(Target.withInterval(metric, observed.orElse((low + high) / 2), low, high, level));
        }
        Optional<Double> sd = problems.number(spec, "sd", at + ".sd", Double.MIN_VALUE, Double.MAX_VALUE,
                "a number above 0: the figure's standard deviation");
        if (!spec.has("observed") || !spec.has("sd")) {
            problems.add(at, null, "needs " + (spec.has("observed") ? "sd" : "observed") + ": " + TARGET_SHAPE);
            return Optional.empty();
        }
        return observed.isPresent() && sd.isPresent() ? Optional.of(Target.withSd(metric, observed.get(), sd.get()))
                : Optional.empty();
    }

    // ---- parameters and their priors

    private static List<CalibratedParameter> parameters(JsonNode root, FileProblems problems, Scenario scenario) {
        return Priors.read(root.get("parameters"), problems, scenario.parameters());
    }

    // ---- the budget

    private static Budget budget(JsonNode root, FileProblems problems) {
        JsonNode node = root.get("budget");
        if (node == null) {
            return DEFAULT_BUDGET;
        }
        if (!node.isObject()) {
            problems.add("budget", FileProblems.show(node), "an object with " + String.join(", ", BUDGET_KEYS));
            return DEFAULT_BUDGET;
        }
        problems.onlyKeys(node, "budget", BUDGET_KEYS);
        Budget d = DEFAULT_BUDGET;
        int particles = (int) (long) problems.whole(node, "particles", "budget.particles", 2, 100_000)
                .orElse((long) d.particles());
        int generations = (int) (long) problems.whole(node, "generations", "budget.generations", 1, 1000)
                .orElse((long) d.generations());
        int replications = (int) (long) problems.whole(node, "replications", "budget.replications", 1, 1000)
                .orElse((long) d.replications());
        double tolerance = problems.number(node, "tolerance", "budget.tolerance", 0, 1e6, "a number from 0: the "
                + "distance (root mean square of standardized differences) at which to stop").orElse(d.tolerance());
        double minAcceptance = problems.number(node, "minAcceptance", "budget.minAcceptance", 1e-4, 1,
                "a number from 0.0001 to 1: the smallest acceptance rate worth paying for").orElse(d.minAcceptance());
        int predictive = (int) (long) problems.whole(node, "predictive", "budget.predictive", 0, 100_000)
                .orElse((long) d.predictive());
        return new Budget(particles, generations, replications, tolerance, minAcceptance, predictive);
    }

    private static String stem(String source) {
        String name = source.startsWith("bundled:") ? source.substring("bundled:".length())
                : Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}
