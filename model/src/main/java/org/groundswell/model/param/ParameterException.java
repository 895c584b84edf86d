package org.groundswell.model.param;

/**
 * A parameter value outside what the model allows. Carries the field (a record component name, or a dotted
 * path once a caller has prefixed it), the offending value, and a sentence saying what is allowed, so that a
 * scenario loader can report file, line and field without parsing the message.
 */
public final class ParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object value;
    private final String allowed;

    public ParameterException(String field, Object value, String allowed) {
        super(field + " = " + value + ": " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    /** The field name or dotted path. */
    public String field() {
        return field;
    }

    /** The rejected value. */
    public Object value() {
        return value;
    }

    /** What is allowed, for example "a number from 1 to 12". */
    public String allowed() {
        return allowed;
    }

    /** The same error with {@code prefix.} put before the field. */
    public ParameterException within(String prefix) {
        return new ParameterException(prefix + "." + field, value, allowed);
    }
}
