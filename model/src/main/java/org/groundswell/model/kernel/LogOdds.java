package org.groundswell.model.kernel;

/**
 * Probabilities moved on the log-odds scale, the scale on which the model states every effect on a chance
 * (of speaking up, of reporting, of a team's success, of resisting a mandate).
 */
public final class LogOdds {

    private LogOdds() {
    }

    /** {@code p} moved by {@code logOdds} on the log-odds scale; 0 and 1 stay put. */
    public static double shift(double p, double logOdds) {
        if (p <= 0 || p >= 1) {
            return p;
        }
        double x = Math.log(p / (1 - p)) + logOdds;
        return 1 / (1 + Math.exp(-x));
    }
}
