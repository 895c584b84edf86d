package org.groundswell.experiments.calibration;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A scenario parameter the calibration infers, by its dotted path, with its prior.
 *
 * @param path  the dotted path as the calibration file writes it
 * @param prior what is believed before the figures are seen
 */
public record CalibratedParameter(String path, Prior prior) {

    public CalibratedParameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(prior, "prior");
    }

    /**
     * The {@code PATH=VALUE} setting of this parameter at {@code value}, with every digit of the double, so
     * that the model runs exactly the value the posterior holds: Java's shortest exact decimal, written
     * without exponent (YAML would read {@code 1.0E10} as text).
     */
    public String setting(double value) {
        return path + "=" + exact(value);
    }

    /** {@code value} as its shortest exact decimal, without exponent. */
    static String exact(double value) {
        return new BigDecimal(Double.toString(value)).toPlainString();
    }
}
