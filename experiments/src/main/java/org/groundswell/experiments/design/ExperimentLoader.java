package org.groundswell.experiments.design;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.groundswell.experiments.output.Headlines;
import org.groundswell.model.change.Strategies;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.BundledFiles;
import org.groundswell.scenarios.ParameterPaths;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioException;
import org.groundswell.scenarios.ScenarioLibrary;
import org.groundswell.scenarios.ScenarioLoader;
import org.groundswell.scenarios.YamlDocument;

/**
 * Reads and validates an experiment file (YAML or JSON) the way scenario files are validated: every problem
 * the file has is reported at once, each with the file, the line, the field, the value and what is allowed,
 * as a {@link ScenarioException} (the first, with the rest as its {@link ScenarioException#others()}).
 * Nothing runs until the whole file is right.
 *
 * <p>Besides the file's own shape, each swept value is checked against the parameter's allowed range by
 * applying it to the scenario ({@link ScenarioLoader#override}), so that a sweep cannot fail halfway through on
 * a value that was never allowed; an unknown parameter path gets a "did you mean". A scenario named by a
 * relative file path is looked up next to the experiment file.
 *
 * {@snippet :
 * Experiment e = ExperimentLoader.load(Path.of("staffing-sweep.yaml"));
 * long runs = e.runs();
 * }
 */
public final class ExperimentLoader {

    /** The fields of an experiment file. */
    public static final List<String> FIELDS = List.of("name", "description", "scenario", "strategies",
            "replications", "seed", "days", "parameters", "design", "metrics", "analysis", "outcomes", "rules",
            "objective");

    /** The most replications an experiment may ask for. */
    public static final int MAX_REPLICATIONS = 100_000;
    /** The most grid levels or samples a design may ask for. */
    public static final int MAX_POINTS = 1_000_000;
    /** The most runs (points × strategies × replications) an experiment may ask for. */
    public static final long MAX_RUNS = 10_000_000;

    private static final List<String> SPEC_KEYS = List.of("min", "max", "levels", "values");
    private static final List<String> NOT_SWEPT = List.of("seed", "strategy");
    private static final String RANGE_OR_LIST = "a range {min: A, max: B} or a list {values: [A, B, ...]}";
    private static final String DESIGN_SHAPE = "an object {type: grid, levels: N}, {type: random|lhs|sobol|saltelli, "
            + "samples: N} or {type: morris, trajectories: R, levels: P}";
    private static final List<String> OUTCOME_KEYS = List.of("metric", "strategy", "minus");
    private static final String OUTCOME_SHAPE = "a metric's name, or {metric: M, strategy: S} for M under S, or "
            + "{metric: M, strategy: S, minus: T} for M under S minus M under T";
    private static final List<String> RULE_KEYS = List.of("metric", "strategy", "beats", "better");
    private static final String RULE_SHAPE = "{metric: M, strategy: S, beats: T}: S beats T on M where the mean paired "
            + "difference M under S minus M under T is below 0 (add better: higher for a metric where more is better)";
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private ExperimentLoader() {
    }

    /** The experiments bundled with Groundswell, runnable by name: {@code groundswell sweep staffing-sweep}. */
    public static final BundledFiles LIBRARY =
            new BundledFiles(ExperimentLoader.class, "/org/groundswell/experiments/examples/", "experiment");

    /** An experiment's text and how messages name where it came from (the file as given, or {@code bundled:NAME}). */
    public record Source(String name, String text) {
    }

    /**
     * Finds an experiment by reference: an existing file wins; otherwise a bundled experiment's name, with or
     * without {@code .yaml} ({@link BundledFiles#lookup}).
     *
     * @param reference a file, or a bundled experiment's name
     * @return its text and source name
     * @throws ScenarioException if it is neither, or the file cannot be read
     */
    public static Source open(String reference) throws ScenarioException {
        Path file = null;
        try {
            file = Path.of(reference);
        } catch (InvalidPathException e) {
            // not a file name: perhaps a bundled name
        }
        if (file != null && Files.isRegularFile(file)) {
            return new Source(reference, read(file));
        }
        Optional<String> name = LIBRARY.lookup(reference);
        if (name.isPresent()) {
            return new Source(BundledFiles.source(name.get()), LIBRARY.text(name.get()).orElseThrow());
        }
        if (file != null && Files.isDirectory(file)) {
            throw new ScenarioException(reference, 0, "", null, "is a folder, not an experiment file");
        }
        throw new ScenarioException(reference, 0, "", null, LIBRARY.notFound(reference));
    }

    /**
     * Reads an experiment file or a bundled experiment ({@link #open}).
     *
     * @throws ScenarioException if it cannot be found or read, or anything in it is wrong
     */
    public static Experiment load(String reference) throws ScenarioException {
        Source source = open(reference);
        return parse(source.text(), source.name());
    }

    /**
     * Reads an experiment file.
     *
     * @param file the file, named in messages as given
     * @return the validated experiment
     * @throws ScenarioException if the file cannot be read or anything in it is wrong
     */
    public static Experiment load(Path file) throws ScenarioException {
        return parse(read(file), file.toString());
    }

    private static String read(Path file) throws ScenarioException {
        String source = file.toString();
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, 0, "", null, "no such file");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(source, 0, "", null, "is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(source, 0, "", null,
                    Files.isDirectory(file) ? "is a folder, not an experiment file" : "cannot be read: " + e);
        }
    }

    /**
     * Reads an experiment from text, as if from the file {@code source} (a relative scenario file is looked up
     * next to it).
     *
     * @throws ScenarioException as {@link #load}
     */
    public static Experiment parse(String text, String source) throws ScenarioException {
        YamlDocument doc = YamlDocument.parse(text, source);
        FileProblems problems = new FileProblems(doc);
        JsonNode root = doc.tree();
        if (!root.isObject()) {
            throw new ScenarioException(source, 1, "", null, "an experiment file is a YAML object with the fields "
                    + String.join(", ", FIELDS));
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!FIELDS.contains(key)) {
                problems.add(key, null, unknown("field", key, FIELDS));
            }
        }
        String name = problems.text(root, "name").orElse(stem(source));
        String description = problems.text(root, "description").orElse("").strip();
        Scenario scenario = scenario(root, problems);
        long seed = problems.whole(root, "seed", 0, Long.MAX_VALUE).orElse(1L);
        int replications = (int) (long) problems.whole(root, "replications", 1, MAX_REPLICATIONS).orElse(1L);
        List<String> strategies = strategies(root, problems, scenario);
        List<Metric> metrics = metrics(root, problems);
        List<SweptParameter> parameters = scenario == null ? List.of() : parameters(root, problems, scenario);
        Design design = design(root, problems, parameters);
        Analysis analysis = analysis(root, problems, design, parameters);
        List<Outcome> outcomes = outcomes(root, problems, analysis, strategies, metrics);
        List<Rule> rules = rules(root, problems, analysis, strategies);
        Objective objective = objective(root, problems, analysis);
        if (design != null && problems.none()) {
            long points = design.size(parameters);
            long runs = points >= MAX_RUNS ? Long.MAX_VALUE : points * strategies.size() * replications;
            if (runs > MAX_RUNS) {
                problems.add("design", null, (points >= MAX_RUNS ? "over " + MAX_RUNS : Long.toString(runs))
                        + " runs (" + points + " points × " + strategies.size() + " strategies × " + replications
                        + " replications): at most " + MAX_RUNS);
            }
        }
        problems.throwIfAny();
        return new Experiment(source, name, description, scenario, strategies, replications, seed, parameters,
                design, metrics, analysis == null ? Analysis.NONE : analysis, outcomes, rules, objective);
    }

    // ---- the scenario, its days, the strategies and the metrics

    private static Scenario scenario(JsonNode root, FileProblems problems) {
        String reference = problems.text(root, "scenario").orElse(ScenarioLibrary.DEFAULT).strip();
        String lookup = besideExperiment(reference, problems.source());
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(lookup, List.of());
        } catch (ScenarioException e) {
            if (e.source().equals(lookup) && e.line() == 0 && e.field().isEmpty()) {
                problems.add("scenario", quote(reference), e.problem());
            } else {
                problems.addAll(e);
            }
            return null;
        }
        JsonNode days = root.get("days");
        if (days == null) {
            return scenario;
        }
        if (!days.isIntegralNumber()) {
            problems.add("days", show(days), "a whole number of days");
            return null;
        }
        try {
            HospitalParameters p = ScenarioLoader.override(scenario.parameters(), List.of("days=" + days.asText()));
            return new Scenario(scenario.name(), scenario.description(), scenario.source(), p);
        } catch (ScenarioException e) {
            problems.add("days", days.asText(), e.problem());
            return null;
        }
    }

    /** A relative scenario file is looked up in the experiment file's folder; a name in the library. */
    private static String besideExperiment(String reference, String experimentSource) {
        String lower = reference.toLowerCase(Locale.ROOT);
        boolean file = reference.contains("/") || reference.contains("\\") || lower.endsWith(".yaml")
                || lower.endsWith(".yml") || lower.endsWith(".json");
        Path parent = Path.of(experimentSource).getParent();
        if (!file || parent == null || Path.of(reference).isAbsolute()) {
            return reference;
        }
        return parent.resolve(reference).normalize().toString();
    }

    private static List<String> strategies(JsonNode root, FileProblems problems, Scenario scenario) {
        JsonNode node = root.get("strategies");
        String allowed = "one of " + String.join(", ", Strategies.ids());
        if (node == null) {
            return List.of(scenario == null ? Strategies.NONE : scenario.parameters().strategy());
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("strategies", show(node), "a list of strategies, each " + allowed);
            return List.of(Strategies.NONE);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            String at = "strategies[" + i + "]";
            if (!id.isTextual() || !Strategies.isKnown(id.asText())) {
                String hint = id.isTextual() ? closest(id.asText(), Strategies.ids()).map(c -> "; did you mean " + c
                        + "?").orElse("") : "";
                problems.add(at, show(id), allowed + hint);
            } else if (ids.contains(id.asText())) {
                problems.add(at, show(id), "listed twice; give each strategy once");
            } else {
                ids.add(id.asText());
            }
        }
        return ids.isEmpty() ? List.of(Strategies.NONE) : ids;
    }

    private static List<Metric> metrics(JsonNode root, FileProblems problems) {
        JsonNode node = root.get("metrics");
        if (node == null) {
            return Headlines.metrics();
        }
        List<String> names = Metrics.all().stream().map(Metric::name).toList();
        if (!node.isArray() || node.isEmpty()) {
            problems.add("metrics", show(node), "a list of metric names, such as [" + names.get(3) + ", "
                    + names.get(names.size() / 2) + "]");
            return Headlines.metrics();
        }
        List<Metric> metrics = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode m = node.get(i);
            String at = "metrics[" + i + "]";
            Optional<Metric> metric = m.isTextual() ? Metrics.byName(m.asText()) : Optional.empty();
            if (metric.isEmpty()) {
                String hint = m.isTextual() ? closest(m.asText(), names).map(c -> "did you mean " + c + "?")
                        .orElse("the metrics are: " + String.join(", ", names)) : "the name of a metric";
                problems.add(at, show(m), "unknown metric; " + hint);
            } else if (metrics.contains(metric.get())) {
                problems.add(at, show(m), "listed twice; give each metric once");
            } else {
                metrics.add(metric.get());
            }
        }
        return metrics;
    }

    // ---- swept parameters

    private static List<SweptParameter> parameters(JsonNode root, FileProblems problems, Scenario scenario) {
        JsonNode node = root.get("parameters");
        if (node == null || !node.isObject() || node.isEmpty()) {
            problems.add("parameters", node == null ? null : show(node), (node == null ? "a value is required: " : "")
                    + "a map from dotted parameter paths to " + RANGE_OR_LIST + ", at least one");
            return List.of();
        }
        HospitalParameters base = scenario.parameters();
        JsonNode tree = ScenarioLoader.toTree(base);
        List<SweptParameter> swept = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = entry.getKey();
            String at = "parameters." + path;
            if (NOT_SWEPT.contains(path)) {
                problems.add(at, null, path.equals("seed")
                        ? "is not swept: each replication has its own seed; set seed and replications instead"
                        : "is not swept as a parameter: list the strategies under strategies instead");
                continue;
            }
            Optional<String> canonical = ParameterPaths.canonical(tree, path);
            if (canonical.isEmpty()) {
                List<String> close = ParameterPaths.suggestions(tree, path, 3);
                List<String> roots = new ArrayList<>();
                tree.fieldNames().forEachRemaining(roots::add);
                problems.add(at, null, "unknown parameter; " + (close.isEmpty()
                        ? "paths start with one of: " + String.join(", ", roots)
                        : "did you mean " + String.join(", ", close) + "?"));
                continue;
            }
            JsonNode current = ParameterPaths.get(tree, path).orElseThrow();
            if (current.isContainerNode()) {
                List<String> leaves = ParameterPaths.leafPaths(current).stream().limit(3)
                        .map(leaf -> leaf.startsWith("[") ? path + leaf : path + "." + leaf).toList();
                problems.add(at, null, "is a group of parameters, not one; sweep one of its fields, such as "
                        + String.join(", ", leaves));
                continue;
            }
            String previous = seen.putIfAbsent(canonical.get(), path);
            if (previous != null) {
                problems.add(at, null, "the same parameter as parameters." + previous + "; sweep it once");
                continue;
            }
            SweptParameter parameter = parameter(path, entry.getValue(), current, base, problems);
            if (parameter != null) {
                swept.add(parameter);
            }
        }
        return swept;
    }

    private static SweptParameter parameter(String path, JsonNode spec, JsonNode current, HospitalParameters base,
                                            FileProblems problems) {
        String at = "parameters." + path;
        if (!spec.isObject()) {
            problems.add(at, show(spec), RANGE_OR_LIST);
            return null;
        }
        boolean ok = true;
        for (Iterator<String> keys = spec.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!SPEC_KEYS.contains(key)) {
                problems.add(at + "." + key, null, unknown("key", key, SPEC_KEYS) + "; write " + RANGE_OR_LIST);
                ok = false;
            }
        }
        if (spec.has("values")) {
            if (spec.has("min") || spec.has("max") || spec.has("levels")) {
                problems.add(at, null, "give either min and max (and levels), or values, not both");
                return null;
            }
            return ok ? choice(path, spec.get("values"), base, problems) : null;
        }
        if (!spec.has("min") || !spec.has("max")) {
            problems.add(at, null, "needs " + (spec.has("min") ? "max" : spec.has("max") ? "min" : "min and max")
                    + ": " + RANGE_OR_LIST);
            return null;
        }
        if (!current.isNumber()) {
            problems.add(at, null, "is not a number (it is " + show(current) + " in the scenario), so it cannot "
                    + "take a range; list its values: {values: [...]}");
            return null;
        }
        boolean integer = current.isIntegralNumber();
        Double min = bound(path, "min", spec.get("min"), integer, base, problems);
        Double max = bound(path, "max", spec.get("max"), integer, base, problems);
        int levels = 0;
        JsonNode levelsNode = spec.get("levels");
        if (levelsNode != null) {
            if (!levelsNode.isIntegralNumber() || levelsNode.asLong() < 2 || levelsNode.asLong() > MAX_POINTS) {
                problems.add(at + ".levels", show(levelsNode), "a whole number from 2 to " + MAX_POINTS);
                ok = false;
            } else {
                levels = levelsNode.asInt();
            }
        }
        if (min == null || max == null || !ok) {
            return null;
        }
        if (!(max > min)) {
            problems.add(at + ".max", SweptParameter.text(spec.get("max")),
                    "a number greater than min = " + SweptParameter.text(spec.get("min")));
            return null;
        }
        SweptParameter.Range range = new SweptParameter.Range(path, min, max, integer, levels);
        if (integer && levels > range.wholeNumbers()) {
            problems.add(at + ".levels", Integer.toString(levels), "at most " + range.wholeNumbers()
                    + ", the whole numbers from min to max");
            return null;
        }
        return range;
    }

    private static Double bound(String path, String key, JsonNode value, boolean integer, HospitalParameters base,
                                FileProblems problems) {
        String at = "parameters." + path + "." + key;
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            problems.add(at, show(value), integer ? "a whole number" : "a number");
            return null;
        }
        if (integer && !value.isIntegralNumber()) {
            problems.add(at, show(value), "a whole number: " + path + " takes whole numbers");
            return null;
        }
        return applies(path, SweptParameter.text(value), at, base, problems) ? value.doubleValue() : null;
    }

    private static SweptParameter choice(String path, JsonNode values, HospitalParameters base, FileProblems problems) {
        String at = "parameters." + path + ".values";
        if (!values.isArray() || values.isEmpty()) {
            problems.add(at, show(values), "a list of at least one value, e.g. [4, 5, 6]");
            return null;
        }
        List<JsonNode> list = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String item = at + "[" + i + "]";
            if (!v.isValueNode() || v.isNull()) {
                problems.add(item, show(v), "a single value: a number, true or false, or text");
                ok = false;
                continue;
            }
            String text = SweptParameter.text(v);
            if (texts.contains(text)) {
                problems.add(item, show(v), "listed twice; give each value once");
                ok = false;
                continue;
            }
            texts.add(text);
            ok &= applies(path, text, item, base, problems);
            list.add(v);
        }
        return ok ? new SweptParameter.Choice(path, list) : null;
    }

    /** Whether {@code path=text} is a valid setting of the scenario; if not, says why at {@code at}. */
    private static boolean applies(String path, String text, String at, HospitalParameters base, FileProblems problems) {
        try {
            ScenarioLoader.override(base, List.of(path + "=" + text));
            return true;
        } catch (ScenarioException e) {
            problems.add(at, SweptParameter.display(text), e.problem());
            return false;
        }
    }

    // ---- the design

    private static Design design(JsonNode root, FileProblems problems, List<SweptParameter> parameters) {
        JsonNode node = root.get("design");
        if (node == null) {
            problems.add("design", null, "a value is required: " + DESIGN_SHAPE);
            return null;
        }
        if (node.isTextual() && Designs.types().contains(node.asText())) {
            String settings = Designs.settings(node.asText()).stream().map(k -> k + ": N")
                    .collect(Collectors.joining(", "));
            problems.add("design", show(node), "an object: write {type: " + node.asText() + ", " + settings + "}");
            return null;
        }
        if (!node.isObject()) {
            problems.add("design", show(node), DESIGN_SHAPE);
            return null;
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null) {
            problems.add("design", null, "needs a type: " + DESIGN_SHAPE);
            return null;
        }
        String type = typeNode.asText();
        if (!typeNode.isTextual() || !Designs.types().contains(type)) {
            String hint = closest(type, Designs.types()).map(c -> "; did you mean " + c + "?").orElse("");
            problems.add("design.type", show(typeNode), "one of " + String.join(", ", Designs.types()) + hint);
            return null;
        }
        List<String> settings = Designs.settings(type);
        boolean ok = true;
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (key.equals("type") || settings.contains(key)) {
                continue;
            }
            boolean other = List.of(Designs.LEVELS, Designs.SAMPLES, Designs.TRAJECTORIES).contains(key);
            List<String> allowed = new ArrayList<>(List.of("type"));
            allowed.addAll(settings);
            problems.add("design." + key, null, other ? "design type " + type + " takes "
                    + String.join(" and ", settings) + ", not " + key : unknown("key", key, allowed));
            ok = false;
        }
        boolean grid = type.equals(GridDesign.TYPE);
        for (SweptParameter p : parameters) {
            if (!grid && p instanceof SweptParameter.Range r && r.levels() > 0) {
                problems.add("parameters." + p.path() + ".levels", Integer.toString(r.levels()),
                        "only a grid design uses levels; this design is " + type);
                ok = false;
            }
        }
        Map<String, Integer> values = new HashMap<>();
        switch (type) {
            case GridDesign.TYPE -> {
                boolean needed = parameters.stream().anyMatch(p -> p instanceof SweptParameter.Range r
                        && r.levels() == 0);
                ok &= setting(node, type, Designs.LEVELS, needed, 2, MAX_POINTS, false, values, problems);
            }
            case MorrisDesign.TYPE -> {
                ok &= setting(node, type, Designs.TRAJECTORIES, true, 2, MAX_POINTS, false, values, problems);
                ok &= setting(node, type, Designs.LEVELS, false, 2, MorrisDesign.MAX_LEVELS, true, values,
                        problems);
            }
            case SaltelliDesign.TYPE -> ok &= setting(node, type, Designs.SAMPLES, true, 2, MAX_POINTS, false,
                    values, problems);
            default -> ok &= setting(node, type, Designs.SAMPLES, true, 1, MAX_POINTS, false, values, problems);
        }
        if (type.equals(SobolDesign.TYPE) && parameters.size() > SobolDesign.MAX_PARAMETERS) {
            problems.add("parameters", null, "design type sobol takes at most " + SobolDesign.MAX_PARAMETERS
                    + " parameters");
            ok = false;
        }
        if (type.equals(SaltelliDesign.TYPE) && parameters.size() > SaltelliDesign.MAX_PARAMETERS) {
            problems.add("parameters", null, "design type saltelli takes at most " + SaltelliDesign.MAX_PARAMETERS
                    + " parameters");
            ok = false;
        }
        int count = values.getOrDefault(Designs.LEVELS, 0);
        if (grid && ok) {
            for (SweptParameter p : parameters) {
                if (p instanceof SweptParameter.Range r && r.integer() && r.levels() == 0
                        && count > r.wholeNumbers()) {
                    problems.add("design.levels", Integer.toString(count), "more than the " + r.wholeNumbers()
                            + " whole numbers of parameters." + p.path() + "; give it its own levels (at most "
                            + r.wholeNumbers() + ")");
                    ok = false;
                }
            }
        }
        return ok ? Designs.create(type, values) : null;
    }

    /**
     * Reads setting {@code key} of the design into {@code values}; false (and a problem) if it is wrong, or
     * missing when {@code required}.
     */
    private static boolean setting(JsonNode design, String type, String key, boolean required, long min, long max,
                                   boolean even, Map<String, Integer> values, FileProblems problems) {
        JsonNode value = design.get(key);
        if (value == null) {
            if (required) {
                problems.add("design", null, "design type " + type + " needs " + key + ": N");
            }
            return !required;
        }
        boolean whole = value.isIntegralNumber() && value.asLong() >= min && value.asLong() <= max;
        if (!whole || even && value.asLong() % 2 != 0) {
            problems.add("design." + key, show(value), even
                    ? "an even whole number from " + min + " to " + max + " (Morris 1991; 4 is usual)"
                    : "a whole number from " + min + " to " + max);
            return false;
        }
        values.put(key, value.asInt());
        return true;
    }

    // ---- the sensitivity analysis and its outcomes

    /**
     * The analysis the file asks for, or the design's own; null when that cannot be told (the design is wrong)
     * or is wrong itself (a problem says why).
     */
    private static Analysis analysis(JsonNode root, FileProblems problems, Design design,
                                     List<SweptParameter> parameters) {
        JsonNode node = root.get("analysis");
        if (node != null && (!node.isTextual() || Analysis.byId(node.asText()).filter(a -> a != Analysis.NONE)
                .isEmpty())) {
            String hint = node.isTextual() ? closest(node.asText(), Analysis.ids()).map(c -> "; did you mean " + c
                    + "?").orElse("") : "";
            problems.add("analysis", show(node), "one of " + String.join(", ", Analysis.ids()) + hint);
            return null;
        }
        if (design == null) {
            return null;
        }
        String type = design.type();
        Analysis analysis = node == null ? Designs.defaultAnalysis(type) : Analysis.byId(node.asText()).orElseThrow();
        if (analysis == Analysis.NONE || analysis == Analysis.DISCOVERY) {
            return analysis;
        }
        if (!Designs.analyses(type).contains(analysis)) {
            problems.add("analysis", show(node), needs(analysis) + "; this design is " + type);
            return null;
        }
        boolean ok = true;
        for (SweptParameter p : parameters) {
            if (p instanceof SweptParameter.Choice c && c.values().size() < 2) {
                problems.add("parameters." + p.path() + ".values", show(root.path("parameters").path(p.path())
                        .path("values")), "at least two values: a sensitivity analysis varies every parameter");
                ok = false;
            }
        }
        if (analysis == Analysis.PRCC && design.size(parameters) < parameters.size() + 2L) {
            problems.add("design.samples", Long.toString(design.size(parameters)), "at least " + (parameters.size()
                    + 2) + " (the " + parameters.size() + " parameters + 2) for partial rank correlation");
            ok = false;
        }
        return ok ? analysis : null;
    }

    private static String needs(Analysis analysis) {
        return switch (analysis) {
            case MORRIS -> "Morris screening needs design type morris";
            case SOBOL -> "Sobol' indices need design type saltelli";
            case PRCC -> "partial rank correlation needs independent points: design type lhs, random or sobol";
            case NONE, DISCOVERY -> "";
        };
    }

    private static List<Outcome> outcomes(JsonNode root, FileProblems problems, Analysis analysis,
                                          List<String> strategies, List<Metric> metrics) {
        JsonNode node = root.get("outcomes");
        if (node == null) {
            if (analysis == null || !analysis.isSensitivity()) {
                return List.of();
            }
            List<Outcome> all = new ArrayList<>();
            for (Metric m : metrics) {
                strategies.forEach(s -> all.add(Outcome.of(m, s)));
            }
            return all;
        }
        if (analysis == Analysis.NONE || analysis == Analysis.DISCOVERY) {
            problems.add("outcomes", null, "only a sensitivity analysis has outcomes: use design type morris or "
                    + "saltelli, or a sample (lhs, random, sobol) with analysis: prcc"
                    + (analysis == Analysis.DISCOVERY ? "; scenario discovery looks for rules instead" : ""));
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("outcomes", show(node), "a list of outcomes, each " + OUTCOME_SHAPE);
            return List.of();
        }
        List<String> listed = listedStrategies(root, strategies);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "outcomes[" + i + "]";
            JsonNode item = node.get(i);
            List<Outcome> read = item.isTextual() ? metric(item, at, problems).map(m -> strategies.stream()
                    .map(s -> Outcome.of(m, s)).toList()).orElse(List.of())
                    : item.isObject() ? outcome(item, at, listed, strategies, problems) : null;
            if (read == null) {
                problems.add(at, show(item), OUTCOME_SHAPE);
                continue;
            }
            for (Outcome o : read) {
                if (outcomes.contains(o)) {
                    problems.add(at, show(item), "listed twice: " + o.label() + " is already an outcome");
                } else {
                    outcomes.add(o);
                }
            }
        }
        return outcomes;
    }

    // ---- scenario discovery: rules and the objective

    private static List<Rule> rules(JsonNode root, FileProblems problems, Analysis analysis, List<String> strategies) {
        JsonNode node = root.get("rules");
        if (analysis != Analysis.DISCOVERY) {
            if (node != null) {
                problems.add("rules", null, "only scenario discovery has rules: add analysis: discovery");
            }
            return List.of();
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("rules", node == null ? null : show(node), (node == null ? "analysis: discovery needs rules: "
                    : "") + "a list of rules, each " + RULE_SHAPE);
            return List.of();
        }
        List<String> listed = listedStrategies(root, strategies);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "rules[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                problems.add(at, show(item), RULE_SHAPE);
                continue;
            }
            Rule rule = rule(item, at, listed, problems);
            if (rule == null) {
                continue;
            }
            if (rules.stream().anyMatch(r -> r.label().equals(rule.label()))) {
                problems.add(at, show(item), "listed twice: " + rule.label() + " is already a rule");
            } else {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static Rule rule(JsonNode item, String at, List<String> listed, FileProblems problems) {
        boolean ok = true;
        for (Iterator<String> keys = item.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!RULE_KEYS.contains(key)) {
                problems.add(at + "." + key, null, unknown("key", key, RULE_KEYS));
                ok = false;
            }
        }
        Optional<Metric> metric = Optional.empty();
        if (item.get("metric") == null) {
            problems.add(at, null, "needs metric: " + RULE_SHAPE);
            ok = false;
        } else {
            metric = metric(item.get("metric"), at + ".metric", problems);
            ok &= metric.isPresent();
        }
        String strategy = strategy(item, "strategy", at, listed, problems);
        String beats = strategy(item, "beats", at, listed, problems);
        ok &= strategy != null && beats != null;
        if (strategy != null && strategy.isEmpty() || beats != null && beats.isEmpty()) {
            problems.add(at, null, "needs " + (strategy != null && strategy.isEmpty() ? "strategy" : "beats") + ": "
                    + RULE_SHAPE);
            ok = false;
        }
        if (ok && strategy.equals(beats)) {
            problems.add(at + ".beats", quote(beats), "a strategy other than strategy (" + strategy + "): a strategy "
                    + "cannot beat itself");
            ok = false;
        }
        boolean higher = false;
        JsonNode better = item.get("better");
        if (better != null) {
            if (!better.isTextual() || !List.of("lower", "higher").contains(better.asText())) {
                problems.add(at + ".better", show(better), "lower (the default: less of the metric is better) or "
                        + "higher");
                ok = false;
            } else {
                higher = better.asText().equals("higher");
            }
        }
        return ok ? new Rule(metric.orElseThrow(), strategy, beats, higher) : null;
    }

    private static Objective objective(JsonNode root, FileProblems problems, Analysis analysis) {
        JsonNode node = root.get("objective");
        if (node == null) {
            return Objective.NONE;
        }
        if (analysis != Analysis.DISCOVERY) {
            problems.add("objective", null, "only scenario discovery has an objective: add analysis: discovery");
            return Objective.NONE;
        }
        if (!node.isObject() || node.isEmpty()) {
            problems.add("objective", show(node), "a map from metric names to weights, more is better: e.g. "
                    + "{adverse_events_per_1000_pd: -1, burnout_rate: -100}");
            return Objective.NONE;
        }
        List<Objective.Term> terms = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = "objective." + entry.getKey();
            Optional<Metric> metric = Metrics.byName(entry.getKey());
            if (metric.isEmpty()) {
                List<String> names = Metrics.all().stream().map(Metric::name).toList();
                problems.add(at, null, "unknown metric; " + closest(entry.getKey(), names).map(c -> "did you mean "
                        + c + "?").orElse("the metrics are: " + String.join(", ", names)));
                ok = false;
                continue;
            }
            JsonNode weight = entry.getValue();
            if (!weight.isNumber() || !Double.isFinite(weight.doubleValue()) || weight.doubleValue() == 0) {
                problems.add(at, show(weight), "a weight: a number other than 0, negative when less of the metric "
                        + "is better");
                ok = false;
                continue;
            }
            terms.add(new Objective.Term(metric.get(), weight.doubleValue()));
        }
        return ok ? new Objective(terms) : Objective.NONE;
    }

    /** The strategies as the file lists them, misspelt ones included, so that outcomes are checked against them. */
    private static List<String> listedStrategies(JsonNode root, List<String> strategies) {
        JsonNode node = root.get("strategies");
        if (node == null || !node.isArray()) {
            return strategies;
        }
        List<String> listed = new ArrayList<>();
        node.forEach(s -> listed.add(s.asText()));
        return listed;
    }

    private static Optional<Metric> metric(JsonNode name, String at, FileProblems problems) {
        Optional<Metric> metric = name.isTextual() ? Metrics.byName(name.asText()) : Optional.empty();
        if (metric.isEmpty()) {
            List<String> names = Metrics.all().stream().map(Metric::name).toList();
            String hint = name.isTextual() ? closest(name.asText(), names).map(c -> "did you mean " + c + "?")
                    .orElse("the metrics are: " + String.join(", ", names)) : "the name of a metric";
            problems.add(at, show(name), "unknown metric; " + hint);
        }
        return metric;
    }

    private static List<Outcome> outcome(JsonNode item, String at, List<String> listed, List<String> strategies,
                                         FileProblems problems) {
        boolean ok = true;
        for (Iterator<String> keys = item.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!OUTCOME_KEYS.contains(key)) {
                problems.add(at + "." + key, null, unknown("key", key, OUTCOME_KEYS));
                ok = false;
            }
        }
        JsonNode metricNode = item.get("metric");
        Optional<Metric> metric = Optional.empty();
        if (metricNode == null) {
            problems.add(at, null, "needs metric: " + OUTCOME_SHAPE);
            ok = false;
        } else {
            metric = metric(metricNode, at + ".metric", problems);
            ok &= metric.isPresent();
        }
        String strategy = strategy(item, "strategy", at, listed, problems);
        String minus = strategy(item, "minus", at, listed, problems);
        ok &= strategy != null && minus != null;
        if (ok && !minus.isEmpty() && strategy.isEmpty()) {
            problems.add(at + ".minus", quote(minus), "needs strategy too: {metric: M, strategy: S, minus: T} is "
                    + "M under S minus M under T");
            ok = false;
        }
        if (ok && !minus.isEmpty() && minus.equals(strategy)) {
            problems.add(at + ".minus", quote(minus), "a strategy other than strategy (" + strategy + "): the "
                    + "difference of a strategy from itself is 0");
            ok = false;
        }
        if (!ok) {
            return List.of();
        }
        Metric m = metric.orElseThrow();
        if (!minus.isEmpty()) {
            return List.of(Outcome.contrast(m, strategy, minus));
        }
        return strategy.isEmpty() ? strategies.stream().map(s -> Outcome.of(m, s)).toList()
                : List.of(Outcome.of(m, strategy));
    }

    /** The strategy at {@code key}: "" if absent, null (and a problem) if it is not one of the experiment's. */
    private static String strategy(JsonNode item, String key, String at, List<String> listed, FileProblems problems) {
        JsonNode node = item.get(key);
        if (node == null) {
            return "";
        }
        if (!node.isTextual() || !listed.contains(node.asText())) {
            String hint = node.isTextual() ? closest(node.asText(), listed).map(c -> "; did you mean " + c + "?")
                    .orElse("; add it to strategies") : "";
            problems.add(at + "." + key, show(node), "one of this experiment's strategies (" + String.join(", ",
                    listed) + ")" + hint);
            return null;
        }
        return node.asText();
    }

    // ---- messages

    private static String unknown(String what, String key, List<String> allowed) {
        return "unknown " + what + closest(key, allowed).map(c -> "; did you mean " + c + "?")
                .orElse("; allowed here: " + String.join(", ", allowed));
    }

    /** The option closest to {@code typed}, if it is close enough to be a typo. */
    static Optional<String> closest(String typed, List<String> options) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, typed.length() / 3);
        return options.stream()
                .filter(o -> DISTANCE.apply(lower, o.toLowerCase(Locale.ROOT)) <= threshold)
                .min(Comparator.comparingInt(o -> DISTANCE.apply(lower, o.toLowerCase(Locale.ROOT))));
    }

    private static String show(JsonNode node) {
        if (node.isTextual()) {
            return quote(node.asText());
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String stem(String source) {
        String name = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
