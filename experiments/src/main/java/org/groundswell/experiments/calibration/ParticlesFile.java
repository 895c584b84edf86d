package org.groundswell.experiments.calibration;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.groundswell.experiments.output.Csv;
import org.groundswell.experiments.output.OutputExistsException;

/**
 * {@code particles.csv}: every simulation of a calibration, appended and flushed as it finishes, as a sweep
 * appends runs: {@code generation, attempt}, the parameters' values, each target's simulated figure, the
 * distance and the error of a failed simulation. Generation −1 holds the posterior predictive check. Values
 * are written with every digit of the double, so a resumed calibration reads back exactly what ran. A kill
 * leaves the rows that finished; {@code --resume} cuts a half-written last line, keeps the rest, and the
 * calibration runs only what is missing — also when it is resumed with more generations than it ran, in which
 * case only the predictive check, drawn from the new posterior, is run again. At the end the file is sorted by generation and attempt, so that it
 * does not depend on the order simulations finished in.
 */
final class ParticlesFile implements Journal, Closeable {

    static final String FILE = "particles.csv";

    private final Path file;
    private final List<String> header;
    private final int parameters;
    private final Map<Long, List<String>> kept;
    private final BufferedWriter out;

    private ParticlesFile(Path file, List<String> header, int parameters, Map<Long, List<String>> kept)
            throws IOException {
        this.file = file;
        this.header = header;
        this.parameters = parameters;
        this.kept = kept;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The columns for {@code calibration}. */
    static List<String> header(Calibration calibration) {
        List<String> header = new ArrayList<>(List.of("generation", "attempt"));
        calibration.parameters().forEach(p -> header.add(p.path()));
        calibration.targets().forEach(t -> header.add("simulated_" + t.metric().name()));
        header.addAll(List.of("distance", "error"));
        return header;
    }

    /** Writes a new file with only the header. */
    static void create(Path file, List<String> header) throws IOException {
        Files.writeString(file, Csv.line(header), StandardCharsets.UTF_8);
    }

    /**
     * Opens an existing file to go on with.
     *
     * @throws OutputExistsException if it is another calibration's (its columns differ) or damaged
     */
    static ParticlesFile resume(Path file, Calibration calibration) throws IOException {
        List<String> header = header(calibration);
        cutPartialLine(file);
        Map<Long, List<String>> kept = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, Csv.FORMAT)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    if (!record.toList().equals(header)) {
                        throw new OutputExistsException(file + ": its columns are not this calibration's (other "
                                + "parameters or targets); resume with the file that started it, or start again "
                                + "without --resume (and --force)");
                    }
                    first = false;
                } else if (record.size() != header.size()) {
                    throw new OutputExistsException(file + ":" + record.getRecordNumber() + ": a row of "
                            + record.size() + " columns instead of " + header.size() + "; delete that row and resume");
                } else {
                    List<String> row = record.toList();
                    kept.put(key(Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1))), row);
                }
            }
        } catch (UncheckedIOException | NumberFormatException e) {
            throw new OutputExistsException(file + " cannot be read (" + e.getMessage() + "); start again without "
                    + "--resume (and --force)");
        }
        return new ParticlesFile(file, header, calibration.parameters().size(), kept);
    }

    private static long key(int generation, int attempt) {
        return ((long) generation << 32) ^ (attempt & 0xffffffffL);
    }

    /** How many simulations the file held when opened. */
    int kept() {
        return kept.size();
    }

    @Override
    public Optional<Simulation> find(Proposal proposal) throws IOException {
        List<String> row = kept.get(key(proposal.generation(), proposal.attempt()));
        if (row == null) {
            return Optional.empty();
        }
        double[] values = new double[parameters];
        for (int i = 0; i < parameters; i++) {
            values[i] = Double.parseDouble(row.get(2 + i));
        }
        if (!Arrays.equals(values, proposal.values()) && proposal.generation() == ParticleSeeds.PREDICTIVE) {
            // The posterior moved on since the check ran (more generations were asked for): run it again; the
            // row appended then replaces this one when the file is sorted.
            return Optional.empty();
        }
        if (!Arrays.equals(values, proposal.values())) {
            throw new OutputExistsException(file + ": generation " + proposal.generation() + ", attempt "
                    + proposal.attempt() + " ran other parameter values: the calibration or its scenario changed "
                    + "since it started. Resume with the file as it was, or start again without --resume (and --force)");
        }
        String error = row.get(row.size() - 1);
        if (!error.isEmpty()) {
            return Optional.of(Simulation.failed(proposal, error));
        }
        int targets = header.size() - 4 - parameters;
        double[] simulated = new double[targets];
        for (int j = 0; j < targets; j++) {
            simulated[j] = Double.parseDouble(row.get(2 + parameters + j));
        }
        return Optional.of(new Simulation(proposal, simulated, null));
    }

    @Override
    public synchronized void record(Simulation s, double distance) throws IOException {
        List<String> row = new ArrayList<>(header.size());
        row.add(Integer.toString(s.proposal().generation()));
        row.add(Integer.toString(s.proposal().attempt()));
        for (double v : s.proposal().values()) {
            row.add(Double.toString(v));
        }
        int targets = header.size() - 4 - parameters;
        double[] simulated = s.simulated();
        for (int j = 0; j < targets; j++) {
            row.add(s.failed() ? "" : Double.toString(simulated[j]));
        }
        row.add(Double.isInfinite(distance) ? "" : Double.toString(distance));
        row.add(s.failed() ? s.error() : "");
        out.write(Csv.line(row));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /**
     * Rewrites the file sorted by generation (the predictive check last) and attempt, through a temporary
     * file renamed into place; of two rows for one attempt (a predictive check run again), the later is kept.
     */
    static void sort(Path file) throws IOException {
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, Csv.FORMAT)) {
            records = parser.getRecords();
        }
        Map<String, List<String>> last = new HashMap<>();
        records.subList(1, records.size()).forEach(r -> last.put(r.get(0) + "," + r.get(1), r.toList()));
        List<List<String>> rows = new ArrayList<>(last.values());
        rows.sort(Comparator.comparingInt((List<String> r) -> {
            int g = Integer.parseInt(r.get(0));
            return g < 0 ? Integer.MAX_VALUE : g;
        }).thenComparingInt(r -> Integer.parseInt(r.get(1))));
        StringBuilder text = new StringBuilder(Csv.line(records.get(0).toList()));
        rows.forEach(r -> text.append(Csv.line(r)));
        CalibrationFiles.replace(file, text.toString());
    }

    private static void cutPartialLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long keep = channel.size();
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            channel.truncate(keep);
        }
    }
}
