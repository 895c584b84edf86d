package org.groundswell.experiments.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Groundswell's version, as the build stamped it into {@code version.properties}. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} if the resource is missing. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/groundswell/experiments/version.properties")) {
            if (in == null) {
                return fromManifest();
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? fromManifest() : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fromManifest() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
