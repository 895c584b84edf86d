package org.groundswell.experiments.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every number in a Groundswell output file is written: rounded to {@value #SIGNIFICANT_DIGITS} significant
 * digits (half-even), trailing zeros dropped, in plain notation with a dot, whatever the locale. So
 * {@code 245.0} is written {@code 245}, {@code 0.1 + 0.2} is written {@code 0.3}, and a total cost of
 * {@code 512345678.9} is written {@code 512345680}. A missing value (NaN, a rate whose denominator was zero)
 * is an empty CSV cell and a JSON {@code null}.
 *
 * <p>Eight digits are far more than the model's stochastic noise warrants, and few enough that the last
 * floating-point bits of a sum never show.
 */
public final class Numbers {

    /** Significant digits kept. */
    public static final int SIGNIFICANT_DIGITS = 8;

    /** Whole numbers below this have at most {@link #SIGNIFICANT_DIGITS} digits: written as they are. */
    private static final double INTEGER_LIMIT = 1e8;

    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /**
     * The value rounded as written, or null when it is NaN or infinite.
     *
     * @param value any double
     * @return the rounded decimal, or null
     */
    public static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value).round(CONTEXT).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    /**
     * The value as a CSV cell: the rounded decimal in plain notation; empty for NaN; {@code Infinity} or
     * {@code -Infinity} for infinities.
     *
     * @param value any double
     * @return the cell's text
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return decimal(value).toPlainString();
    }
}
