package org.groundswell.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The build every output records: the version, the git commit and whether the tree was clean. */
public class VersionTest {

    /** The build fields of an output are well formed; what {@code git_tree} says goes with what the commit is. */
    public static void assertWellFormedBuild(JsonNode json, String where) {
        assertTrue(json.path("groundswell_version").asText().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"),
                where + ": groundswell_version " + json.path("groundswell_version"));
        String commit = json.path("git_commit").asText();
        String tree = json.path("git_tree").asText();
        assertTrue(json.path("git_commit").isTextual() && (commit.matches("[0-9a-f]{40}")
                || commit.equals(Version.UNKNOWN)), where + ": git_commit " + commit);
        assertTrue(List.of(Version.CLEAN, Version.DIRTY, Version.UNKNOWN).contains(tree), where + ": git_tree " + tree);
        assertTrue(!commit.equals(Version.UNKNOWN) || tree.equals(Version.UNKNOWN),
                where + ": without a commit, the tree is unknown too");
    }

    @Test
    void thisBuildRecordsTheCommitItWasBuiltFromWhenGitWasThere() {
        ObjectNode recorded = JsonNodeFactory.instance.objectNode();
        Version.record(recorded);
        assertEquals(List.of("groundswell_version", "git_commit", "git_tree"), fieldNames(recorded));
        assertWellFormedBuild(recorded, "Version.record");
        // Built in a clone (as CI builds), the plugin must have found the commit. From a source archive, without
        // .git, or in a linked worktree, whose .git is a file (the pom records "unknown" there), it is unknown.
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("..", ".git"))) {
            assertTrue(Version.commit().matches("[0-9a-f]{40}"), "the commit of this checkout: " + Version.commit());
            assertTrue(Version.described().contains(Version.commit()), Version.described());
        }
    }

    @Test
    void whatTheGitPluginWroteIsReadStrictly() {
        Properties clean = properties("d779b23b2a6b2b35cc8d7a3cfae8a683f534c7ae", "false");
        assertEquals("d779b23b2a6b2b35cc8d7a3cfae8a683f534c7ae", Version.commit(clean));
        assertEquals(Version.CLEAN, Version.tree(clean));
        assertEquals(Version.DIRTY, Version.tree(properties("d779b23b2a6b2b35cc8d7a3cfae8a683f534c7ae", "true")));

        // No git.properties (a build from a source archive), or one the plugin could not fill in.
        assertEquals(Version.UNKNOWN, Version.commit(new Properties()));
        assertEquals(Version.UNKNOWN, Version.tree(new Properties()));
        Properties abbreviated = properties("d779b23", "false");
        assertEquals(Version.UNKNOWN, Version.commit(abbreviated));
        assertEquals(Version.UNKNOWN, Version.tree(abbreviated), "no tree without its commit");
        assertEquals(Version.UNKNOWN, Version.tree(properties("d779b23b2a6b2b35cc8d7a3cfae8a683f534c7ae", "")));
        assertEquals(Version.UNKNOWN, Version.commit(properties("${git.commit.id}", "${git.dirty}")),
                "an unfiltered placeholder is no commit");
    }

    @Test
    void theBuildInWordsSaysWhenTheTreeHadUncommittedChanges() {
        String c = "d779b23b2a6b2b35cc8d7a3cfae8a683f534c7ae";
        assertEquals("0.1.0, commit " + c, Version.described("0.1.0", c, Version.CLEAN));
        assertEquals("0.1.0, commit " + c + " (with uncommitted changes)",
                Version.described("0.1.0", c, Version.DIRTY));
        assertEquals("0.1.0, commit unknown", Version.described("0.1.0", Version.UNKNOWN, Version.UNKNOWN));
    }

    @Test
    void aSweepResumedByAnotherBuildSaysSoAndOneResumedByItsOwnBuildDoesNot() {
        ObjectNode started = RunsMetadata.of("sweep", "./groundswell sweep x");
        RunsMetadata.resumed(started, Optional.empty());
        assertEquals(0, started.path("resumed_with").size());

        ObjectNode again = RunsMetadata.of("sweep", "./groundswell sweep x");
        RunsMetadata.resumed(again, Optional.of(started));
        assertEquals(started, again, "resumed by the build that started it: as if it had run straight through");

        ObjectNode older = started.deepCopy();
        older.put("git_commit", "0123456789abcdef0123456789abcdef01234567");
        older.put("git_tree", Version.CLEAN);
        ObjectNode resumed = RunsMetadata.of("sweep", "./groundswell sweep x");
        RunsMetadata.resumed(resumed, Optional.of(older));
        assertEquals("0123456789abcdef0123456789abcdef01234567", resumed.path("git_commit").asText(),
                "the build that started it stays the sweep's");
        assertEquals(1, resumed.path("resumed_with").size());
        assertEquals(Version.commit(), resumed.path("resumed_with").get(0).path("git_commit").asText());
        assertWellFormedBuild(resumed.path("resumed_with").get(0), "resumed_with[0]");

        ObjectNode twice = RunsMetadata.of("sweep", "./groundswell sweep x");
        RunsMetadata.resumed(twice, Optional.of(resumed));
        assertEquals(resumed, twice, "a build is listed once however often it resumes");
    }

    private static Properties properties(String commit, String dirty) {
        Properties p = new Properties();
        p.setProperty("git.commit.id", commit);
        p.setProperty("git.dirty", dirty);
        return p;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
