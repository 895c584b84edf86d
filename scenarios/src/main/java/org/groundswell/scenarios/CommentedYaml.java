package org.groundswell.scenarios;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * A scenario written out in full as a YAML file a person can read, copy, edit and load back: every
 * parameter with its value, and above it, as comments, what it means, its unit, what it allows, its default
 * and the source of that default ({@link ParameterReference}). The fields of list elements (units,
 * transfers, interventions) are explained once, above the list.
 */
final class CommentedYaml {

    private static final int WIDTH = 110;
    private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper PLAIN_YAML =
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build();
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private final StringBuilder out = new StringBuilder();

    private CommentedYaml() {
    }

    /** The scenario as a commented, self-contained YAML file. */
    static String write(Scenario scenario) {
        CommentedYaml yaml = new CommentedYaml();
        yaml.header(scenario);
        yaml.record(HospitalParameters.class, ScenarioLoader.toTree(scenario.parameters()), "", 0);
        return yaml.out.toString();
    }

    private void header(Scenario scenario) {
        comment(0, "The scenario " + scenario.name() + " as resolved: every parameter with its value. Above each "
                + "value, what it means, its unit, what it allows, its default (the calibrated community "
                + "hospital's) and the source of that default.");
        comment(0, "To make your own scenario, save this file, change what you need and run it: groundswell run "
                + "--scenario my-hospital.yaml (groundswell scenarios validate my-hospital.yaml checks it first). "
                + "A file may also hold only what differs, after the line extends: community-hospital.");
        out.append("name: ").append(scalar(scenario.name())).append('\n');
        out.append("description: ").append(block(scenario.description(), 2)).append("\n\n");
    }

    private void record(Class<?> type, JsonNode node, String path, int indent) {
        for (RecordComponent c : type.getRecordComponents()) {
            String childPath = path.isEmpty() ? c.getName() : path + "." + c.getName();
            ParameterReference.Entry entry = ParameterReference.find(childPath).orElseThrow();
            JsonNode value = node.get(c.getName());
            switch (entry.kind()) {
                case GROUP -> {
                    out.append('\n');
                    comment(indent, entry.description() + ".");
                    key(indent, c.getName()).append('\n');
                    record(c.getType(), value, childPath, indent + 2);
                }
                case LIST -> {
                    out.append('\n');
                    listComment(indent, entry, Structure.raw(Structure.elementType(c.getGenericType())));
                    list(indent, c.getName(), c.getGenericType(), value);
                }
                case VALUE -> {
                    valueComment(indent, entry);
                    key(indent, c.getName()).append(' ').append(scalar(value)).append('\n');
                }
            }
        }
    }

    /** A list of records: block style for records that hold lists, one flow mapping per line otherwise. */
    private void list(int indent, String name, Type type, JsonNode list) {
        listAfter(" ".repeat(indent), indent, name, type, list);
    }

    /** The list's key after {@code lead} (its indentation, or an element's "- "), its items below. */
    private void listAfter(String lead, int indent, String name, Type type, JsonNode list) {
        Class<?> element = Structure.raw(Structure.elementType(type));
        out.append(lead).append(name).append(':');
        if (list.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        boolean flat = Arrays.stream(element.getRecordComponents())
                .noneMatch(c -> List.class.isAssignableFrom(c.getType()) || c.getType().isRecord());
        for (JsonNode item : list) {
            if (flat) {
                List<String> fields = new ArrayList<>();
                for (RecordComponent c : element.getRecordComponents()) {
                    fields.add(c.getName() + ": " + scalar(item.get(c.getName())));
                }
                out.append(" ".repeat(indent + 2)).append("- {").append(String.join(", ", fields)).append("}\n");
                continue;
            }
            boolean first = true;
            for (RecordComponent c : element.getRecordComponents()) {
                String itemLead = " ".repeat(indent + 2) + (first ? "- " : "  ");
                first = false;
                JsonNode value = item.get(c.getName());
                if (List.class.isAssignableFrom(c.getType())) {
                    listAfter(itemLead, indent + 4, c.getName(), c.getGenericType(), value);
                } else if (c.getType().isRecord()) {
                    // A region's member: a hospital's whole parameters, commented once, at the top of the file.
                    out.append(itemLead).append(c.getName()).append(":\n");
                    plain(indent + 6, value);
                } else {
                    out.append(itemLead).append(c.getName()).append(": ").append(scalar(value)).append('\n');
                }
            }
        }
    }

    /** {@code node} as plain YAML, every line indented by {@code indent}. */
    private void plain(int indent, JsonNode node) {
        String text;
        try {
            text = PLAIN_YAML.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a parameter tree as YAML", e);
        }
        for (String line : text.split("\n")) {
            out.append(" ".repeat(indent)).append(line).append('\n');
        }
    }

    private void listComment(int indent, ParameterReference.Entry entry, Class<?> element) {
        comment(indent, entry.description() + ". " + details(entry) + " Each has:");
        fieldComments(indent, 2, entry.path() + "[]", element);
    }

    private void fieldComments(int indent, int hang, String path, Class<?> element) {
        for (RecordComponent c : element.getRecordComponents()) {
            ParameterReference.Entry field = ParameterReference.find(path + "." + c.getName()).orElseThrow();
            if (field.kind() == ParameterReference.Kind.LIST) {
                comment(indent, hang, c.getName() + ": " + field.description() + ". " + details(field) + " Each has:");
                fieldComments(indent, hang + 4, field.path() + "[]",
                        Structure.raw(Structure.elementType(c.getGenericType())));
            } else {
                comment(indent, hang, c.getName() + ": " + field.description() + ". " + details(field)
                        + (field.source().isEmpty() ? "" : " Source: " + field.source() + "."));
            }
        }
    }

    private void valueComment(int indent, ParameterReference.Entry entry) {
        comment(indent, entry.description() + ".");
        comment(indent, details(entry) + (entry.defaultValue().isEmpty() ? "" : " Default: " + entry.defaultValue()
                + "."));
        if (!entry.source().isEmpty()) {
            comment(indent, "Source: " + entry.source() + ".");
        }
    }

    private static String details(ParameterReference.Entry entry) {
        String unit = entry.unit().isEmpty() ? "" : "Unit: " + entry.unit() + ". ";
        return unit + "Allowed: " + entry.allowed() + ".";
    }

    private StringBuilder key(int indent, String name) {
        return out.append(" ".repeat(indent)).append(name).append(':');
    }

    /** A comment, wrapped at {@value #WIDTH} characters. */
    private void comment(int indent, String text) {
        comment(indent, 0, text);
    }

    /**
     * A comment whose first line starts {@code hang} spaces after the {@code #}, and whose following lines
     * start two further in, wrapped at {@value #WIDTH} characters.
     */
    private void comment(int indent, int hang, String text) {
        String first = " ".repeat(indent) + "# " + " ".repeat(hang);
        String next = first + "  ";
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(next);
                start = next.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    /** A scalar as YAML: numbers and switches as they are, ids plain, other text in double quotes. */
    private static String scalar(JsonNode node) {
        if (node.isTextual()) {
            return scalar(node.asText());
        }
        return ParameterReference.format(node);
    }

    private static String scalar(String text) {
        return PLAIN.matcher(text).matches() && !RESERVED.contains(text) ? text : new TextNode(text).toString();
    }

    /**
     * Text as a folded block ({@code >-}) wrapped at {@value #WIDTH} characters, which reads back as the same
     * text; text a folded block cannot hold exactly (line breaks, runs of spaces, control characters) in quotes.
     */
    private static String block(String text, int indent) {
        boolean foldable = !text.isEmpty() && text.equals(text.strip()) && !text.contains("  ")
                && text.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f);
        if (!foldable) {
            return new TextNode(text).toString();
        }
        StringBuilder block = new StringBuilder(">-");
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && indent + line.length() + 1 + word.length() > WIDTH) {
                block.append('\n').append(" ".repeat(indent)).append(line);
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return block.append('\n').append(" ".repeat(indent)).append(line).toString();
    }
}
