package org.groundswell.web;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.groundswell.model.DayLog;
import org.groundswell.model.Lockstep;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The page's view of a region scenario: its members' names, the member on show, and the "Hospitals" table,
 * the latest day of the region as a whole (its pooled records) and of each member, under each strategy, for
 * the outcomes a region is compared on: harm, burnout, cost, adoption of working practices, and how much of
 * the work agency and the regional bank staff do. A single hospital has no such view, and its JSON no such
 * field, so its page is as it was.
 *
 * <pre>
 * {"members": ["hub", "north", ...], "shown": 0,
 *  "columns": [{"metric": "adverse_events_per_1000_pd", "title": "Harm / 1,000 patient-days", "unit": "...",
 *               "description": "..."}, ...],
 *  "rows": [{"name": "whole region", "member": -1, "values": [[per column, strategy 0], [..., strategy 1]]},
 *           {"name": "hub", "member": 0, "values": [...]}, ...]}
 * </pre>
 *
 * A value not counted yet (no day simulated, or a rate with nothing to divide by) is null.
 */
final class RegionTable {

    /** The name of the row of the region as a whole, first in the table. */
    static final String WHOLE_REGION = "whole region";

    /** A column of the table: its metric and a heading short enough for a table cell. */
    record Column(Metric metric, String title) {
    }

    /** The columns, in order. */
    static final List<Column> COLUMNS = List.of(
            new Column(Metrics.ADVERSE_EVENTS_PER_1000_PD, "Harm / 1,000 patient-days"),
            new Column(Metrics.BURNOUT_RATE, "Burnout"),
            new Column(Metrics.COST_PER_PATIENT_DAY, "Cost / patient-day"),
            new Column(Metrics.ADOPTION_FRACTION, "Adoption"),
            new Column(Metrics.AGENCY_SHARE, "Agency share"),
            new Column(Metrics.BANK_SHARE, "Bank share"));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RegionTable() {
    }

    /** Whether {@code lockstep} runs a region scenario (and so has a view per hospital). */
    static boolean isRegion(Lockstep lockstep) {
        return !lockstep.memberNames().isEmpty();
    }

    /** The region's view as it stands; only for a region ({@link #isRegion}). */
    static ObjectNode of(Lockstep lockstep) {
        ObjectNode out = JSON.objectNode();
        List<String> names = lockstep.memberNames();
        ArrayNode members = out.putArray("members");
        names.forEach(members::add);
        out.put("shown", lockstep.shown());
        ArrayNode columns = out.putArray("columns");
        for (Column column : COLUMNS) {
            columns.addObject().put("metric", column.metric().name()).put("title", column.title())
                    .put("unit", column.metric().unit()).put("description", column.metric().description());
        }
        int strategies = lockstep.regions().size();
        ArrayNode rows = out.putArray("rows");
        ObjectNode whole = rows.addObject().put("name", WHOLE_REGION).put("member", -1);
        ArrayNode wholeValues = whole.putArray("values");
        for (int s = 0; s < strategies; s++) {
            wholeValues.add(latest(lockstep.regionLog(s)));
        }
        for (int m = 0; m < names.size(); m++) {
            ObjectNode row = rows.addObject().put("name", names.get(m)).put("member", m);
            ArrayNode values = row.putArray("values");
            for (int s = 0; s < strategies; s++) {
                values.add(latest(lockstep.memberLogs(s).get(m)));
            }
        }
        return out;
    }

    /** The columns' values on the last day of {@code log}, null each before the first day. */
    private static ArrayNode latest(DayLog log) {
        DayRecord day = log.latest();
        ArrayNode out = JSON.arrayNode();
        for (Column column : COLUMNS) {
            double v = day == null ? Double.NaN : day.value(column.metric());
            if (Double.isFinite(v)) {
                out.add(Math.round(v * 10_000) / 10_000.0);
            } else {
                out.addNull();
            }
        }
        return out;
    }
}
