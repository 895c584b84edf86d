package org.groundswell.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void filesAppearOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("nested/run");
        try (OutputDirectory out = OutputDirectory.create(target, false)) {
            Files.writeString(out.path().resolve("a.txt"), "a");
            assertFalse(Files.exists(target));
            assertEquals(target.getParent(), out.path().getParent(), "a sibling, for an atomic rename");
            out.commit();
        }
        assertEquals("a", Files.readString(target.resolve("a.txt")));
        assertEquals(List.of("run"), names(target.getParent()));
    }

    @Test
    void aFailureBeforeCommitLeavesNothingBehind() throws IOException {
        Path target = tmp.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputDirectory out = OutputDirectory.create(target, false)) {
                Files.createDirectories(out.path().resolve("charts"));
                Files.writeString(out.path().resolve("charts/half.png"), "half");
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void aNonEmptyDirectoryIsReplacedOnlyWhenAsked() throws IOException {
        Path target = tmp.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        assertThrows(OutputExistsException.class, () -> OutputDirectory.create(target, false));
        try (OutputDirectory out = OutputDirectory.create(target, true)) {
            Files.writeString(out.path().resolve("new.txt"), "new");
            out.commit();
        }
        assertEquals(List.of("new.txt"), names(target));
        assertEquals(List.of("run"), names(tmp));
    }

    @Test
    void aFileInTheWayIsRefusedEvenWithReplace() throws IOException {
        Path target = tmp.resolve("run");
        Files.writeString(target, "a file");
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> OutputDirectory.create(target, true));
        assertTrue(e.getMessage().contains("not a directory"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
