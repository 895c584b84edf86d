package org.groundswell.experiments.sweep;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.OutputExistsException;

/**
 * A sweep's {@code runs.csv}, written as runs finish: each row is appended in one write and flushed at once, so
 * after a crash, a kill or Ctrl-C the file holds every run that finished, and at most the last row is cut
 * short. {@link #resume} reads such a file back: it drops a partial last row, checks the header, and says
 * which run ids are done. When every run is in, {@link #sortByRunId} rewrites the file sorted by {@code run_id}
 * — the one order that does not depend on which run finished first — so that an interrupted and resumed sweep
 * ends with the same file, byte for byte, as one that ran straight through.
 *
 * <p>Appends are synchronized with {@link #close()}, which a shutdown hook may call while a row is being
 * written: the row is finished first.
 */
final class RunsFile implements Closeable {

    static final String FILE = "runs.csv";

    private final Path file;
    private final BufferedWriter out;
    private final Set<String> done;
    private boolean closed;

    private RunsFile(Path file, BufferedWriter out, Set<String> done) {
        this.file = file;
        this.out = out;
        this.done = done;
    }

    /** Creates {@code file} (it must not exist) with {@code header}. */
    static RunsFile create(Path file, List<String> header) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out.write(Csv.line(header));
        out.flush();
        return new RunsFile(file, out, new HashSet<>());
    }

    /**
     * Opens an existing {@code file} to go on appending to it: a last line without its line end (a row cut
     * short) is cut off, and the ids of the complete rows are {@link #done()}.
     *
     * @throws OutputExistsException if the file's header is not {@code header} (another experiment's file),
     *                               or a row cannot be read
     */
    static RunsFile resume(Path file, List<String> header) throws IOException {
        cutPartialLine(file);
        Set<String> done = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, Csv.FORMAT)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    if (!record.toList().equals(header)) {
                        throw new OutputExistsException(file + ": its columns are not this experiment's "
                                + "(another experiment, or other parameters or metrics, wrote it); resume with the "
                                + "experiment file that started it, or start again without --resume (and --force)");
                    }
                    first = false;
                } else if (record.size() != header.size()) {
                    throw new OutputExistsException(file + ":" + record.getRecordNumber() + ": a row of "
                            + record.size() + " columns instead of " + header.size() + "; the file is damaged: "
                            + "delete that row and resume");
                } else {
                    done.add(record.get(0));
                }
            }
            if (first) {
                throw new OutputExistsException(file + " is empty; start again without --resume (and --force)");
            }
        } catch (UncheckedIOException e) {
            throw new OutputExistsException(file + " cannot be read as CSV (" + e.getCause().getMessage()
                    + "); start again without --resume (and --force)");
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new RunsFile(file, out, done);
    }

    /** The run ids the file held when it was opened. */
    Set<String> done() {
        return Set.copyOf(done);
    }

    /** Appends one row and flushes it to the file. */
    synchronized void append(List<String> cells) throws IOException {
        if (closed) {
            throw new IOException(file + " was closed (the sweep is being interrupted)");
        }
        out.write(Csv.line(cells));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    /**
     * Rewrites {@code file} with its rows sorted by their first column ({@code run_id}), the header first;
     * through a temporary file renamed into place, so the file is never half-written. Holds every row in
     * memory while it sorts (about 1 kB a run).
     *
     * @return the rows, sorted, without the header
     */
    static List<List<String>> sortByRunId(Path file) throws IOException {
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, Csv.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            header = records.get(0).toList();
            for (CSVRecord r : records.subList(1, records.size())) {
                rows.add(r.toList());
            }
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)));
        Path temporary = file.resolveSibling(file.getFileName() + ".sorting");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(Csv.line(header));
            for (List<String> row : rows) {
                out.write(Csv.line(row));
            }
        }
        replace(temporary, file);
        return rows;
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Cuts the file after its last line end: what a kill in the middle of a write leaves is dropped. */
    private static void cutPartialLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
            }
        }
    }
}
