package org.groundswell.experiments.cli;

import org.groundswell.experiments.output.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code groundswell --version}: the version the build stamped with its git commit, and the Java running it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "groundswell " + Version.described(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }
}
