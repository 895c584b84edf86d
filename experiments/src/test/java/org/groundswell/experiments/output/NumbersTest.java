package org.groundswell.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

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
        assertEquals("0.000012345679", Numbers.format(0.0000123456789));
        assertEquals("-2.5", Numbers.format(-2.5));
    }

    @Test
    void missingValuesAreEmptyCellsAndJsonNulls() {
        assertEquals("", Numbers.format(Double.NaN));
        assertNull(Numbers.decimal(Double.NaN));
        assertNull(Numbers.decimal(Double.POSITIVE_INFINITY));
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
}
