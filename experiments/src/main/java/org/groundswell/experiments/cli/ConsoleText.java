package org.groundswell.experiments.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Text for the console in the console's own charset. Under {@code LANG=C} or {@code LC_ALL=C} (Docker, CI) the
 * charset is US-ASCII, and Java would print the minus sign, × and ± as {@code ?}, so that a difference loses
 * its direction. Writing UTF-8 regardless would be no better there: an ASCII terminal shows UTF-8 as
 * garbage. So each character the charset cannot encode is written as its ASCII spelling ({@code −} as
 * {@code -}, {@code ×} as {@code x}, {@code ±} as {@code +/-}); in a UTF-8 locale nothing changes. Files are
 * always written in UTF-8, whatever the locale.
 */
final class ConsoleText {

    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2013', "-"), Map.entry('\u2014', "--"),
            Map.entry('\u00d7', "x"), Map.entry('\u00b1', "+/-"), Map.entry('\u2264', "<="),
            Map.entry('\u2265', ">="), Map.entry('\u2248', "~"), Map.entry('\u2019', "'"),
            Map.entry('\u2018', "'"), Map.entry('\u201c', "\""), Map.entry('\u201d', "\""),
            Map.entry('\u2026', "..."), Map.entry('\u00b7', "."), Map.entry('\u2192', "->"),
            Map.entry('\u00b2', "^2"), Map.entry('\u00a0', " "), Map.entry('\u2009', " "),
            Map.entry('\u2588', "#"), Map.entry('\u2591', "."), Map.entry('\u00e9', "e"));

    private ConsoleText() {
    }

    /** The console's charset: the platform's native encoding, which the locale sets (US-ASCII under LANG=C). */
    static Charset consoleCharset() {
        try {
            return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A writer to {@code out} in {@code charset} that spells in ASCII what the charset cannot encode. */
    static PrintWriter writer(OutputStream out, Charset charset) {
        Writer encoded = new OutputStreamWriter(out, charset);
        return new PrintWriter(new Fallback(encoded, charset.newEncoder()), true);
    }

    /** {@code text} with every character {@code encoder} cannot encode spelt in ASCII ({@code ?} if unknown). */
    static String encodable(String text, CharsetEncoder encoder) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 || encoder.canEncode(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(ASCII.getOrDefault(c, "?"));
        }
        return out == null ? text : out.toString();
    }

    /** Passes text through {@link #encodable}. */
    private static final class Fallback extends FilterWriter {

        private final CharsetEncoder encoder;

        Fallback(Writer out, CharsetEncoder encoder) {
            super(out);
            this.encoder = encoder;
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            write(new String(chars, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String part = encodable(text.substring(offset, offset + length), encoder);
            out.write(part, 0, part.length());
        }
    }
}
