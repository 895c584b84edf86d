package org.groundswell.experiments.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every number in a Groundswell output file is written: rounded to {@value #SIGNIFICANT_DIGITS} significant
 * digits (half-even), trailing zeros dropped, with a dot, whatever the locale; in plain notation from
 * {@value #PLAIN_FROM} up to {@code 1e15}, in scientific notation outside it, as R, pandas and spreadsheets
 * write such numbers themselves. So {@code 245.0} is written {@code 245}, {@code 0.1 + 0.2} is written
 * {@code 0.3}, a total cost of {@code 512345678.9} is written {@code 512345680}, and a p-value of
 * {@code 2.46384861e-22} is written {@code 2.4638486e-22} rather than twenty-one zeros and the digits. Every
 * reader of CSV (R's {@code read.csv} and readr, pandas, data.table, Excel, LibreOffice) reads both notations
 * as a number. A missing value (NaN, a rate whose denominator was zero) is an empty CSV cell and a JSON
 * {@code null}.
 *
 * <p>Eight digits are far more than the model's stochastic noise warrants, and few enough that the last
 * floating-point bits of a sum never show.
 */
public final class Numbers {

    /** Significant digits kept. */
    public static final int SIGNIFICANT_DIGITS = 8;

    /** The smallest magnitude written in plain notation; smaller ones (but zero) are written as {@code 1.5e-05}. */
    public static final double PLAIN_FROM = 1e-4;

    /** Magnitudes from this up are written in scientific notation: {@code 1.5e+15}. */
    private static final double PLAIN_BELOW = 1e15;

    /** Whole numbers below this have at most {@link #SIGNIFICANT_DIGITS} digits: written as they are. */
    private static final double INTEGER_LIMIT = 1e8;

    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    /** Exact powers of ten: 10^0 to 10^22 are all doubles. */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = p;
            p *= 10;
        }
    }

    /**
     * How near a tie (in units of the eighth significant digit) the scaled double may come before its rounding
     * is left to its decimal: far more than the error of one scaling (2^-53 of 10^8, about 1.1e-8) plus the
     * distance from the double to its decimal (as much again).
     */
    private static final double TIE_MARGIN = 1e-6;

    /** How an infinite value is written: {@code Inf}, and {@code -Inf}. */
    public static final String INFINITY = "Inf";

    private Numbers() {
    }

    /**
     * A CSV cell read back as {@link #format} wrote it: an empty cell is NaN, {@code Inf} and {@code -Inf} are
     * infinite, anything else is read by {@link Double#parseDouble}.
     *
     * @param cell the cell's text
     * @return its value
     * @throws NumberFormatException if it is not a number
     */
    public static double parse(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        if (cell.equals(INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        if (cell.equals("-" + INFINITY)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.parseDouble(cell);
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
     * The value as a CSV cell: the rounded decimal in plain notation; empty for NaN; {@code Inf} or
     * {@code -Inf} for infinities, the spelling R's readr and data.table, base R and pandas all read as a number
     * ({@code Infinity}, Java's, readr reads as text).
     *
     * <p>The text is {@code decimal(value).toPlainString()}, worked out without {@link BigDecimal}, for a
     * comparison writes millions of numbers. {@link #decimal} rounds the decimal {@link Double#toString} gives
     * (which is what {@link BigDecimal#valueOf(double)} reads); that decimal is within half a unit in the last
     * place of the double, so rounding the double itself to {@value #SIGNIFICANT_DIGITS} significant digits gives
     * the same digits unless the double lies within a hair of a tie — half-way between two roundings, where the
     * decimal's own digits decide. So the double is scaled by an exact power of ten to an 8-digit whole part
     * and rounded ({@link #rounded}); only near a tie, or outside the range of exact powers, is the decimal of
     * {@link Double#toString} rounded digit by digit ({@link #plain}), by the same rule.
     *
     * @param value any double
     * @return the cell's text
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? INFINITY : "-" + INFINITY;
        }
        if (value == Math.rint(value) && Math.abs(value) < INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        // Just below 1e15 a value may round up to it: the rounded decimal decides there.
        if (magnitude != 0 && (magnitude < PLAIN_FROM || magnitude >= PLAIN_BELOW * (1 - 1e-7))) {
            return scientific(decimal(value));
        }
        String text = rounded(value);
        return text != null ? text : plain(Double.toString(value));
    }

    /**
     * A rounded decimal as {@code d.ddddddde-NN} (or {@code e+NN}): one digit before the point, trailing zeros
     * dropped, at least two exponent digits, as R and Python print; plain when rounding brought it back into
     * the plain range (0.000099999999 rounds to 0.0001).
     */
    private static String scientific(BigDecimal d) {
        double rounded = Math.abs(d.doubleValue());
        if (rounded >= PLAIN_FROM && rounded < PLAIN_BELOW) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        StringBuilder out = new StringBuilder(digits.length() + 7);
        if (d.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append(exponent < 0 ? "e-" : "e+");
        int e = Math.abs(exponent);
        if (e < 10) {
            out.append('0');
        }
        return out.append(e).toString();
    }

    /**
     * The cell of a finite, non-zero double from its own value: scaled by an exact power of ten so that its
     * whole part has {@value #SIGNIFICANT_DIGITS} digits, rounded to that, trailing zeros dropped and the point
     * placed; or null when the value is too near a tie or outside 1e-12 to 1e22 to be sure.
     */
    private static String rounded(double value) {
        double x = Math.abs(value);
        if (!(x >= 1e-12 && x < 1e22)) {
            return null;
        }
        int exponent = (int) Math.floor(Math.log10(x));
        double scaled = scaled(x, exponent);
        if (scaled >= 1e8) {
            scaled = scaled(x, ++exponent);
        } else if (scaled < 1e7) {
            scaled = scaled(x, --exponent);
        }
        if (!(scaled >= 1e7 && scaled < 1e8)) {
            return null;
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return null;
        }
        long digits = (long) whole + (fraction > 0.5 ? 1 : 0);
        // digits × 10^power is the rounded value; drop its trailing zeros.
        int power = exponent - (SIGNIFICANT_DIGITS - 1);
        while (digits % 10 == 0) {
            digits /= 10;
            power++;
        }
        String text = Long.toString(digits);
        StringBuilder out = new StringBuilder(text.length() + Math.abs(power) + 3);
        if (value < 0) {
            out.append('-');
        }
        int point = text.length() + power;
        if (power >= 0) {
            out.append(text);
            for (int k = 0; k < power; k++) {
                out.append('0');
            }
        } else if (point > 0) {
            out.append(text, 0, point).append('.').append(text, point, text.length());
        } else {
            out.append("0.");
            for (int k = 0; k < -point; k++) {
                out.append('0');
            }
            out.append(text);
        }
        return out.toString();
    }

    /** {@code x × 10^(7 − exponent)} in one correctly rounded operation, or NaN without an exact power for it. */
    private static double scaled(double x, int exponent) {
        int k = SIGNIFICANT_DIGITS - 1 - exponent;
        if (k >= 0 && k < POWERS.length) {
            return x * POWERS[k];
        }
        if (k < 0 && -k < POWERS.length) {
            return x / POWERS[-k];
        }
        return Double.NaN;
    }

    /**
     * {@code new BigDecimal(text).round(CONTEXT).stripTrailingZeros().toPlainString()} for the text of a
     * finite, non-zero double as {@link Double#toString} writes it: {@code [-]digits.digits} or
     * {@code [-]d.digitsE[-]n}.
     */
    private static String plain(String text) {
        boolean negative = text.charAt(0) == '-';
        int exponentAt = text.indexOf('E');
        int end = exponentAt < 0 ? text.length() : exponentAt;
        char[] digits = new char[end];
        int n = 0;
        int point = -1;
        for (int i = negative ? 1 : 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = n;
            } else {
                digits[n++] = c;
            }
        }
        // The value is 0.d1d2d3... × 10^point: the decimal point sits after the first `point` digits.
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(text, exponentAt + 1, text.length(), 10);
        point = (point < 0 ? n : point) + exponent;
        int first = 0;
        while (first < n && digits[first] == '0') {
            first++;
            point--;
        }
        if (first == n) {
            return "0";
        }
        int last = n;
        if (n - first > SIGNIFICANT_DIGITS) {
            last = first + SIGNIFICANT_DIGITS;
            if (roundsUp(digits, last, n)) {
                int i = last - 1;
                while (i >= first && digits[i] == '9') {
                    digits[i--] = '0';
                }
                if (i >= first) {
                    digits[i]++;
                } else {
                    digits[first] = '1';
                    last = first + 1;
                    point++;
                }
            }
        }
        while (digits[last - 1] == '0') {
            last--;
        }
        StringBuilder out = new StringBuilder(last - first + Math.max(0, point) + Math.max(0, -point) + 3);
        if (negative) {
            out.append('-');
        }
        int count = last - first;
        if (point <= 0) {
            out.append("0.");
            for (int k = 0; k < -point; k++) {
                out.append('0');
            }
            out.append(digits, first, count);
        } else if (point >= count) {
            out.append(digits, first, count);
            for (int k = count; k < point; k++) {
                out.append('0');
            }
        } else {
            out.append(digits, first, point).append('.').append(digits, first + point, count - point);
        }
        return out.toString();
    }

    /** Whether dropping {@code digits[keep .. n)} rounds half-even up: above half, or exactly half and odd. */
    private static boolean roundsUp(char[] digits, int keep, int n) {
        char next = digits[keep];
        if (next != '5') {
            return next > '5';
        }
        for (int i = keep + 1; i < n; i++) {
            if (digits[i] != '0') {
                return true;
            }
        }
        return (digits[keep - 1] - '0') % 2 == 1;
    }
}
