package org.groundswell.experiments.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What build of Groundswell is running: its version, as the build stamped it into {@code version.properties},
 * and the git commit it was built from with whether the working tree had uncommitted changes, as the
 * git-commit-id Maven plugin wrote them into {@code git.properties}. Every output records all three, so a result
 * can be traced to the code that made it. A jar built without git (from a source archive) records the commit and
 * the tree as {@value #UNKNOWN}.
 */
public final class Version {

    /** What is recorded when the build could not tell. */
    public static final String UNKNOWN = "unknown";

    /** The tree the jar was built from had no uncommitted changes. */
    public static final String CLEAN = "clean";

    /**
     * The tree the jar was built from had uncommitted changes: tracked files edited, added or removed (untracked
     * files, such as a results folder, do not count).
     */
    public static final String DIRTY = "dirty";

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private static final String VERSION = version(load("version.properties"));
    private static final Properties GIT = load("git.properties");
    private static final String COMMIT_ID = commit(GIT);
    private static final String TREE = tree(GIT);

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}; {@value #UNKNOWN} if the build did not stamp one. */
    public static String current() {
        return VERSION;
    }

    /** The full (40 hex digits) id of the git commit the jar was built from, or {@value #UNKNOWN}. */
    public static String commit() {
        return COMMIT_ID;
    }

    /**
     * Whether the tree the jar was built from had uncommitted changes: {@value #CLEAN}, {@value #DIRTY}, or
     * {@value #UNKNOWN} (no git at build time).
     */
    public static String tree() {
        return TREE;
    }

    /**
     * The build in words, as reports and {@code --version} show it: "0.1.0-SNAPSHOT, commit d779b23b…a683f534c7ae
     * (with uncommitted changes)" (the commit in full), or "0.1.0-SNAPSHOT, commit unknown".
     */
    public static String described() {
        return described(VERSION, COMMIT_ID, TREE);
    }

    static String described(String version, String commit, String tree) {
        return version + ", commit " + commit + switch (tree) {
            case DIRTY -> " (with uncommitted changes)";
            case CLEAN -> "";
            default -> UNKNOWN.equals(commit) ? "" : " (uncommitted changes unknown)";
        };
    }

    /**
     * Puts {@code groundswell_version}, {@code git_commit} and {@code git_tree} into a JSON object, in that order:
     * the fields every output's metadata begins with.
     */
    public static void record(ObjectNode into) {
        into.put("groundswell_version", VERSION);
        into.put("git_commit", COMMIT_ID);
        into.put("git_tree", TREE);
    }

    static String commit(Properties git) {
        String id = git.getProperty("git.commit.id", "").strip();
        return COMMIT.matcher(id).matches() ? id : UNKNOWN;
    }

    static String tree(Properties git) {
        if (UNKNOWN.equals(commit(git))) {
            return UNKNOWN;
        }
        return switch (git.getProperty("git.dirty", "").strip()) {
            case "true" -> DIRTY;
            case "false" -> CLEAN;
            default -> UNKNOWN;
        };
    }

    private static String version(Properties p) {
        String v = p.getProperty("version", "");
        if (v.isBlank() || v.startsWith("${")) {
            v = Version.class.getPackage().getImplementationVersion();
        }
        return v == null || v.isBlank() ? UNKNOWN : v;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/groundswell/experiments/" + resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
