package org.groundswell.web;

/**
 * Writes a class's run as a report people can forward: one self-contained HTML file. The command line supplies
 * it ({@code groundswell serve} uses the application's report writer), so this module needs no charts or
 * templates of its own.
 */
@FunctionalInterface
public interface ClassReportWriter {

    /** The report of {@code run}, as HTML. */
    String render(ClassRun run);
}
