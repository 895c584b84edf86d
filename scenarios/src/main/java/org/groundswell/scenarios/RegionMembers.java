package org.groundswell.scenarios;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The member hospitals of a region scenario, as the loader resolves them. In a file, each entry of
 * {@code region.hospitals} gives a {@code name}, optionally its own {@code strategy}, optionally a scenario it
 * {@code extends}, and in {@code parameters} only what differs: a member's parameters are the scenario it
 * extends, or else the region file's own hospital parameters (its template), with the entry's
 * {@code parameters} merged over them. Once resolved, every entry holds its member's whole parameters, so that
 * a resolved scenario reads back the same.
 *
 * <p>A {@code --set} of a hospital parameter on a region ({@code staffing.patientsPerNurse=6}) sets it in
 * every member; {@code region.hospitals[1].parameters.staffing.patientsPerNurse=6} sets it in one.
 */
final class RegionMembers {

    /** Root keys of a region that are the region's own, never a member's. */
    private static final Set<String> REGION_ONLY = Set.of("seed", "warmupDays", "days", "summaryDays", "strategy",
            "region");

    /** Merges a member's own parameters over its base, as a scenario file is merged over what it extends. */
    @FunctionalInterface
    interface Merge {
        void over(ObjectNode base, ObjectNode own);
    }

    /** Resolves the scenario a member extends into its parameter tree. */
    @FunctionalInterface
    interface Resolver {
        ObjectNode resolve(String reference, int index) throws ScenarioException;
    }

    private RegionMembers() {
    }

    /** The members' list in {@code tree}, or null when the scenario is one hospital. */
    static ArrayNode members(JsonNode tree) {
        JsonNode list = tree.path("region").path("hospitals");
        return list.isArray() && !list.isEmpty() ? (ArrayNode) list : null;
    }

    /**
     * Replaces each member entry of {@code tree} by its whole parameters: the base (what it extends, or the
     * template) with its {@code parameters} merged over it, and no region of its own.
     *
     * @param noRegion the {@code region} tree of a single hospital
     */
    static void expand(ObjectNode tree, JsonNode noRegion, Resolver resolver, Merge merge) throws ScenarioException {
        ArrayNode list = members(tree);
        if (list == null) {
            return;
        }
        ObjectNode template = tree.deepCopy();
        template.set("region", noRegion.deepCopy());
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                continue;
            }
            ObjectNode entry = (ObjectNode) list.get(i);
            if (!entry.has("strategy")) {
                entry.put("strategy", "");
            }
            JsonNode parent = entry.remove("extends");
            ObjectNode base = parent != null && parent.isTextual() ? resolver.resolve(parent.asText(), i)
                    : template.deepCopy();
            base.set("region", noRegion.deepCopy());
            JsonNode own = entry.get("parameters");
            if (own != null && own.isObject()) {
                merge.over(base, (ObjectNode) own.deepCopy());
            }
            if (own == null || own.isObject()) {
                entry.set("parameters", base);
            }
        }
    }

    /** Whether a {@code --set} of {@code path} on a region is a hospital parameter, set in every member too. */
    static boolean forEveryMember(String canonicalPath) {
        List<ParameterPaths.Step> steps = ParameterPaths.parse(canonicalPath);
        return !steps.isEmpty() && !REGION_ONLY.contains(steps.get(0).text());
    }

    /** The path of {@code path} in member {@code i}'s parameters. */
    static String inMember(int i, String path) {
        return "region.hospitals[" + i + "].parameters" + (path.startsWith("[") ? "" : ".") + path;
    }
}
