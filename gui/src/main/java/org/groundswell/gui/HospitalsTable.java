package org.groundswell.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.table.AbstractTableModel;

import org.groundswell.model.DayLog;
import org.groundswell.model.Lockstep;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * The figures of a region's hospitals, for the window's table: a first row for the whole region (its pooled
 * records), then a row per member, and a column per figure, each cell holding one value per strategy. Harm
 * and cost are noisy from day to day and are the {@value LiveCharts#WINDOW}-day trailing mean, as the charts
 * draw them; the shares are the last day's. Read from the {@link Lockstep}'s logs, never from the model's
 * state, and only on the Swing event thread.
 */
final class HospitalsTable extends AbstractTableModel {

    private static final long serialVersionUID = 1L;

    /** One column: its heading, its metric, whether it is the trailing mean, and whether it reads in percent. */
    record Column(String heading, Metric metric, boolean smoothed, boolean percent) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Harm /1,000 pd", Metrics.ADVERSE_EVENTS_PER_1000_PD, true, false),
            new Column("Burnout", Metrics.BURNOUT_RATE, false, true),
            new Column("Cost /pd", Metrics.COST_PER_PATIENT_DAY, true, false),
            new Column("Adoption", Metrics.ADOPTION_FRACTION, false, true),
            new Column("Agency share", Metrics.AGENCY_SHARE, false, true),
            new Column("Bank share", Metrics.BANK_SHARE, false, true));

    private List<String> members = List.of();
    private int strategies = 1;
    private int shown;
    /** [row][column][strategy]; NaN until the log has a day. */
    private double[][][] figures = new double[1][COLUMNS.size()][1];

    /** Empties the table for a region of {@code memberNames} under {@code strategyCount} strategies. */
    void reset(List<String> memberNames, int strategyCount) {
        members = List.copyOf(memberNames);
        strategies = strategyCount;
        figures = new double[members.size() + 1][COLUMNS.size()][strategies];
        for (double[][] row : figures) {
            for (double[] cell : row) {
                java.util.Arrays.fill(cell, Double.NaN);
            }
        }
        fireTableDataChanged();
    }

    /** Marks member {@code member} as the one on show. */
    void shown(int member) {
        shown = member;
        fireTableDataChanged();
    }

    /** The member on show. */
    int shown() {
        return shown;
    }

    /** Reads the latest figures of every member and of the region from {@code run}'s logs. */
    void refresh(Lockstep run) {
        if (run.regions().size() != strategies || run.memberNames().size() != members.size()) {
            return;
        }
        for (int s = 0; s < strategies; s++) {
            fill(0, s, run.regionLog(s));
            List<DayLog> logs = run.memberLogs(s);
            for (int h = 0; h < logs.size(); h++) {
                fill(h + 1, s, logs.get(h));
            }
        }
        fireTableRowsUpdated(0, figures.length - 1);
    }

    private void fill(int row, int strategy, DayLog log) {
        List<DayRecord> recent = log.since(Math.max(0, log.size() - LiveCharts.WINDOW));
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            figures[row][c][strategy] = column.smoothed() ? mean(recent, column.metric())
                    : recent.isEmpty() ? Double.NaN : recent.get(recent.size() - 1).value(column.metric());
        }
    }

    /** The mean of the non-missing values of {@code metric} over the last {@link LiveCharts#WINDOW} days. */
    private static double mean(List<DayRecord> days, Metric metric) {
        double sum = 0;
        int n = 0;
        for (int d = Math.max(0, days.size() - LiveCharts.WINDOW); d < days.size(); d++) {
            double v = days.get(d).value(metric);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The figure of column {@code column} (an index of {@link #COLUMNS}) in row {@code row} under each strategy. */
    double[] figures(int row, int column) {
        return figures[row][column].clone();
    }

    /** Strategies in each cell. */
    int strategies() {
        return strategies;
    }

    /** The name shown in row {@code row}: the region's, then each member's. */
    String name(int row) {
        return row == 0 ? "Region (" + members.size() + " hospitals)" : members.get(row - 1);
    }

    @Override
    public int getRowCount() {
        return figures.length;
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.size() + 1;
    }

    @Override
    public String getColumnName(int column) {
        return column == 0 ? "Hospital" : COLUMNS.get(column - 1).heading();
    }

    /** The name of the row, then each figure as text, one value per strategy. */
    @Override
    public Object getValueAt(int row, int column) {
        if (column == 0) {
            return name(row);
        }
        List<String> texts = new ArrayList<>();
        for (double v : figures[row][column - 1]) {
            texts.add(format(v, COLUMNS.get(column - 1)));
        }
        return texts;
    }

    /** "2.3", "31%", "$2,741", or a dash for a figure not counted yet. */
    static String format(double value, Column column) {
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        if (column.percent()) {
            return String.format(Locale.ROOT, value < 0.1 ? "%.1f%%" : "%.0f%%", 100 * value);
        }
        return column.metric() == Metrics.COST_PER_PATIENT_DAY ? String.format(Locale.ROOT, "$%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
