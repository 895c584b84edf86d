package org.groundswell.experiments.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.groundswell.model.RunListener;
import org.groundswell.model.metrics.DayRecord;

/**
 * Streams {@code hospitals.csv} for a region as it runs: a row per day and member hospital, in the region's
 * order within a day (warm-up days negative), columns {@code day}, {@code hospital}, then every metric of
 * {@link org.groundswell.model.metrics.Metrics#all()} in registry order, each the hospital's own. {@code timeseries.csv} holds the region's
 * pooled figures.
 */
public final class HospitalsCsv implements RunListener, Closeable {

    /** The file name inside a run's output directory. */
    public static final String FILE = "hospitals.csv";

    private final CSVPrinter printer;
    private final List<String> row = new ArrayList<>();

    private HospitalsCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * Creates {@value #FILE} in {@code directory} and writes its header.
     *
     * @throws IOException if the file cannot be created
     */
    public static HospitalsCsv create(Path directory) throws IOException {
        return new HospitalsCsv(Csv.open(directory.resolve(FILE), TimeseriesCsv.header("hospital")));
    }

    @Override
    public void onHospitalDay(String hospital, DayRecord day) {
        TimeseriesCsv.print(printer, row, day, hospital);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
