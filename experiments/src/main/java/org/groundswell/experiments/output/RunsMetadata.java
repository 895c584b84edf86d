package org.groundswell.experiments.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * {@code metadata.json}, beside the {@code runs.csv} of a comparison or a sweep: the build that made the runs,
 * what was run, how the CSV files are written, and the label, unit and description of every metric column, so
 * that a script reading the files (in pandas or R) need not guess. In a fixed field order and with no timestamp,
 * so the same runs give the same file:
 * <pre>
 * groundswell_version, git_commit, git_tree   the build ({@link Version}); git_tree is clean, dirty or unknown
 * command, reproduce                           compare or sweep, and the command line that reruns it
 * ...                                          what the command ran (scenario, strategies, replications, seed...)
 * csv {encoding, separator, quote, decimal, line_end, missing, infinity}
 * metrics {name: {label, unit, description}}   registry order, as the metric columns of the CSV files
 * </pre>
 */
public final class RunsMetadata {

    /** The file name, beside {@code runs.csv}. */
    public static final String FILE = "metadata.json";

    private RunsMetadata() {
    }

    /**
     * A new metadata object for a command, the build's fields and the command first; the caller adds what was
     * run, then {@link #text} closes it with the CSV dialect and the metrics.
     *
     * @param command   {@code compare} or {@code sweep}
     * @param reproduce the command line that reruns it
     */
    public static ObjectNode of(String command, String reproduce) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Version.record(root);
        root.put("command", command);
        root.put("reproduce", reproduce);
        return root;
    }

    /** The metadata as the file's text: {@code metadata} with the CSV dialect and the metrics added at its end. */
    public static String text(ObjectNode metadata) throws IOException {
        ObjectNode root = metadata.deepCopy();
        ObjectNode csv = root.putObject("csv");
        csv.put("encoding", "UTF-8");
        csv.put("separator", ",");
        csv.put("quote", "\"");
        csv.put("decimal", ".");
        csv.put("line_end", "\n");
        csv.put("missing", "");
        csv.put("infinity", Numbers.INFINITY);
        ObjectNode metrics = root.putObject("metrics");
        for (Metric m : Metrics.all()) {
            ObjectNode node = metrics.putObject(m.name());
            node.put("label", m.label());
            node.put("unit", m.unit());
            node.put("description", m.description());
        }
        return SummaryJson.text(root);
    }

    /**
     * An earlier {@code metadata.json}, if the file is there and readable: what a resumed sweep keeps the
     * starting build from.
     */
    public static Optional<ObjectNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = SummaryJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Adds {@code resumed_with} to a sweep's metadata: the builds other than the one that started it that ran
     * some of its runs, in order. Without an earlier file the current build started it and the list is empty;
     * with one, the starting build is the earlier file's, and the current build is added to its list unless it
     * is that build or already listed. So a sweep resumed by the build that started it has the metadata of one
     * that ran straight through.
     *
     * @param metadata the metadata {@link #of} made, with what is run added
     * @param earlier  the metadata already in the output directory, if any
     */
    public static void resumed(ObjectNode metadata, Optional<ObjectNode> earlier) {
        ArrayNode resumed = metadata.putArray("resumed_with");
        if (earlier.isEmpty()) {
            return;
        }
        ObjectNode current = JsonNodeFactory.instance.objectNode();
        Version.record(current);
        for (String field : BUILD_FIELDS) {
            metadata.set(field, earlier.get().path(field).deepCopy());
        }
        for (JsonNode build : earlier.get().path("resumed_with")) {
            if (build instanceof ObjectNode) {
                resumed.add(build.deepCopy());
            }
        }
        boolean known = sameBuild(metadata, current);
        for (JsonNode build : resumed) {
            known |= sameBuild(build, current);
        }
        if (!known) {
            resumed.add(current);
        }
    }

    private static final String[] BUILD_FIELDS = {"groundswell_version", "git_commit", "git_tree"};

    private static boolean sameBuild(JsonNode a, JsonNode b) {
        for (String field : BUILD_FIELDS) {
            if (!a.path(field).equals(b.path(field))) {
                return false;
            }
        }
        return true;
    }
}
