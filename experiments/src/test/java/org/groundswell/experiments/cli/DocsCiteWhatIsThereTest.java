package org.groundswell.experiments.cli;

import static org.groundswell.experiments.cli.RunCommandTest.groundswell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a new user reads points at what is there: every relative link of the README and the docs reaches a file
 * of the repository (and a heading of it, when it names one), and nothing a user reads cites the project's
 * working notes ("DESIGN.md", "seed 003") instead of the published sources in docs/references.md.
 */
class DocsCiteWhatIsThereTest {

    /** The repository's root, from the experiments module where the tests run. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    /** Citations of the working notes the repository does not hold. */
    private static final Pattern NOTES = Pattern.compile("(?i)\\bseeds? ?0\\d\\d\\b|\\bseeds/|DESIGN\\.md|STYLE\\.md|"
            + "\\bshared/");

    static List<Path> markdown() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        Path benchmarks = ROOT.resolve("benchmarks/README.md");
        if (Files.exists(benchmarks)) {
            files.add(benchmarks);
        }
        return files;
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsReachesAFileAndItsHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : markdown()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:: published addresses
                }
                checked++;
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = ROOT.relativize(file) + ": (" + target + ")";
                if (!Files.exists(resolved)) {
                    broken.add(where + ": no such file");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(where + ": no such heading in " + ROOT.relativize(resolved));
                }
            }
        }
        assertTrue(checked > 30, "the links were found: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingAUserReadsCitesTheWorkingNotesInsteadOfThePublishedSources() throws IOException {
        List<Path> read = new ArrayList<>(markdown());
        read.add(ROOT.resolve("CITATION.cff"));
        for (String folder : List.of("scenarios/src/main/resources", "experiments/src/main/resources")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".vm")).sorted()
                        .forEach(read::add);
            }
        }
        List<String> cited = new ArrayList<>();
        for (Path file : read) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (NOTES.matcher(lines.get(i)).find()) {
                    cited.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        String listed = groundswell("scenarios", "list").out() + groundswell("experiments", "list").out();
        listed.lines().filter(l -> NOTES.matcher(l).find()).forEach(l -> cited.add("scenarios/experiments list: " + l));
        assertTrue(read.size() > 20, "the files were found: " + read.size());
        assertEquals(List.of(), cited);
    }

    @Test
    void theChecksCatchWhatTheyLookFor() {
        assertTrue(NOTES.matcher("A teaching case after seed 001").find());
        assertTrue(NOTES.matcher("see DESIGN.md, section 3").find());
        assertTrue(!NOTES.matcher("the seed 7 run; seeds below 2^53; 30-day mortality").find());
        assertEquals(Set.of("what-a-run-writes", "the-csv-dialect", "r-with-datatable", "cost-effectiveness"),
                anchors(List.of("## What a run writes", "## The CSV dialect", "## R with data.table",
                        "### Cost-effectiveness", "```", "# not a heading inside a code block", "```")));
        assertEquals(Set.of("lazes--rudden"), anchors(List.of("- <a id=\"lazes--rudden\"></a>**Lazes & Rudden**")));
    }

    /**
     * The anchors GitHub makes of a Markdown file's headings, and its explicit {@code <a id>}s, outside code
     * blocks.
     */
    static Set<String> anchors(Path file) {
        try {
            return anchors(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new HashSet<>();
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            Matcher explicit = Pattern.compile("<a id=\"([^\"]+)\">").matcher(line);
            while (!code && explicit.find()) {
                anchors.add(explicit.group(1));
            }
            if (!code && line.matches("#{1,6} .*")) {
                String heading = line.replaceFirst("#{1,6} ", "").strip().toLowerCase(Locale.ROOT);
                String slug = heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = slug + "-" + n;
                }
                anchors.add(unique);
            }
        }
        return anchors;
    }
}
