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
 * Streams {@code units.csv} as a run goes: a row per day and unit (units in scenario order), columns
 * {@code day}, {@code unit}, then the metrics of {@link Metrics#perUnit()} in registry order.
 */
public final class UnitsCsv implements RunListener, Closeable {

    /** The file name inside a run's output directory. */
    public static final String FILE = "units.csv";

    private final CSVPrinter printer;
    private final List<String> unitNames;
    private final List<String> row = new ArrayList<>();

    private UnitsCsv(CSVPrinter printer, List<String> unitNames) {
        this.printer = printer;
        this.unitNames = List.copyOf(unitNames);
    }

    /**
     * Creates {@value #FILE} in {@code directory} and writes its header.
     *
     * @param directory where to write
     * @param unitNames the scenario's unit names, in scenario order
     * @return the listener to pass to the run
     * @throws IOException if the file cannot be created
     */
    public static UnitsCsv create(Path directory, List<String> unitNames) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("day");
        header.add("unit");
        Metrics.perUnit().stream().map(Metric::name).forEach(header::add);
        return new UnitsCsv(Csv.open(directory.resolve(FILE), header), unitNames);
    }

    @Override
    public void onDay(DayRecord day) {
        String dayText = Integer.toString(day.day());
        double[][] units = day.unitValues();
        for (int u = 0; u < units.length; u++) {
            row.clear();
            row.add(dayText);
            row.add(unitNames.get(u));
            for (double v : units[u]) {
                row.add(Numbers.format(v));
            }
            Csv.print(printer, row);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
