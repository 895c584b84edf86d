package org.groundswell.experiments.sensitivity;

import java.util.Locale;

/**
 * Argument checks for this package. Every message has the form {@code name = value: what is allowed}, the
 * same shape as the model's parameter errors, so a caller can show it to a person as it is.
 */
final class Arguments {

    private Arguments() {
    }

    /** The exception for an argument outside what is allowed. */
    static IllegalArgumentException invalid(String name, Object value, String allowed) {
        return new IllegalArgumentException(name + " = " + value + ": " + allowed);
    }

    /** Returns {@code value}, or throws when it is below {@code min}. */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw invalid(name, value, "a whole number of at least " + min);
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is not strictly between 0 and 1. */
    static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw invalid(name, format(value), "a number strictly between 0 and 1");
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is not finite. */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(name, format(value), "a finite number");
        }
        return value;
    }

    /** Returns {@code values}, or throws naming the first element that is not finite. */
    static double[] finite(String name, double[] values) {
        if (values == null) {
            throw invalid(name, null, "an array of finite numbers");
        }
        for (int i = 0; i < values.length; i++) {
            finite(name + "[" + i + "]", values[i]);
        }
        return values;
    }

    /** Throws unless {@code values} has exactly {@code length} elements; {@code what} says where that comes from. */
    static void length(String name, double[] values, int length, String what) {
        if (values == null) {
            throw invalid(name, null, "an array of " + length + " values, " + what);
        }
        if (values.length != length) {
            throw invalid(name, values.length + " values", "exactly " + length + ", " + what);
        }
    }

    /** A double as a person reads it: no trailing {@code .0}, whatever the locale. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
