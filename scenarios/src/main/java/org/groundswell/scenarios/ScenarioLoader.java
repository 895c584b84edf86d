package org.groundswell.scenarios;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.groundswell.model.change.Strategies;
import org.groundswell.model.param.ParameterException;
import org.groundswell.model.param.Requires;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Structure.Problem;

/**
 * Reads scenarios: a bundled one by name or a YAML/JSON file, merged over the scenario it {@code extends}
 * (by default the built-in defaults, {@link HospitalParameters#communityHospital()}), with
 * {@code --set PATH=VALUE} overrides applied, then bound strictly to {@link HospitalParameters}.
 *
 * <p>A scenario file has the root keys {@code name}, {@code description}, {@code extends} (optional: a
 * bundled scenario's name, or a file relative to this one) and any component of {@link HospitalParameters}
 * ({@code seed}, {@code warmupDays}, {@code days}, {@code summaryDays}, {@code units}, {@code staffing},
 * {@code workforce}, {@code wellbeing}, {@code care}, {@code physicians}, {@code management}, {@code cost}).
 * Objects merge key by key over the base; lists and scalars replace the base's whole.
 * {@snippet :
 * name: short-staffed
 * description: The default hospital with six patients per nurse.
 * extends: community-hospital
 * staffing:
 *   patientsPerNurse: 6
 * }
 *
 * <p>Binding is strict: an unknown key, a value of the wrong type (text for a number, 2.5 for a whole
 * number), a missing or empty value, a duplicate key and a value out of range are all errors, reported as a
 * {@link ScenarioException} with the file, the line, the field path, the value and what is allowed. Every
 * such problem of a file and of its {@code --set} overrides is collected — shape and ranges in one pass, then
 * each record's own rules, then the whole scenario's (unit names, transfers, the strategy) with the faulty
 * parts set aside — so that a user sees them all at once: the first in file order is thrown, the rest are its
 * {@link ScenarioException#others()}. Only a file that is not YAML at all stops at its first error.
 *
 * <p>Thread-safe; holds no state beyond immutable configuration.
 */
public final class ScenarioLoader {

    /** The source name of errors in {@code --set} overrides. */
    public static final String SET_SOURCE = "--set";

    private static final List<String> META = List.of("name", "description", "extends");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .build();

    private static final YAMLMapper YAML_WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final ObjectNode DEFAULTS = toTree(HospitalParameters.communityHospital());

    private ScenarioLoader() {
    }

    /** Where a value in the resolved tree came from: a source and the 1-based line of its key (0 unknown). */
    private record Origin(String source, int line) {
    }

    /** A document opened by name or path, with its identity for cycle detection. */
    private record Opened(YamlDocument document, String key, Path directory, Path shownDirectory,
            String defaultName) {
    }

    /** A resolved tree, and the origin (file and line, or --set) of each path a file or override set. */
    private record Resolved(ObjectNode tree, Map<String, Origin> origins) {
    }

    /** Builds an error about a reference (a scenario named on the command line, or by {@code extends:}). */
    @FunctionalInterface
    private interface ReferenceError {
        ScenarioException at(String problem);
    }

    /** {@link #load(String, List)} without overrides. */
    public static Scenario load(String nameOrFile) throws ScenarioException {
        return load(nameOrFile, List.of());
    }

    /**
     * Loads a scenario and applies overrides.
     *
     * @param nameOrFile a bundled scenario's name ({@code community-hospital}), or a YAML or JSON file; null or
     *                   empty means {@link ScenarioLibrary#DEFAULT}. A name without a path separator and without
     *                   a {@code .yaml}, {@code .yml} or {@code .json} extension that is not an existing file is
     *                   looked up in the library.
     * @param sets       overrides {@code PATH=VALUE}, applied in order after the file; the value is read as YAML
     *                   ({@code 5}, {@code 0.3}, {@code true}, {@code text}, {@code [a, b]}, {@code {k: v}})
     * @throws ScenarioException if the scenario cannot be found or read, or any value is unknown, of the wrong
     *                           type, missing or out of range
     */
    public static Scenario load(String nameOrFile, List<String> sets) throws ScenarioException {
        String reference = nameOrFile == null || nameOrFile.isBlank() ? ScenarioLibrary.DEFAULT : nameOrFile.strip();
        Opened opened = open(reference, null, null, problem -> new ScenarioException(reference, 0, "", null, problem));
        return finish(opened, sets);
    }

    /**
     * Loads a scenario from text, as if read from a file called {@code source} (a relative {@code extends}
     * file is looked up from the working directory).
     *
     * @throws ScenarioException as {@link #load(String, List)}
     */
    public static Scenario parse(String text, String source, List<String> sets) throws ScenarioException {
        YamlDocument document = YamlDocument.parse(text, source);
        return finish(new Opened(document, "text:" + source, Path.of("").toAbsolutePath(), null, stem(source)),
                sets);
    }

    /**
     * {@code base} with overrides {@code PATH=VALUE} applied, validated like a scenario file.
     *
     * @throws ScenarioException with source {@code --set} if a path is unknown or a value is of the wrong type
     *                           or out of range
     */
    public static HospitalParameters override(HospitalParameters base, List<String> sets) throws ScenarioException {
        Resolved resolved = new Resolved(toTree(base), new LinkedHashMap<>());
        List<ScenarioException> setErrors = new ArrayList<>();
        Map<String, String> typed = applySets(resolved, sets, setErrors);
        return bind(resolved, SET_SOURCE, sets, typed, setErrors);
    }

    /**
     * The parameters as a JSON tree, fields in record order: what {@code summary.json} records as the
     * resolved scenario, and the base every scenario file is merged over.
     */
    public static ObjectNode toTree(HospitalParameters parameters) {
        return MAPPER.valueToTree(parameters);
    }

    /** The scenario as a self-contained YAML file: its name, description and every resolved parameter. */
    public static String toYaml(Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", scenario.name());
        root.put("description", scenario.description());
        root.setAll(toTree(scenario.parameters()));
        try {
            return YAML_WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scenario tree as YAML", e);
        }
    }

    /**
     * The scenario as a self-contained YAML file to read, copy and edit: its name, description and every
     * resolved parameter, each with what it means, its unit, what it allows, its default and the source of the
     * default as comments. Loads back to the same parameters.
     */
    public static String toCommentedYaml(Scenario scenario) {
        return CommentedYaml.write(scenario);
    }

    // ---- opening files and bundled scenarios

    /**
     * Opens a bundled scenario or a file. A file named by {@code extends:} is looked up in {@code directory},
     * the extending file's folder, and named in messages relative to {@code shownDirectory}, that folder as the
     * user gave it (null: the reference as written).
     */
    private static Opened open(String reference, Path directory, Path shownDirectory, ReferenceError error)
            throws ScenarioException {
        boolean looksLikeFile = BundledFiles.looksLikeFile(reference);
        Path path = null;
        try {
            path = directory == null ? Path.of(reference) : directory.resolve(reference);
        } catch (InvalidPathException e) {
            if (looksLikeFile) {
                throw error.at("not a valid file name: " + e.getReason());
            }
        }
        if (path != null && Files.isRegularFile(path)) {
            String source = directory == null || shownDirectory == null ? reference
                    : shownDirectory.resolve(reference).normalize().toString();
            String text;
            try {
                text = Files.readString(path);
            } catch (CharacterCodingException e) {
                throw new ScenarioException(source, 0, "", null, "is not UTF-8 text");
            } catch (IOException e) {
                throw new ScenarioException(source, 0, "", null, "cannot be read: " + e.getMessage());
            }
            Path absolute = path.toAbsolutePath().normalize();
            Path shown = Path.of(source).getParent();
            return new Opened(YamlDocument.parse(text, source), absolute.toString(), absolute.getParent(),
                    shown == null ? Path.of("") : shown, stem(path.getFileName().toString()));
        }
        Optional<String> name = ScenarioLibrary.FILES.lookup(reference);
        if (name.isEmpty()) {
            if (looksLikeFile && path != null && Files.isDirectory(path)) {
                throw error.at("is a folder, not a scenario file");
            }
            if (looksLikeFile && (reference.contains("/") || reference.contains("\\"))) {
                throw error.at("no such file" + (directory == null ? "" : " (looked for " + path + ")"));
            }
            throw error.at(ScenarioLibrary.FILES.notFound(reference));
        }
        String text = ScenarioLibrary.text(name.get()).orElseThrow();
        String source = ScenarioLibrary.source(name.get());
        return new Opened(YamlDocument.parse(text, source), source, null, null, name.get());
    }

    private static String stem(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- resolving: defaults, extends, the file, overrides

    private static Scenario finish(Opened opened, List<String> sets) throws ScenarioException {
        YamlDocument document = opened.document();
        Map<String, String> chain = new LinkedHashMap<>();
        chain.put(opened.key(), document.source());
        Resolved resolved = resolve(opened, chain);
        RegionMembers.expand(resolved.tree(), DEFAULTS.get("region"), (reference, i) -> {
            int line = document.line("region.hospitals[" + i + "].extends");
            Opened member = open(reference.strip(), opened.directory(), opened.shownDirectory(),
                    problem -> new ScenarioException(document.source(), line, "region.hospitals[" + i + "].extends",
                            reference, problem));
            ObjectNode tree = resolve(member, new LinkedHashMap<>(Map.of(member.key(), member.document().source())))
                    .tree();
            if (RegionMembers.members(tree) != null) {
                throw new ScenarioException(document.source(), line, "region.hospitals[" + i + "].extends", reference,
                        "a hospital's scenario, not a region's");
            }
            return tree;
        }, (base, own) -> merge(base, own, "", new LinkedHashMap<>(), null));
        List<ScenarioException> setErrors = new ArrayList<>();
        Map<String, String> typed = applySets(resolved, sets, setErrors);
        HospitalParameters parameters = bind(resolved, document.source(), sets, typed, setErrors);
        String name = text(document, "name").orElse(opened.defaultName());
        String description = text(document, "description").orElse("");
        return new Scenario(name, description.strip(), document.source(), parameters);
    }

    private static Optional<String> text(YamlDocument document, String key) throws ScenarioException {
        JsonNode node = document.tree().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new ScenarioException(document.source(), document.line(key), key, Structure.show(node), "text");
        }
        return Optional.of(node.asText());
    }

    private static Resolved resolve(Opened opened, Map<String, String> chain) throws ScenarioException {
        YamlDocument document = opened.document();
        JsonNode root = document.tree();
        if (!root.isObject()) {
            throw new ScenarioException(document.source(), 1, "", null,
                    "a scenario file is a list of `key: value` lines (a YAML mapping), not "
                            + (root.isArray() ? "a list" : "a single value"));
        }
        text(document, "name");
        text(document, "description");
        Optional<String> parent = text(document, "extends");
        Resolved base;
        if (parent.isPresent()) {
            int line = document.line("extends");
            String value = parent.get();
            Opened next = open(value.strip(), opened.directory(), opened.shownDirectory(),
                    problem -> new ScenarioException(document.source(), line, "extends", value, problem));
            if (chain.putIfAbsent(next.key(), next.document().source()) != null) {
                List<String> names = new ArrayList<>(chain.values());
                names.add(chain.get(next.key()));
                throw new ScenarioException(document.source(), line, "extends", value,
                        "scenarios cannot extend each other in a circle: " + String.join(" → ", names));
            }
            base = resolve(next, chain);
        } else {
            base = new Resolved(DEFAULTS.deepCopy(), new LinkedHashMap<>());
        }
        ObjectNode over = ((ObjectNode) root).deepCopy();
        over.remove(META);
        merge(base.tree(), over, "", base.origins(), document);
        return base;
    }

    /**
     * Merges {@code over} into {@code base}: objects key by key, anything else replacing the base's value;
     * records the origin of each path taken from {@code document} (or from {@code --set} when it is null).
     */
    private static void merge(ObjectNode base, ObjectNode over, String path, Map<String, Origin> origins,
            YamlDocument document) {
        for (Map.Entry<String, JsonNode> field : over.properties()) {
            String child = Structure.join(path, field.getKey());
            JsonNode old = base.get(field.getKey());
            if (old != null && old.isObject() && field.getValue().isObject()) {
                origins.put(child, origin(document, child));
                merge((ObjectNode) old, (ObjectNode) field.getValue(), child, origins, document);
            } else {
                base.set(field.getKey(), field.getValue());
                replaceOrigins(origins, child, document);
            }
        }
    }

    private static Origin origin(YamlDocument document, String path) {
        return document == null ? new Origin(SET_SOURCE, 0) : new Origin(document.source(), document.line(path));
    }

    /** Forgets the origins under {@code path} (their values were replaced) and records the new ones. */
    private static void replaceOrigins(Map<String, Origin> origins, String path, YamlDocument document) {
        origins.keySet().removeIf(p -> under(p, path));
        origins.put(path, origin(document, path));
        if (document != null) {
            for (Map.Entry<String, Integer> line : document.lines().entrySet()) {
                if (under(line.getKey(), path) && !line.getKey().equals(path)) {
                    origins.put(line.getKey(), new Origin(document.source(), line.getValue()));
                }
            }
        }
    }

    private static boolean under(String p, String path) {
        return p.equals(path) || p.startsWith(path) && (p.charAt(path.length()) == '.' || p.charAt(path.length()) == '[');
    }

    /**
     * Applies {@code PATH=VALUE} overrides to the resolved tree. An override that cannot be applied (no
     * {@code =}, an unknown path, a value that is not YAML) is added to {@code errors} and skipped, so that
     * every bad override is reported at once, with the file's own errors.
     *
     * @return each overridden path in canonical form → as the user typed it
     */
    private static Map<String, String> applySets(Resolved resolved, List<String> sets, List<ScenarioException> errors) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String set : sets == null ? List.<String>of() : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                errors.add(new ScenarioException(SET_SOURCE, 0, set.strip(), null,
                        "write PATH=VALUE, for example --set staffing.patientsPerNurse=6"));
                continue;
            }
            String path = set.substring(0, eq).strip();
            String text = set.substring(eq + 1);
            ObjectNode tree = resolved.tree();
            Optional<ParameterPaths.Resolved> target = ParameterPaths.resolve(tree, path);
            if (target.isEmpty()) {
                List<String> close = ParameterPaths.suggestions(tree, path, 3);
                String hint = close.isEmpty()
                        ? "paths start with one of: " + String.join(", ", iterable(tree.fieldNames()))
                        : "did you mean " + String.join(", ", close) + "?";
                errors.add(new ScenarioException(SET_SOURCE, 0, path, null, "no such parameter; " + hint));
                continue;
            }
            JsonNode value;
            if (text.isBlank()) {
                value = NullNode.getInstance();
            } else {
                try {
                    value = YamlDocument.parse(text, SET_SOURCE).tree();
                } catch (ScenarioException e) {
                    errors.add(new ScenarioException(SET_SOURCE, 0, path, text, e.problem()));
                    continue;
                }
            }
            String canonical = target.get().path();
            put(resolved, canonical, value);
            typed.put(canonical, path);
            ArrayNode members = RegionMembers.members(tree);
            if (members != null && RegionMembers.forEveryMember(canonical)) {
                for (int i = 0; i < members.size(); i++) {
                    if (ParameterPaths.resolve(tree, RegionMembers.inMember(i, canonical)).isPresent()) {
                        put(resolved, RegionMembers.inMember(i, canonical), value.deepCopy());
                    }
                }
            }
        }
        return typed;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static void put(Resolved resolved, String canonical, JsonNode value) {
        List<ParameterPaths.Step> steps = ParameterPaths.parse(canonical);
        JsonNode parent = resolved.tree();
        for (ParameterPaths.Step step : steps.subList(0, steps.size() - 1)) {
            parent = step.bracketed() ? parent.get(Integer.parseInt(step.text())) : parent.get(step.text());
        }
        ParameterPaths.Step last = steps.get(steps.size() - 1);
        JsonNode old = last.bracketed() ? parent.get(Integer.parseInt(last.text())) : parent.get(last.text());
        if (old.isObject() && value.isObject()) {
            resolved.origins().put(canonical, new Origin(SET_SOURCE, 0));
            merge((ObjectNode) old, (ObjectNode) value, canonical, resolved.origins(), null);
        } else {
            if (last.bracketed()) {
                ((ArrayNode) parent).set(Integer.parseInt(last.text()), value);
            } else {
                ((ObjectNode) parent).set(last.text(), value);
            }
            replaceOrigins(resolved.origins(), canonical, null);
        }
    }

    // ---- binding and error reports

    /**
     * Binds the resolved tree, or throws every problem found: those of the tree's shape (unknown keys, wrong
     * types, missing values, all found in one pass), those of each record that could be bound on its own
     * (values out of range, record by record), those the whole scenario's checks find (unknown strategy, unit
     * names, transfers) once the faulty parts are set aside, and {@code setErrors}.
     */
    private static HospitalParameters bind(Resolved resolved, String topSource, List<String> sets,
            Map<String, String> typed, List<ScenarioException> setErrors) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Structure.check(resolved.tree(), HospitalParameters.class, null, "", META, problems);
        JsonNode strategy = resolved.tree().get("strategy");
        if (strategy != null && strategy.isTextual() && !Strategies.isKnown(strategy.asText())) {
            problems.add(new Problem("strategy", strategy.asText(),
                    "one of " + String.join(", ", Strategies.ids())));
        }
        ArrayNode members = RegionMembers.members(resolved.tree());
        for (int i = 0; members != null && i < members.size(); i++) {
            JsonNode own = members.get(i).path("strategy");
            if (own.isTextual() && !own.asText().isEmpty() && !Strategies.isKnown(own.asText())) {
                problems.add(new Problem("region.hospitals[" + i + "].strategy", own.asText(),
                        "empty (the region's strategy) or one of " + String.join(", ", Strategies.ids())));
            }
        }
        Object bound = bindEach(resolved.tree(), HospitalParameters.class, "", problems);
        if (bound == null) {
            bindWithDefaultsForFaultyParts(resolved.tree(), problems);
        }
        if (problems.isEmpty() && setErrors.isEmpty()) {
            if (bound == null) {
                throw new IllegalStateException("a scenario that is neither bound nor faulty");
            }
            return (HospitalParameters) bound;
        }
        List<ScenarioException> errors = new ArrayList<>();
        for (Problem p : problems) {
            Origin origin = locate(resolved.origins(), p.path(), topSource);
            String field = origin.source().equals(SET_SOURCE) ? display(p.path(), typed) : p.path();
            errors.add(new ScenarioException(origin.source(), origin.line(), field, p.value(), p.problem()));
        }
        errors.addAll(setErrors);
        List<String> setOrder = setPaths(sets);
        errors.sort(Comparator.comparingInt((ScenarioException e) -> e.source().equals(topSource) ? 0
                : e.source().equals(SET_SOURCE) ? 2 : 1)
                .thenComparingInt(e -> e.line() == 0 ? Integer.MAX_VALUE : e.line())
                .thenComparingInt(e -> e.source().equals(SET_SOURCE) ? setIndex(e.field(), setOrder) : 0));
        throw ScenarioException.of(errors);
    }

    /** The path of each {@code --set}, as typed, in command-line order. */
    private static List<String> setPaths(List<String> sets) {
        List<String> paths = new ArrayList<>();
        for (String set : sets == null ? List.<String>of() : sets) {
            int eq = set.indexOf('=');
            paths.add((eq <= 0 ? set : set.substring(0, eq)).strip());
        }
        return paths;
    }

    /** The position on the command line of the {@code --set} an error's field lies under. */
    private static int setIndex(String field, List<String> setPaths) {
        for (int i = 0; i < setPaths.size(); i++) {
            String path = setPaths.get(i);
            if (!path.isEmpty() && under(field, path)) {
                return i;
            }
        }
        return setPaths.size();
    }

    /**
     * Binds {@code node} to {@code type}, binding its nested records first and separately, so that a value
     * out of range in each of several records is reported, not only the first. A record with a problem at or
     * under its path (of its shape, or of a nested record) is not bound. Returns null after adding problems,
     * or when a problem found before stands in the way.
     */
    private static Object bindEach(JsonNode node, Class<?> type, String path, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            return null;
        }
        boolean ok = true;
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode child = node.get(c.getName());
            String childPath = Structure.join(path, c.getName());
            Class<?> raw = c.getType();
            if (raw.isRecord()) {
                ok &= bindEach(child, raw, childPath, problems) != null;
            } else if (List.class.isAssignableFrom(raw) && Structure.raw(Structure.elementType(c.getGenericType()))
                    .isRecord()) {
                if (child == null || !child.isArray()) {
                    ok = false;
                    continue;
                }
                Class<?> element = Structure.raw(Structure.elementType(c.getGenericType()));
                for (int i = 0; i < child.size(); i++) {
                    ok &= bindEach(child.get(i), element, childPath + "[" + i + "]", problems) != null;
                }
            }
        }
        if (!ok || problems.stream().anyMatch(p -> path.isEmpty() || under(p.path(), path))) {
            return null;
        }
        Binding binding = tryBind(node, type, path);
        if (binding.problem() != null) {
            problems.add(binding.problem());
        }
        return binding.value();
    }

    /**
     * Looks for the problems only the whole scenario's checks can find (an unknown strategy, a unit named
     * twice, a transfer to a unit that does not exist, an intervention given twice) while other parts are
     * faulty: binds the root with each faulty top-level part replaced by the default's, again after each new
     * problem, until it binds.
     */
    private static void bindWithDefaultsForFaultyParts(JsonNode tree, List<Problem> problems) {
        ObjectNode patched = (ObjectNode) tree.deepCopy();
        Set<String> replaced = new HashSet<>();
        for (Problem p : problems) {
            String top = topKey(p.path());
            if (replaced.add(top)) {
                replaceWithDefault(patched, top);
            }
        }
        for (int attempt = 0; attempt < DEFAULTS.size(); attempt++) {
            Problem problem = tryBind(patched, HospitalParameters.class, "").problem();
            if (problem == null) {
                return;
            }
            String top = topKey(problem.path());
            if (!replaced.add(top)) {
                return;
            }
            problems.add(problem);
            replaceWithDefault(patched, top);
        }
    }

    /** The first key of a path: {@code units} for {@code units[2].beds}. */
    private static String topKey(String path) {
        List<ParameterPaths.Step> steps = ParameterPaths.parse(path);
        return steps.isEmpty() ? "" : steps.get(0).text();
    }

    private static void replaceWithDefault(ObjectNode tree, String key) {
        JsonNode standard = DEFAULTS.get(key);
        if (standard == null) {
            tree.remove(key);
        } else {
            tree.set(key, standard.deepCopy());
        }
    }

    /** A record bound from a tree, or the problem that kept it from binding. */
    private record Binding(Object value, Problem problem) {
    }

    /** Binds {@code node}, found at {@code path}, to {@code type}. */
    private static Binding tryBind(JsonNode node, Class<?> type, String path) {
        try {
            return new Binding(MAPPER.treeToValue(node, type), null);
        } catch (JsonProcessingException e) {
            return new Binding(null, problem(e, path));
        } catch (IllegalArgumentException e) {
            if (e instanceof ParameterException pe) {
                return new Binding(null, new Problem(prefix(path, pe.field()), value(pe.value()), pe.allowed()));
            }
            throw e;
        }
    }

    /** Turns a Jackson failure into a problem at its dotted path (after {@code prefix}). */
    private static Problem problem(JsonProcessingException e, String prefix) {
        String path = prefix;
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path = Structure.join(path, ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path = path + "[" + ref.getIndex() + "]";
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParameterException pe) {
                return new Problem(prefix(path, pe.field()), value(pe.value()), pe.allowed());
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            return new Problem(path, null, Structure.unknown(u.getPropertyName(), parent, known));
        }
        if (e instanceof InvalidNullException
                || e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Missing")) {
            return new Problem(path, null, "a value is required");
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return new Problem(path, null, Structure.describe(mi.getTargetType(), null));
        }
        return new Problem(path, null, String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ").trim());
    }

    private static String prefix(String path, String field) {
        return path.isEmpty() ? field : field.startsWith("[") ? path + field : path + "." + field;
    }

    private static String value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return Requires.format(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** The origin of {@code path}, or of its closest ancestor that has one. */
    private static Origin locate(Map<String, Origin> origins, String path, String topSource) {
        String p = path;
        while (!p.isEmpty()) {
            Origin origin = origins.get(p);
            if (origin != null) {
                return origin;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return new Origin(topSource, 0);
    }

    /** The path as the user typed it when it lies under a {@code --set} path typed differently. */
    private static String display(String path, Map<String, String> typed) {
        String best = null;
        for (String canonical : typed.keySet()) {
            if (under(path, canonical) && (best == null || canonical.length() > best.length())) {
                best = canonical;
            }
        }
        return best == null ? path : typed.get(best) + path.substring(best.length());
    }
}
