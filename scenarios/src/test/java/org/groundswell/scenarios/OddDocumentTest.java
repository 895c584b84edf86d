package org.groundswell.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/ODD.md}, the model description after the ODD protocol, is written by hand; these tests keep it
 * whole and current: every metric of the registry and every section of the parameter registry is in it, and
 * every parameter path it names exists.
 */
class OddDocumentTest {

    private static final String ODD = Docs.read("ODD.md");
    private static final Pattern PATH = Pattern.compile("`([a-z][A-Za-z]*(?:\\[])?\\.[A-Za-z.\\[\\]]+\\*?)`");

    @Test
    void everyMetricOfTheRegistryIsDescribed() {
        List<String> missing = Metrics.all().stream().map(Metric::name)
                .filter(name -> !ODD.contains("`" + name + "`")).toList();
        assertEquals(List.of(), missing, "metrics missing from docs/ODD.md");
    }

    @Test
    void everySectionOfTheParameterRegistryIsDescribed() {
        List<String> missing = ParameterReference.sections().stream().map(ParameterReference.Entry::path)
                .filter(section -> !ODD.contains("`" + section + "`")).toList();
        assertEquals(List.of(), missing, "parameter sections missing from docs/ODD.md");
    }

    @Test
    void everyParameterPathItNamesExists() {
        List<String> sections = ParameterReference.sections().stream().map(ParameterReference.Entry::path).toList();
        List<String> unknown = new ArrayList<>();
        int named = 0;
        Matcher m = PATH.matcher(ODD);
        while (m.find()) {
            String path = m.group(1);
            if (path.matches(".*\\.(csv|json|md|yaml)") || !sections.contains(path.substring(0, path.indexOf('.')).replace("[]", ""))) {
                continue;
            }
            named++;
            boolean exists = path.endsWith("*")
                    ? ParameterReference.all().stream().anyMatch(e -> e.path().startsWith(path.substring(0,
                            path.length() - 1)))
                    : ParameterReference.find(path).isPresent();
            if (!exists) {
                unknown.add(path);
            }
        }
        assertEquals(List.of(), unknown, "parameter paths in docs/ODD.md that the registry does not have");
        assertTrue(named > 100, "docs/ODD.md names its parameters by path: " + named);
    }
}
