package org.groundswell.model.param;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * Checks parameter records against their {@link Param} annotations. Called from each parameter record's
 * compact constructor with the component values in declaration order, so a record cannot exist with a value
 * out of range, and the range is written only once, on the annotation.
 */
public final class Requires {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            return components;
        }
    };

    private Requires() {
    }

    /**
     * Checks every component of {@code type} carrying a {@link Param} annotation.
     *
     * @param type   the record class being constructed
     * @param values the component values, in declaration order
     * @throws ParameterException naming the first component that is missing, not finite, or out of range
     */
    public static void valid(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = COMPONENTS.get(type);
        if (components.length != values.length) {
            throw new IllegalStateException(type.getSimpleName() + " passes " + values.length
                    + " values for " + components.length + " components");
        }
        for (int i = 0; i < components.length; i++) {
            check(components[i], values[i]);
        }
    }

    private static void check(RecordComponent component, Object value) {
        String name = component.getName();
        if (value == null) {
            throw new ParameterException(name, null, "a value is required");
        }
        Param param = component.getAnnotation(Param.class);
        if (param == null) {
            return;
        }
        if (value instanceof Number number) {
            double v = number.doubleValue();
            if (!Double.isFinite(v)) {
                throw new ParameterException(name, value, allowed(param, component.getType()));
            }
            if (v < param.min() || v > param.max()) {
                throw new ParameterException(name, value, allowed(param, component.getType()));
            }
        } else if (value instanceof List<?> list) {
            if (list.size() < param.min() || list.size() > param.max()) {
                throw new ParameterException(name, list.size() + " entries", allowed(param, List.class));
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new ParameterException(name + "[" + i + "]", null, "a value is required");
                }
            }
        }
    }

    /** The sentence that says what a component accepts, for error messages and the parameter reference. */
    public static String allowed(Param param, Class<?> type) {
        boolean integral = type == int.class || type == long.class || type == Integer.class || type == Long.class;
        boolean hasMin = param.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = param.max() != Double.POSITIVE_INFINITY;
        if (type == List.class) {
            if (hasMin && hasMax) {
                return "a list of " + format(param.min()) + " to " + format(param.max()) + " entries";
            }
            return hasMin ? "a list of at least " + format(param.min()) + " entries"
                    : hasMax ? "a list of at most " + format(param.max()) + " entries" : "a list";
        }
        String kind = integral ? "a whole number " : "a number ";
        if (hasMin && hasMax) {
            return kind + "from " + format(param.min()) + " to " + format(param.max());
        }
        if (hasMin) {
            return kind + "of at least " + format(param.min());
        }
        if (hasMax) {
            return kind + "of at most " + format(param.max());
        }
        return "a finite number";
    }

    /** Formats a bound without a trailing ".0". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
