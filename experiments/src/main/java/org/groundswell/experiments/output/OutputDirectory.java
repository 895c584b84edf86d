package org.groundswell.experiments.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output directory that appears all at once or not at all. Files are written into a temporary sibling
 * ({@code <target>.tmp-<random>}, in the same parent so that the final rename stays on one file system);
 * {@link #commit()} renames it into place, and {@link #close()} deletes it if it was never committed. A reader
 * of the target therefore sees either the previous content or the complete new one, never a half-written run.
 *
 * {@snippet :
 * try (OutputDirectory out = OutputDirectory.create(Path.of("results/run-1"), false)) {
 *     Files.writeString(out.path().resolve("summary.json"), json);
 *     out.commit();
 * }
 * }
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final boolean replace;
    private boolean committed;

    private OutputDirectory(Path target, Path temporary, boolean replace) {
        this.target = target;
        this.temporary = temporary;
        this.replace = replace;
    }

    /**
     * Checks that {@code target} may be written, then creates the temporary directory to write into. The
     * target's parent directories are created if missing.
     *
     * @param target  the directory the files should end up in
     * @param replace whether an existing, non-empty {@code target} may be replaced
     * @return the open output directory
     * @throws OutputExistsException if {@code target} is a file, or a non-empty directory and {@code replace}
     *                               is false
     * @throws IOException           if the temporary directory cannot be created
     */
    public static OutputDirectory create(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        check(absolute, replace);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        while (true) {
            Path temporary = parent.resolve(name + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
            try {
                Files.createDirectory(temporary);
                return new OutputDirectory(absolute, temporary, replace);
            } catch (FileAlreadyExistsException clash) {
                // another temporary of the same name: draw again
            }
        }
    }

    /**
     * Throws if {@code target} may not be written (see {@link #create}); creates nothing.
     *
     * @param target  the directory the files should end up in
     * @param replace whether an existing, non-empty {@code target} may be replaced
     * @throws OutputExistsException if it may not
     * @throws IOException           if {@code target} cannot be read
     */
    public static void check(Path target, boolean replace) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputExistsException(target + " exists and is not a directory: choose another "
                    + "output directory");
        }
        if (!replace && !isEmpty(target)) {
            throw new OutputExistsException("output directory " + target + " already exists and is not "
                    + "empty: pass --force to replace it, or choose another directory with --out");
        }
    }

    /** The temporary directory to write into. */
    public Path path() {
        return temporary;
    }

    /** The directory the files end up in once committed. */
    public Path target() {
        return target;
    }

    /**
     * Moves the temporary directory into place, replacing an existing target if that was allowed (the old
     * target is first renamed aside, then deleted once the new one is in place).
     *
     * @throws IOException if the rename fails; the target is then as it was
     */
    public void commit() throws IOException {
        check(target, replace);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
            move(target, old);
        }
        try {
            move(temporary, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /** Deletes the temporary directory unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteRecursively(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
