package org.groundswell.scenarios;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One YAML (or JSON) text read into a tree, with the line of every key and list item.
 *
 * <p>Jackson's own error locations for records point at the end of the enclosing block; so the text is read
 * once with the streaming parser, building the tree and a map from each dotted path
 * ({@code staffing.patientsPerNurse}, {@code units[2].beds}) to the 1-based line of its key, or of its list
 * item.
 *
 * <p>Public so that other files Groundswell reads (experiment files) report errors the way scenario files do.
 *
 * @param source the file as the user gave it, {@code --set} or {@code bundled:NAME}
 * @param tree   the document's root; an empty object for an empty document
 * @param lines  dotted path → line, in document order
 */
public record YamlDocument(String source, JsonNode tree, Map<String, Integer> lines) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The line of {@code path}'s key or list item, or 0. */
    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    /**
     * Reads {@code text}.
     *
     * @throws ScenarioException on a YAML syntax error or a duplicate key, with the parser's line
     */
    public static YamlDocument parse(String text, String source) throws ScenarioException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode tree = first == null ? NODES.objectNode() : read(parser, source, "", lines);
            return new YamlDocument(source, tree, lines);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, source);
        } catch (IOException e) {
            throw new ScenarioException(source, 0, "", null, "cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser p, String source, String path, Map<String, Integer> lines)
            throws IOException, ScenarioException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (nextKey(p, source, path)) {
                    String key = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (object.has(key)) {
                        throw new ScenarioException(source, line, child, null,
                                "appears twice in the same block; give each key once");
                    }
                    lines.put(child, line);
                    p.nextToken();
                    object.set(key, read(p, source, child, lines));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + i++ + "]";
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    array.add(read(p, source, child, lines));
                }
                return array;
            }
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(p.getText());
        }
    }

    /**
     * Moves to the next key of an object; false at its end. The parser's strict duplicate detection fires here;
     * it is reported with the path of the repeated key.
     */
    private static boolean nextKey(JsonParser p, String source, String path) throws IOException, ScenarioException {
        try {
            return p.nextToken() == JsonToken.FIELD_NAME;
        } catch (StreamReadException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                String key = duplicate.group(1);
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new ScenarioException(source, line, path.isEmpty() ? key : path + "." + key, null,
                        "appears twice in the same block; give each key once");
            }
            throw e;
        }
    }

    private static ScenarioException syntaxError(JsonProcessingException e, String source) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            int line = yaml.getProblemMark() != null ? yaml.getProblemMark().getLine() + 1
                    : e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            String problem = yaml.getProblem() == null ? "not valid YAML" : yaml.getProblem();
            if (yaml.getContext() != null) {
                problem = problem + " (" + yaml.getContext()
                        + (yaml.getContextMark() == null ? "" : " started on line " + (yaml.getContextMark().getLine() + 1))
                        + ")";
            }
            return new ScenarioException(source, line, "", null, "not valid YAML: " + oneLine(problem));
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new ScenarioException(source, line, "", null, "not valid YAML: " + oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
