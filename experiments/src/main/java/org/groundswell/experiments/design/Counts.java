package org.groundswell.experiments.design;

/**
 * Checks of the counts a design is built from. Every message has the form {@code name = value: what is allowed},
 * the same shape as the model's parameter errors.
 */
final class Counts {

    private Counts() {
    }

    /** Returns {@code value}, or throws when it is below {@code min}. */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " = " + value + ": a whole number of at least " + min);
        }
        return value;
    }

    /** The product of two non-negative ints, or throws when it does not fit in an int. */
    static int product(String name, int a, int b) {
        long p = (long) a * b;
        if (p > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " = " + p + " rows: at most " + Integer.MAX_VALUE
                    + " rows in one design");
        }
        return (int) p;
    }
}
