package org.groundswell.experiments.report;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.groundswell.model.param.Param;
import org.groundswell.model.parameters.HospitalParameters;
import org.groundswell.scenarios.ParameterPaths;
import org.groundswell.scenarios.ScenarioLoader;

/**
 * The assumptions of a scenario and where they come from: every parameter whose {@link Param#source()} says
 * something — a publication, or the reasoning behind a modelling assumption — with its value in this scenario, read from the parameter records' annotations (the one place
 * sources are written). Parameters of list elements (each unit's) are left out: the report lists the
 * hospital-wide ones.
 */
public final class ParameterSources {

    /**
     * One sourced parameter.
     *
     * @param path        its dotted path
     * @param value       its value in the scenario, as a scenario file would write it
     * @param unit        its unit, or ""
     * @param description what it means
     * @param source      where its default comes from
     */
    public record Assumption(String path, String value, String unit, String description, String source) {

        /**
         * Whether the source is a publication rather than the model's own assumption (sources that begin with
         * "assumption" explain a modelling choice).
         */
        public boolean published() {
            return !source.strip().toLowerCase(java.util.Locale.ROOT).startsWith("assumption");
        }
    }

    private ParameterSources() {
    }

    /** The sourced parameters of {@code parameters}, in record order. */
    public static List<Assumption> of(HospitalParameters parameters) {
        JsonNode tree = ScenarioLoader.toTree(parameters);
        List<Assumption> out = new ArrayList<>();
        walk(HospitalParameters.class, "", tree, out);
        return out;
    }

    /**
     * The unit of the parameter at {@code path} ({@code staffing.patientsPerNurse}: {@code patients/RN}), as its
     * {@link Param} gives it; a list element's name is skipped ({@code units.icu.beds}: {@code beds}). Empty when
     * the path names no annotated parameter or it has no unit.
     */
    public static String unit(String path) {
        Class<?> record = HospitalParameters.class;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            RecordComponent component = component(record, parts[i]);
            if (component == null) {
                return "";
            }
            if (i == parts.length - 1) {
                Param param = component.getAnnotation(Param.class);
                return param == null ? "" : param.unit();
            }
            Class<?> type = component.getType();
            if (List.class.isAssignableFrom(type)
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                type = element;
                i++;
            }
            if (!type.isRecord()) {
                return "";
            }
            record = type;
        }
        return "";
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static void walk(Class<?> record, String prefix, JsonNode tree, List<Assumption> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            Class<?> type = c.getType();
            if (type.isRecord()) {
                walk(type, path, tree, out);
                continue;
            }
            Param param = c.getAnnotation(Param.class);
            if (param == null || param.source().isBlank() || List.class.isAssignableFrom(type)) {
                continue;
            }
            String value = ParameterPaths.get(tree, path).map(JsonNode::asText).orElse("");
            out.add(new Assumption(path, value, param.unit(), param.description(), param.source()));
        }
    }
}
