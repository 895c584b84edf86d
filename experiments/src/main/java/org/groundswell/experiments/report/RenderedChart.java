package org.groundswell.experiments.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A chart drawn to PNG, and to SVG where a report embeds it, with what a report needs to show it: a file name,
 * a title, and alternative text that says in words what the chart shows (for screen readers, and for whoever
 * reads the report without images).
 *
 * @param file  the PNG's file name inside {@code charts/}, ending in {@code .png}
 * @param title the chart's title
 * @param alt   what the chart shows, in words
 * @param png   the image
 * @param svg   the same chart as an {@code <svg>} element (Apache Batik), or null when only the PNG is kept
 */
public record RenderedChart(String file, String title, String alt, byte[] png, String svg) {

    public RenderedChart {
        if (!file.endsWith(".png")) {
            throw new IllegalArgumentException("a chart's file name ends in .png: " + file);
        }
    }

    /** A chart kept as PNG only. */
    public RenderedChart(String file, String title, String alt, byte[] png) {
        this(file, title, alt, png, null);
    }

    /** The image as a {@code data:} URI, to embed in a self-contained HTML file. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** Whether the chart has an SVG version. */
    public boolean hasSvg() {
        return svg != null;
    }

    /** The SVG element as markup a template inserts as it is (it is drawn by us, its text XML-escaped). */
    public HtmlTemplate.Markup svgMarkup() {
        return new HtmlTemplate.Markup(svg == null ? "" : svg);
    }

    /** The SVG version's file name: {@code file} with {@code .svg} for {@code .png}. */
    public String svgFile() {
        return file.substring(0, file.length() - ".png".length()) + ".svg";
    }

    /**
     * Writes the PNG, and the SVG as a standalone file beside it when there is one, into {@code directory}.
     *
     * @return the files written
     */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        written.add(Files.write(directory.resolve(file), png, StandardOpenOption.CREATE_NEW));
        if (svg != null) {
            String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
            written.add(Files.writeString(directory.resolve(svgFile()), document, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW));
        }
        return written;
    }
}
