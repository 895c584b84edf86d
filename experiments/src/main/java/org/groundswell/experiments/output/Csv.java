package org.groundswell.experiments.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of Groundswell's files: UTF-8, comma-separated, a header row, {@code \n} line ends,
 * fields quoted only when they need it, numbers as {@link Numbers#format(double)} writes them.
 */
public final class Csv {

    /** The format. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private Csv() {
    }

    /** Opens {@code file} for writing (it must not exist) and writes the header. */
    static CSVPrinter open(Path file, List<String> header) throws IOException {
        CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW), FORMAT);
        printer.printRecord(header);
        return printer;
    }

    /**
     * One record as a line of text, line end included: what a streaming writer appends in one write.
     *
     * @param cells the record's cells
     * @return the line
     */
    public static String line(List<String> cells) {
        if (!plain(cells)) {
            return FORMAT.format(cells.toArray()) + "\n";
        }
        int length = cells.size();
        for (String cell : cells) {
            length += cell.length();
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cells.get(i));
        }
        return out.append('\n').toString();
    }

    /**
     * Whether no cell of the record needs quoting, so that the dialect writes it as its cells joined by commas:
     * the first cell is not empty (the dialect quotes an empty first cell, lest a record of one empty cell
     * read as a blank line), and every cell is made of letters, digits, {@code .}, {@code -} and {@code _}
     * only — none of which starts a comment or needs a quote anywhere in a cell. Numbers, identifiers and
     * strategy names are; anything else is written by Commons CSV itself.
     */
    private static boolean plain(List<String> cells) {
        if (cells.isEmpty() || cells.get(0).isEmpty()) {
            return false;
        }
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                boolean safe = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'
                        || c == '-' || c == '_';
                if (!safe) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Prints one record, rethrowing an I/O failure unchecked (listeners cannot throw checked exceptions). */
    static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
