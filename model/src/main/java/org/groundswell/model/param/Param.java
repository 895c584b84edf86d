package org.groundswell.model.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one scenario parameter: the single place its meaning, unit, allowed range, default and source
 * are written. Put it on a record component of a parameter record; {@link Requires#valid} checks the range
 * when the record is constructed, {@link Defaults#of} builds the default record from {@link #def()}, and the
 * parameter reference in {@code docs/} is generated from it.
 *
 * <p>Example:
 * {@snippet :
 * public record Staffing(
 *     @Param(description = "Target patients per registered nurse on a general unit", unit = "patients/RN",
 *            min = 1, max = 12, def = "5", source = "California AB 394 ratio for medical-surgical units")
 *     double patientsPerNurse) {
 *   public Staffing { Requires.valid(Staffing.class, patientsPerNurse); }
 * }
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {

    /** What the parameter means, in one sentence a policymaker can read. */
    String description();

    /** The unit ("days", "patients/RN", "USD", "share 0-1", ...); empty for dimensionless counts. */
    String unit() default "";

    /** Smallest allowed value (inclusive), for numeric parameters. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive), for numeric parameters. */
    double max() default Double.POSITIVE_INFINITY;

    /**
     * The default, as it would be written in a scenario file; empty where the default is not a scalar
     * (a nested record, or a list whose default is built in code).
     */
    String def() default "";

    /**
     * Where the default comes from: author, year, venue and the figure used. Empty means the value is a
     * modelling assumption, which the description must then say.
     */
    String source() default "";
}
