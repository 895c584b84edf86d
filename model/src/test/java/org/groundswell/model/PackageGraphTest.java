package org.groundswell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model's packages point one way: the shared kernel at the bottom, the domains above it, the run's
 * parameters above the domains, the strategies above those, the hospital's wiring on top. Read from the
 * sources: a package depends on another when its code (not its comments) imports or names a type of it.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src/main/java/org/groundswell/model");
    private static final String ROOT = "(wiring)";
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.groundswell\\.model\\.(?:([a-z]+)\\.|[A-Z])");

    /** What each package may depend on: the layers, bottom first. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("param", Set.of()),
            Map.entry("kernel", Set.of("param")),
            Map.entry("metrics", Set.of("param", "kernel")),
            Map.entry("care", Set.of("param", "kernel", "metrics")),
            Map.entry("workforce", Set.of("param", "kernel", "metrics", "care")),
            Map.entry("wellbeing", Set.of("param", "kernel", "metrics", "care", "workforce")),
            Map.entry("coordination", Set.of("param", "kernel", "metrics", "care", "workforce")),
            Map.entry("improvement", Set.of("param", "kernel", "metrics", "care", "workforce")),
            Map.entry("culture", Set.of("param", "kernel", "metrics", "care", "coordination", "improvement")),
            Map.entry("region", Set.of("param", "kernel", "metrics", "care", "workforce", "improvement")),
            Map.entry("parameters", Set.of("param", "kernel", "metrics", "care", "workforce", "wellbeing",
                    "coordination", "improvement", "culture", "region")),
            Map.entry("change", Set.of("param", "kernel", "metrics", "care", "workforce", "wellbeing",
                    "coordination", "improvement", "culture", "parameters", "region")),
            Map.entry(ROOT, Set.of("param", "kernel", "metrics", "care", "workforce", "wellbeing", "coordination",
                    "improvement", "culture", "parameters", "change", "region")));

    @Test
    void everyPackageDependsOnlyOnTheLayersBelowIt() {
        Map<String, Set<String>> graph = graph();
        assertEquals(ALLOWED.keySet(), graph.keySet(), "the model's packages");
        List<String> wrong = new ArrayList<>();
        graph.forEach((pkg, deps) -> deps.stream().filter(d -> !ALLOWED.get(pkg).contains(d))
                .forEach(d -> wrong.add(pkg + " -> " + d)));
        assertEquals(List.of(), wrong, "dependencies against the layering");
    }

    @Test
    void thePackageGraphHasNoCycle() {
        Map<String, Set<String>> graph = graph();
        Set<String> done = new TreeSet<>();
        for (String pkg : graph.keySet()) {
            List<String> path = new ArrayList<>();
            assertTrue(acyclic(pkg, graph, path, done), () -> "cycle: " + String.join(" -> ", path));
        }
    }

    @Test
    void eachPackageInfoNamesWhatItsPackageDependsOn() {
        List<String> missing = new ArrayList<>();
        graph().forEach((pkg, deps) -> {
            if (pkg.equals(ROOT)) {
                return;
            }
            String info = read(SOURCES.resolve(pkg).resolve("package-info.java"));
            for (String dep : deps) {
                if (!info.contains("{@code " + dep + "}")) {
                    missing.add(pkg + " does not say it depends on " + dep);
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    private static boolean acyclic(String pkg, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        if (done.contains(pkg)) {
            return true;
        }
        if (path.contains(pkg)) {
            path.add(pkg);
            return false;
        }
        path.add(pkg);
        for (String dep : graph.getOrDefault(pkg, Set.of())) {
            if (!acyclic(dep, graph, path, done)) {
                return false;
            }
        }
        path.remove(path.size() - 1);
        done.add(pkg);
        return true;
    }

    /** Each package (the root as {@value #ROOT}) and the other model packages its code refers to. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Path dir = SOURCES.relativize(f.getParent());
                String pkg = dir.toString().isEmpty() ? ROOT : dir.toString();
                Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(code(read(f)));
                while (m.find()) {
                    String target = m.group(1) == null ? ROOT : m.group(1);
                    if (!target.equals(pkg)) {
                        deps.add(target);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The text without comments and string literals. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
