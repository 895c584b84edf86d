package org.groundswell.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader is robust: thousands of scenario files broken in the ways files break — lines deleted, doubled
 * or swapped, values of the wrong type, huge numbers, NaN and infinity, deep nesting, anchors and aliases,
 * stray characters, truncation, wrong encodings — each end in a valid scenario or in a
 * {@link ScenarioException} with a message (which the command line turns into exit code 2), never in another
 * exception and never in a hang. The mutations are drawn from a fixed seed, so a failure repeats.
 */
class LoaderFuzzTest {

    private static final int CASES = 2000;
    private static final long SEED = 20240601L;
    private static final Duration EACH = Duration.ofSeconds(5);

    private static final String[] VALUES = {
        "abc", "\"\"", "''", "1e400", "-1e400", ".nan", ".NaN", ".inf", "-.inf", "99999999999999999999999",
        "-99999999999999999999999", "-0", "0x1F", "1_000", "[1, 2]", "{a: 1}", "[]", "{}", "null", "~", "true",
        "no", "2.5", "-1", "1e-300", "3.4028235e39", "\"5\"", "'x' 'y'", "|\n  text", ">\n  folded", "!!binary aGk=",
        "!!str 5", "!custom 5", "&a 5", "*a", "*nowhere", "@", "`", "%", "\t5", "5 # comment", "[unclosed",
        "{unclosed: 1", "\"unterminated", "2024-01-01", "12:30", "+.5", "0.", ".5", "1__0", "∞", "٣"
    };

    /** One thread that runs every case, so that a case that hangs can be timed out and named. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "loader-fuzz");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path tmp;

    /** The texts the mutations start from: every bundled scenario, one of them in full, and small files. */
    private static List<String> originals() throws ScenarioException {
        List<String> texts = new ArrayList<>();
        for (String name : ScenarioLibrary.names()) {
            texts.add(ScenarioLibrary.text(name).orElseThrow());
        }
        texts.add(ScenarioLoader.toCommentedYaml(ScenarioLoader.load("regional-care-system")));
        texts.add("name: small\nstaffing:\n  patientsPerNurse: 6\ninterventions:\n  - {type: huddles, startDay: 0}\n");
        texts.add("{\"name\": \"json\", \"days\": 100, \"staffing\": {\"patientsPerNurse\": 4}}");
        return texts;
    }

    @Test
    void everyMutatedFileEndsInAScenarioOrAnErrorWithAMessage() throws ScenarioException {
        List<String> originals = originals();
        SplittableRandom random = new SplittableRandom(SEED);
        int valid = 0;
        int errors = 0;
        for (int i = 0; i < CASES; i++) {
            String original = originals.get(random.nextInt(originals.size()));
            String mutated = mutate(original, random, 1 + random.nextInt(3));
            if (load(mutated, "case-" + i + ".yaml")) {
                valid++;
            } else {
                errors++;
            }
        }
        assertTrue(errors > CASES / 2, "most mutations break the file: " + errors + " of " + CASES);
        assertTrue(valid > 0, "some mutations leave a valid scenario: " + valid);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (int depth : new int[] {50, 500, 2_000, 20_000}) {
            load("units: " + "[".repeat(depth) + "]".repeat(depth) + "\n", "lists-" + depth + ".yaml");
            load("staffing: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n", "maps-" + depth + ".yaml");
            StringBuilder block = new StringBuilder("culture:\n");
            for (int k = 0; k < Math.min(depth, 2_000); k++) {
                block.append(" ".repeat(k + 1)).append("k").append(k).append(":\n");
            }
            load(block.append(" ".repeat(Math.min(depth, 2_000) + 1)).append("1\n").toString(), "block-" + depth);
        }
    }

    @Test
    void aliasesThatMultiplyAreAnErrorNotAHang() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int k = 1; k < 10; k++) {
            String prior = "*a" + (k - 1);
            laughs.append("a").append(k).append(": &a").append(k).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prior))).append("]\n");
        }
        load(laughs.toString(), "laughs.yaml");
        load("units: &u\n  - *u\n", "self-alias.yaml");
    }

    @Test
    void filesInOtherEncodingsOrOfRandomBytesAreAnErrorWithAMessage() throws IOException {
        String text = "name: café\ndescription: Ünïcödé — naïve\nstaffing:\n  patientsPerNurse: 6\n";
        List<byte[]> files = new ArrayList<>(List.of(
                text.getBytes(StandardCharsets.UTF_16LE), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16), text.getBytes(StandardCharsets.ISO_8859_1),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                new byte[0], new byte[] {0, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}));
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(1, 400)];
            random.nextBytes(bytes);
            files.add(bytes);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = tmp.resolve("encoded-" + i + ".yaml");
            Files.write(file, files.get(i));
            loadFile(file.toString());
        }
    }

    /** Loads {@code text}; true if it is a valid scenario, false if it is a well-formed error; fails otherwise. */
    private static boolean load(String text, String source) {
        return within(() -> {
            try {
                ScenarioLoader.parse(text, source, List.of());
                return true;
            } catch (ScenarioException e) {
                assertWellFormed(e, source, text);
                return false;
            }
        }, excerpt(text));
    }

    private static void loadFile(String path) {
        within(() -> {
            try {
                ScenarioLoader.load(path);
                return true;
            } catch (ScenarioException e) {
                assertWellFormed(e, path, path);
                return false;
            }
        }, path);
    }

    /**
     * Runs {@code task} on the fuzzing thread and waits at most {@link #EACH}; fails on a hang or on any exception
     * other than the assertion errors of the task itself.
     */
    private static boolean within(Callable<Boolean> task, String input) {
        Future<Boolean> result = WORKER.submit(task);
        try {
            return result.get(EACH.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return fail("the loader took more than " + EACH + " on:\n" + input);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            return fail("the loader threw " + e.getCause() + " instead of a ScenarioException for:\n" + input,
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    @AfterAll
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    private static void assertWellFormed(ScenarioException e, String source, String text) {
        for (ScenarioException error : e.all()) {
            assertFalse(error.problem() == null || error.problem().isBlank(),
                    () -> "an error without a message for:\n" + excerpt(text));
            assertTrue(error.getMessage().startsWith(error.source()), error.getMessage());
            assertFalse(error.getMessage().contains("\n"), () -> "a message on one line: " + error.getMessage());
            assertFalse(error.getMessage().matches(".*\\b(Exception|at com\\.|at org\\.)\\b.*"),
                    () -> "no stack trace or exception name in: " + error.getMessage());
        }
        assertTrue(e.all().stream().anyMatch(x -> x.source().equals(source) || x.source().startsWith("bundled:")
                || x.source().equals(ScenarioLoader.SET_SOURCE) || x.source().contains("/")), e.getMessage());
    }

    // ---- mutations

    private static String mutate(String text, SplittableRandom random, int times) {
        String out = text;
        for (int t = 0; t < times; t++) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    private static String mutateOnce(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int at = random.nextInt(n);
        switch (random.nextInt(11)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(n);
                String line = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            case 3, 4 -> {
                String line = lines.get(at);
                int colon = line.indexOf(": ");
                String value = VALUES[random.nextInt(VALUES.length)];
                lines.set(at, colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value);
            }
            case 5 -> {
                String line = lines.get(at);
                lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
            }
            case 6 -> lines.add(at, "deep: " + "[".repeat(random.nextInt(1, 1100)) + "]");
            case 7 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 8 -> {
                String line = lines.get(at);
                int pos = random.nextInt(line.length() + 1);
                char c = (char) random.nextInt(0, 0x3000);
                lines.set(at, line.substring(0, pos) + c + line.substring(pos));
            }
            case 9 -> {
                String line = lines.get(at);
                int colon = line.indexOf(':');
                if (colon > 2) {
                    int pos = random.nextInt(colon - 1);
                    char[] chars = line.toCharArray();
                    char c = chars[pos];
                    chars[pos] = chars[pos + 1];
                    chars[pos + 1] = c;
                    lines.set(at, new String(chars));
                }
            }
            default -> lines.add(at, " ".repeat(random.nextInt(0, 6)) + "x".repeat(random.nextInt(1, 20))
                    + ": " + VALUES[random.nextInt(VALUES.length)]);
        }
        return String.join("\n", lines);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String excerpt(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "\n...(" + text.length() + " characters)";
    }
}
