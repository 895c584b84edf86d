package org.groundswell.experiments.calibration;

/**
 * How much a calibration may spend, and when it stops.
 *
 * @param particles     particles per generation, at least 2
 * @param generations   generations at most, counting generation 0 (drawn from the prior), at least 1
 * @param replications  model runs per particle, their figures averaged, at least 1
 * @param tolerance     the final tolerance: the calibration stops once a generation reaches it (0: never)
 * @param minAcceptance the smallest acceptance rate worth paying for: a generation that would need more than
 *                      particles / minAcceptance attempts is abandoned and the calibration stops
 * @param predictive    parameter sets drawn from the posterior and run again, on fresh seeds, for the
 *                      posterior predictive check (0: none)
 */
public record Budget(int particles, int generations, int replications, double tolerance, double minAcceptance,
                     int predictive) {

    public Budget {
        if (particles < 2 || generations < 1 || replications < 1 || predictive < 0) {
            throw new IllegalArgumentException("particles >= 2, generations >= 1, replications >= 1, "
                    + "predictive >= 0: " + particles + ", " + generations + ", " + replications + ", " + predictive);
        }
        if (!(tolerance >= 0) || !(minAcceptance > 0 && minAcceptance <= 1)) {
            throw new IllegalArgumentException("tolerance >= 0 and 0 < minAcceptance <= 1: " + tolerance + ", "
                    + minAcceptance);
        }
    }

    /** The most attempts one generation may make. */
    int attemptCap() {
        return (int) Math.min(Integer.MAX_VALUE - 1L, (long) Math.ceil(particles / minAcceptance));
    }

    /** This budget with other particle and generation counts ({@code --particles}, {@code --generations}). */
    public Budget with(Integer newParticles, Integer newGenerations) {
        return new Budget(newParticles == null ? particles : newParticles,
                newGenerations == null ? generations : newGenerations, replications, tolerance, minAcceptance,
                predictive);
    }
}
