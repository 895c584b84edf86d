package org.groundswell.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    private static final String LINE = "\u22120.54% [\u22121.3%, +0.20%] vs none, 4 \u00d7 30, \u00b1 2";

    @Test
    void anAsciiConsoleGetsTheSignsSpeltInAsciiNotQuestionMarks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = ConsoleText.writer(bytes, StandardCharsets.US_ASCII);
        out.print(LINE);
        out.flush();

        String shown = bytes.toString(StandardCharsets.US_ASCII);
        assertEquals("-0.54% [-1.3%, +0.20%] vs none, 4 x 30, +/- 2", shown);
        assertFalse(shown.contains("?"));
    }

    @Test
    void aUtf8ConsoleGetsTheTextUnchanged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = ConsoleText.writer(bytes, StandardCharsets.UTF_8);
        out.print(LINE);
        out.flush();

        assertEquals(LINE, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutTheFallbackJavaWouldHavePrintedQuestionMarks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter plain = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.US_ASCII));
        plain.print(LINE);
        plain.flush();
        assertEquals("?0.54% [?1.3%, +0.20%] vs none, 4 ? 30, ? 2", bytes.toString(StandardCharsets.US_ASCII));
    }
}
