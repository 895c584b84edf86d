package org.groundswell.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;

/**
 * A chart drawn to PNG, with what a report needs to show it: a file name, a title, and alternative text that
 * says in words what the chart shows (for screen readers, and for whoever reads the report without images).
 *
 * @param file  the file name inside {@code charts/}
 * @param title the chart's title
 * @param alt   what the chart shows, in words
 * @param png   the image
 */
public record RenderedChart(String file, String title, String alt, byte[] png) {

    /** The image as a {@code data:} URI, to embed in a self-contained HTML file. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * Writes the image into {@code directory}.
     *
     * @return the file written
     */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        return Files.write(directory.resolve(file), png, StandardOpenOption.CREATE_NEW);
    }
}
