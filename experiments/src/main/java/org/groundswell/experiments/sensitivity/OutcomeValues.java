package org.groundswell.experiments.sensitivity;

import java.util.Arrays;
import java.util.List;

import org.groundswell.experiments.design.DesignPoints;
import org.groundswell.experiments.design.Outcome;
import org.groundswell.experiments.output.Numbers;

/**
 * The value of each outcome at each design point and replication, read from the rows of {@code runs.csv}: the
 * metric of the outcome's strategy, or for a contrast the metric of its strategy minus that of {@code minus}
 * in the same replication at the same point — the two runs have the same seed, so the difference is paired. A
 * point that repeats an earlier one ({@code same_as}) has that point's values. A value is NaN when its run
 * failed, is missing, or the metric is undefined in it (a rate whose denominator was zero).
 */
public final class OutcomeValues {

    private final DesignPoints designPoints;
    private final List<String> header;
    private final List<List<String>> rows;
    /** row[point][replication][strategy]: the row of that run, or −1. */
    private final int[][][] row;

    private OutcomeValues(DesignPoints designPoints, List<String> header, List<List<String>> rows, int[][][] row) {
        this.designPoints = designPoints;
        this.header = header;
        this.rows = rows;
        this.row = row;
    }

    /**
     * Indexes the rows by point, replication and strategy.
     *
     * @param designPoints the sweep's design points
     * @param header       the columns of {@code runs.csv}
     * @param rows         its rows, in any order
     * @return the index
     */
    public static OutcomeValues of(DesignPoints designPoints, List<String> header, List<List<String>> rows) {
        List<String> strategies = designPoints.experiment().strategies();
        int replications = designPoints.experiment().replications();
        int[][][] row = new int[designPoints.size()][replications][strategies.size()];
        for (int[][] point : row) {
            for (int[] replication : point) {
                Arrays.fill(replication, -1);
            }
        }
        int pointColumn = header.indexOf("point");
        int strategyColumn = header.indexOf("strategy");
        int replicationColumn = header.indexOf("replication");
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int point = Integer.parseInt(r.get(pointColumn));
            int replication = Integer.parseInt(r.get(replicationColumn));
            int strategy = strategies.indexOf(r.get(strategyColumn));
            if (point < row.length && replication < replications && strategy >= 0) {
                row[point][replication][strategy] = i;
            }
        }
        return new OutcomeValues(designPoints, header, rows, row);
    }

    /**
     * The outcome at every design point (duplicates included, in design order) and replication.
     *
     * @return [point][replication], NaN where missing
     */
    public double[][] values(Outcome outcome) {
        List<String> strategies = designPoints.experiment().strategies();
        int column = header.indexOf(outcome.metric().name());
        int s = strategies.indexOf(outcome.strategy());
        int minus = outcome.isContrast() ? strategies.indexOf(outcome.minus()) : -1;
        double[][] values = new double[row.length][];
        for (int p = 0; p < row.length; p++) {
            int source = designPoints.sameAs(p) >= 0 ? designPoints.sameAs(p) : p;
            double[] v = new double[row[source].length];
            for (int r = 0; r < v.length; r++) {
                double y = cell(row[source][r][s], column);
                v[r] = minus < 0 ? y : y - cell(row[source][r][minus], column);
            }
            values[p] = v;
        }
        return values;
    }

    private double cell(int index, int column) {
        if (index < 0) {
            return Double.NaN;
        }
        String text = rows.get(index).get(column);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Numbers.parse(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
