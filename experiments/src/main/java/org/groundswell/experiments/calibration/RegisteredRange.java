package org.groundswell.experiments.calibration;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

import org.groundswell.model.param.Param;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The range a parameter is registered with: the {@code min} and {@code max} of its {@link Param} annotation,
 * found by walking the parameter records along its path. A uniform prior over this range is the default.
 *
 * @param lower   the smallest allowed value
 * @param upper   the largest allowed value
 * @param integer whether the parameter takes whole numbers
 */
record RegisteredRange(double lower, double upper, boolean integer) {

    /**
     * The range of the parameter at {@code canonicalPath} ({@code workforce.daysToFill},
     * {@code units[2].beds}); empty if the path does not lead to an annotated number.
     */
    static Optional<RegisteredRange> of(String canonicalPath) {
        Class<?> record = HospitalParameters.class;
        String[] steps = canonicalPath.replaceAll("\\[\\d+]", "").split("\\.");
        for (int s = 0; s < steps.length; s++) {
            RecordComponent component = component(record, steps[s]);
            if (component == null) {
                return Optional.empty();
            }
            if (s == steps.length - 1) {
                Param param = component.getAnnotation(Param.class);
                Class<?> type = component.getType();
                boolean integer = type == int.class || type == long.class;
                if (param == null || !(integer || type == double.class)) {
                    return Optional.empty();
                }
                return Optional.of(new RegisteredRange(param.min(), param.max(), integer));
            }
            Class<?> next = component.getType();
            if (List.class.isAssignableFrom(next)) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                next = element instanceof Class<?> c ? c : Object.class;
            }
            if (!next.isRecord()) {
                return Optional.empty();
            }
            record = next;
        }
        return Optional.empty();
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Whether both bounds are finite, so that a uniform prior over the range exists. */
    boolean bounded() {
        return Double.isFinite(lower) && Double.isFinite(upper) && Math.abs(upper) < 1e15 && Math.abs(lower) < 1e15;
    }
}
