package org.groundswell.experiments.report;

import java.util.List;

/**
 * A table for a report: a title, the unit its cells are in, column headings and rows of formatted cells. The
 * first {@code keys} columns name the row (a design point's parameter values); the others hold figures, which
 * the templates keep on one line.
 *
 * @param title   what the table shows
 * @param unit    the unit of its figures
 * @param columns the column headings
 * @param keys    how many of the first columns name the row
 * @param rows    the cells, a list per row, as many as there are columns
 */
public record Table(String title, String unit, List<String> columns, int keys, List<List<String>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                        + columns.size() + " columns: " + title);
            }
        }
    }
}
