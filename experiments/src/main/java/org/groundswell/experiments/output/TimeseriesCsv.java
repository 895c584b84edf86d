package org.groundswell.experiments.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.groundswell.model.RunListener;
import org.groundswell.model.metrics.DayRecord;
import org.groundswell.model.metrics.Metric;
import org.groundswell.model.metrics.Metrics;

/**
 * Streams {@code timeseries.csv} as a run goes: a row per day (warm-up days negative), columns {@code day} then
 * every metric of {@link Metrics#all()} in registry order.
 */
public final class TimeseriesCsv implements RunListener, Closeable {

    /** The file name inside a run's output directory. */
    public static final String FILE = "timeseries.csv";

    private final CSVPrinter printer;
    private final List<String> row = new ArrayList<>();

    private TimeseriesCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * Creates {@value #FILE} in {@code directory} and writes its header.
     *
     * @param directory where to write
     * @return the listener to pass to the run
     * @throws IOException if the file cannot be created
     */
    public static TimeseriesCsv create(Path directory) throws IOException {
        return new TimeseriesCsv(Csv.open(directory.resolve(FILE), header()));
    }

    @Override
    public void onDay(DayRecord day) {
        print(printer, row, day);
    }

    /** The header of a file of daily records: {@code day}, then {@code keys}, then every metric. */
    static List<String> header(String... keys) {
        List<String> header = new ArrayList<>();
        header.add("day");
        header.addAll(List.of(keys));
        Metrics.all().stream().map(Metric::name).forEach(header::add);
        return header;
    }

    /** Prints {@code day}'s record as a row of {@link #header}, in {@code row} (reused), after {@code keys}. */
    static void print(CSVPrinter printer, List<String> row, DayRecord day, String... keys) {
        row.clear();
        row.add(Integer.toString(day.day()));
        row.addAll(List.of(keys));
        for (double v : day.values()) {
            row.add(Numbers.format(v));
        }
        Csv.print(printer, row);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
