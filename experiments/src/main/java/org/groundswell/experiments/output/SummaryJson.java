package org.groundswell.experiments.output;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.RunSummary;
import org.groundswell.model.Simulation;
import org.groundswell.model.metrics.CostComponent;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.Scenario;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * Writes {@code summary.json}: what was run and what came out of it, in a fixed field order and with no
 * timestamp, so the same scenario and seed give a byte-identical file.
 *
 * <pre>
 * groundswell_version, git_commit, git_tree       the build that ran it ({@link Version})
 * reproduce (the command line that reruns it),
 * scenario_name, scenario_description, scenario_source, seed,
 * summary_window {first_day, last_day, days},
 * metrics {name: {value, unit, description}}      registry order
 * units {unit: {metric: value}}                     scenario order, per-unit metrics in registry order
 * costs {component: total over the run, ..., total}
 * totals {admissions, discharges, ...}              counts over the whole run
 * adoption {first_day_25, first_day_50, first_day_75} first strategy-period day adoption_fraction reached
 *                                                   25%, 50%, 75% of (unit, problem type) pairs; null if never
 * scenario {...}                                    the scenario as resolved, every parameter
 * </pre>
 *
 * Numbers are rounded as {@link Numbers} says; a missing value is {@code null}.
 */
public final class SummaryJson {

    /** The file name inside a run's output directory. */
    public static final String FILE = "summary.json";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SummaryJson() {
    }

    /**
     * Writes the summary into {@code directory}.
     *
     * @param directory  where to write
     * @param scenario   the scenario as resolved (its parameters are the ones that ran)
     * @param summary    the run's result
     * @param reproduce  the command line that reruns this run
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path write(Path directory, Scenario scenario, RunSummary summary, String reproduce)
            throws IOException {
        Path file = directory.resolve(FILE);
        Files.writeString(file, text(tree(scenario, summary, reproduce)), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** A JSON tree as Groundswell's JSON files are written: indented by two spaces, numbers plain, a final newline. */
    static String text(JsonNode tree) throws IOException {
        return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
    }

    /** The summary as a JSON tree, in the order written. */
    public static ObjectNode tree(Scenario scenario, RunSummary summary, String reproduce) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        HospitalParameters p = scenario.parameters();
        ObjectNode root = f.objectNode();
        Version.record(root);
        root.put("reproduce", reproduce);
        root.put("scenario_name", scenario.name());
        root.put("scenario_description", scenario.description());
        root.put("scenario_source", scenario.source());
        root.put("seed", summary.seed());

        ObjectNode window = root.putObject("summary_window");
        window.put("first_day", summary.firstDay());
        window.put("last_day", summary.lastDay());
        window.put("days", summary.lastDay() - summary.firstDay() + 1);

        ObjectNode metrics = root.putObject("metrics");
        for (Metric m : Metrics.all()) {
            ObjectNode node = metrics.putObject(m.name());
            node.put("value", number(summary.metrics().get(m.name())));
            node.put("unit", m.unit());
            node.put("description", m.description());
            node.put("summary", m.summary().name().toLowerCase(Locale.ROOT));
        }

        ObjectNode units = root.putObject("units");
        for (String unit : Simulation.unitNames(p)) {
            Map<String, Double> values = summary.unitMetrics().get(unit);
            ObjectNode node = units.putObject(unit);
            for (Metric m : Metrics.perUnit()) {
                node.put(m.name(), number(values == null ? null : values.get(m.name())));
            }
        }
        if (!summary.hospitals().isEmpty()) {
            ObjectNode hospitals = root.putObject("hospitals");
            summary.hospitals().forEach((name, values) -> {
                ObjectNode node = hospitals.putObject(name);
                for (Metric m : Metrics.all()) {
                    node.put(m.name(), number(values.get(m.name())));
                }
            });
        }

        ObjectNode costs = root.putObject("costs");
        double total = 0;
        for (CostComponent c : CostComponent.values()) {
            Double v = summary.costs().get(c);
            costs.put(c.id(), number(v));
            total += v == null ? 0 : v;
        }
        costs.put("total", number(total));

        ObjectNode totals = root.putObject("totals");
        for (RecordComponent rc : RunSummary.Totals.class.getRecordComponents()) {
            Object value = read(rc, summary.totals());
            totals.put(snakeCase(rc.getName()), ((Number) value).longValue());
        }

        ObjectNode adoption = root.putObject("adoption");
        RunSummary.AdoptionMilestones milestones = summary.adoption();
        adoption.put("first_day_25", day(milestones.quarter()));
        adoption.put("first_day_50", day(milestones.half()));
        adoption.put("first_day_75", day(milestones.threeQuarters()));

        root.set("scenario", ScenarioLoader.toTree(p));
        return root;
    }

    private static Integer day(java.util.OptionalInt day) {
        return day.isPresent() ? day.getAsInt() : null;
    }

    private static BigDecimal number(Double value) {
        return value == null ? null : Numbers.decimal(value);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** {@code deathsInHospital} to {@code deaths_in_hospital}. */
    static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
