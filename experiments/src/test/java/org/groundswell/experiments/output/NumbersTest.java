package org.groundswell.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals("245", Numbers.format(245.0));
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
    }

    @Test
    void floatingPointNoiseIsRoundedAway() {
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("512345680", Numbers.format(512345678.9));
        assertEquals("1.2345679e-05", Numbers.format(0.0000123456789));
        assertEquals("-2.5", Numbers.format(-2.5));
    }

    @Test
    void missingValuesAreEmptyCellsAndJsonNulls() {
        assertEquals("", Numbers.format(Double.NaN));
        assertNull(Numbers.decimal(Double.NaN));
        assertNull(Numbers.decimal(Double.POSITIVE_INFINITY));
    }

    @Test
    void infinitiesAreSpeltInfWhichRAndPandasReadAsNumbersAndParseReadsBack() {
        assertEquals("Inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("", Numbers.format(Double.NaN));
        for (double v : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.4638486e-22, -1234.5, 0}) {
            assertEquals(v, Numbers.parse(Numbers.format(v)), "round trip of " + v);
        }
        assertTrue(Double.isNaN(Numbers.parse("")));
    }

    @Test
    void theLocaleDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.5", Numbers.format(1234.5));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void cellsAreTheRoundedDecimalsWrittenPlainly() {
        SplittableRandom random = new SplittableRandom(8);
        double[] edges = {0.1, 0.05, 1e-7, 1e-3, 9.9999999e-4, 1e7, 9999999.95, 99999999.5, 99999998.5, 1e8 + 0.5,
            123456785, 1234567.85, 1.00000005, 1.00000015, 0.123456785, 0.1234567851, 9.99999995, 9.99999994999,
            5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 1e21, 1.5e22, 4.35, 2.675, 1e-5, 3.0e10};
        for (double v : edges) {
            assertEquals(reference(v), Numbers.format(v), "format(" + v + ")");
            assertEquals(reference(-v), Numbers.format(-v), "format(" + -v + ")");
        }
        for (int k = 0; k < 2_000_000; k++) {
            double v = switch (k % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 13));
                case 2 -> Math.round(random.nextDouble() * 1e9) / Math.pow(10, random.nextInt(0, 12));
                default -> random.nextInt(-1000, 1000) + random.nextInt(0, 1000) / 1000.0;
            };
            if (Double.isFinite(v)) {
                assertEquals(reference(v), Numbers.format(v), "format(" + v + ")");
            }
        }
    }

    @Test
    void numbersHalfWayBetweenTwoRoundingsAreRoundedAsTheirDecimalsAre() {
        SplittableRandom random = new SplittableRandom(9);
        for (int k = 0; k < 500_000; k++) {
            long digits = random.nextLong(10_000_000L, 100_000_000L);
            int exponent = random.nextInt(-14, 16);
            double tie = (digits + 0.5) * Math.pow(10, exponent);
            for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), -tie,
                Math.nextUp(Math.nextUp(tie)), Math.nextDown(Math.nextDown(tie))}) {
                assertEquals(reference(v), Numbers.format(v), "format(" + v + ")");
            }
        }
    }

    @Test
    void tinyAndHugeValuesAreWrittenInScientificNotationAsReadersExpect() {
        assertEquals("2.4638486e-22", Numbers.format(2.46384861e-22), "a p-value");
        assertEquals("-1.5e-05", Numbers.format(-0.000015));
        assertEquals("0.0001", Numbers.format(1e-4), "from 1e-4 on, plain");
        assertEquals("0.0001", Numbers.format(0.0000999999999), "rounded into the plain range");
        assertEquals("9.9999999e-05", Numbers.format(0.0000999999990));
        assertEquals("512345680", Numbers.format(512345678.9), "costs stay plain");
        assertEquals("1e+15", Numbers.format(1e15));
        assertEquals("1e+15", Numbers.format(999999999999999.9), "rounded up to 1e15");
        assertEquals("1.7976931e+308", Numbers.format(Double.MAX_VALUE));
        for (double v : new double[] {2.46384861e-22, 1.5e-05, 1e15, 3.3e100}) {
            assertEquals(Numbers.decimal(v).doubleValue(), Double.parseDouble(Numbers.format(v)), "reads back");
        }
    }

    /**
     * What a cell is by definition: a whole number as it is; the rounded decimal, plain from 1e-4 up to 1e15,
     * else as {@code %e} writes it with the mantissa's trailing zeros dropped.
     */
    private static String reference(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e8) {
            return Long.toString((long) value);
        }
        BigDecimal d = Numbers.decimal(value);
        double m = Math.abs(d.doubleValue());
        if (m != 0 && (m < 1e-4 || m >= 1e15)) {
            return String.format(java.util.Locale.ROOT, "%.7e", d).replaceFirst("\\.?0+e", "e");
        }
        return d.toPlainString();
    }
}
