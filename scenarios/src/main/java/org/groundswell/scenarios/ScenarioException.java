package org.groundswell.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario that cannot be used, with where and why: the source (a file as the user gave it, {@code --set},
 * or {@code bundled:NAME}), the 1-based line (0 when unknown), the dotted field path, the rejected value
 * when there is one, and what is allowed. {@link #getMessage()} reads
 * {@code scenarios/bad.yaml:12: staffing.patientsPerNurse = 40: a number from 1 to 12}.
 *
 * <p>When a file has several problems that could be found together (unknown keys, wrong types, values out
 * of range in different records), the first, in file order, is this exception and the rest are
 * {@link #others()}.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;
    /** The longest value or field shown in a message, in characters. */
    private static final int LONGEST = 80;

    private final String source;
    private final int line;
    private final String field;
    private final String value;
    private final String problem;
    private final List<ScenarioException> others;

    /**
     * @param source  the file as given, {@code --set} or {@code bundled:NAME}
     * @param line    the 1-based line, 0 when unknown
     * @param field   the dotted field path, "" when the problem is not about one field
     * @param value   the rejected value as it should be shown, or {@code null} when there is none
     * @param problem what is wrong or what is allowed
     */
    public ScenarioException(String source, int line, String field, String value, String problem) {
        this(source, line, field, value, problem, List.of());
    }

    private ScenarioException(String source, int line, String field, String value, String problem,
            List<ScenarioException> others) {
        super(format(source, line, field, value, problem));
        this.source = source;
        this.line = Math.max(0, line);
        this.field = field == null ? "" : field;
        this.value = value;
        this.problem = problem;
        this.others = List.copyOf(others);
    }

    /**
     * The first of {@code errors}, carrying the rest as {@link #others()}: how a reader reports every problem of
     * a file at once.
     *
     * @param errors at least one error, in the order they should be shown
     */
    public static ScenarioException of(List<ScenarioException> errors) {
        ScenarioException first = errors.get(0);
        List<ScenarioException> rest = new ArrayList<>(first.others);
        rest.addAll(errors.subList(1, errors.size()));
        return new ScenarioException(first.source, first.line, first.field, first.value, first.problem, rest);
    }

    /** The same error with its field path renamed (used to show a {@code --set} path as the user typed it). */
    ScenarioException withField(String newField) {
        return new ScenarioException(source, line, newField, value, problem, others);
    }

    private static String format(String source, int line, String field, String value, String problem) {
        field = field == null ? null : visible(field);
        value = value == null ? null : visible(value);
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field);
            if (value != null) {
                s.append(" = ").append(value);
            }
            s.append(": ");
        } else if (value != null) {
            s.append(value).append(": ");
        }
        return s.append(problem).toString();
    }

    /**
     * {@code text} as it can be shown inside a one-line message: line breaks, tabs and other control characters
     * written as escapes, and anything longer than {@value #LONGEST} characters cut short.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < LONGEST; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.length() < LONGEST || out.length() == text.length() ? out.toString() : out + "...";
    }

    /** The file as the user gave it, {@code --set}, or {@code bundled:NAME}. */
    public String source() {
        return source;
    }

    /** The 1-based line of the offending key or list item; 0 when unknown. */
    public int line() {
        return line;
    }

    /** The dotted field path ({@code staffing.patientsPerNurse}, {@code units[2].beds}), or "". */
    public String field() {
        return field;
    }

    /** The rejected value as shown in the message, or {@code null} when there is none. */
    public String value() {
        return value;
    }

    /** What is wrong, or what is allowed ("a number from 1 to 12"). */
    public String problem() {
        return problem;
    }

    /** Further problems found in the same file, in file order; empty when this was the only one. */
    public List<ScenarioException> others() {
        return others;
    }

    /** This error followed by {@link #others()}. */
    public List<ScenarioException> all() {
        List<ScenarioException> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return List.copyOf(all);
    }
}
