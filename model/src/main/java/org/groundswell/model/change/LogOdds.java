package org.groundswell.model.change;

/** Probabilities moved on the log-odds scale, as every effect size of the change strategies is stated. */
final class LogOdds {

    private LogOdds() {
    }

    /** {@code p} moved by {@code logOdds} on the log-odds scale; 0 and 1 stay put. */
    static double shift(double p, double logOdds) {
        if (p <= 0 || p >= 1) {
            return p;
        }
        double x = Math.log(p / (1 - p)) + logOdds;
        return 1 / (1 + Math.exp(-x));
    }
}
