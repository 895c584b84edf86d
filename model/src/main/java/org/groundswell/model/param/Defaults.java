package org.groundswell.model.param;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Builds a parameter record from the {@link Param#def()} of each component, so that a default is written
 * once, beside its source. Components whose default is not a scalar (nested records) are built recursively;
 * lists must be given by the record's own factory.
 */
public final class Defaults {

    private Defaults() {
    }

    /**
     * The record of {@code type} with every component at its annotated default.
     *
     * @throws IllegalStateException if a component has neither a scalar default nor a record type
     */
    public static <R extends Record> R of(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Param param = c.getAnnotation(Param.class);
            if (param != null && !param.def().isEmpty()) {
                values[i] = parse(c.getType(), param.def(), type.getSimpleName() + "." + c.getName());
            } else if (c.getType().isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> nested = (Class<? extends Record>) c.getType();
                values[i] = of(nested);
            } else {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName()
                        + " has no scalar default; build it in the record's own factory");
            }
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName() + " from " + Arrays.toString(values), e);
        }
    }

    /** Parses an annotated default into the component's type. */
    public static Object parse(Class<?> type, String text, String where) {
        try {
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text);
            }
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text);
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(text);
            }
            if (type == boolean.class || type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("not a boolean");
                }
                return Boolean.parseBoolean(text);
            }
            if (type == String.class) {
                return text;
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace('-', '_'))) {
                        return constant;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("default of " + where + " is not a " + type.getSimpleName() + ": " + text, e);
        }
        throw new IllegalStateException("default of " + where + " has unsupported type " + type.getName());
    }
}
