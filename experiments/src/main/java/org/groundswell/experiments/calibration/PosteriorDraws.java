package org.groundswell.experiments.calibration;

import java.util.ArrayList;
import java.util.List;

import org.groundswell.experiments.output.Csv;

/**
 * The parameter sets a comparison runs its replications at when it is carried through a posterior
 * ({@code compare --posterior}): replication r runs every strategy at particle {@code particles[r]}, drawn by
 * weight, on replication r's seed — so each draw is a paired comparison on common random numbers.
 *
 * @param posterior the posterior
 * @param particles the particle of each replication
 */
public record PosteriorDraws(Posterior posterior, int[] particles) {

    /** The file listing the draws. */
    public static final String FILE = "draws.csv";

    public PosteriorDraws {
        particles = particles.clone();
    }

    /** Draws {@code count} particles from {@code posterior} with a generator seeded by {@code seed}. */
    public static PosteriorDraws of(Posterior posterior, int count, long seed) {
        return new PosteriorDraws(posterior, posterior.draw(count, seed));
    }

    /** The {@code PATH=VALUE} settings of replication {@code replication}. */
    public List<String> settings(int replication) {
        return posterior.settings(particles[replication]);
    }

    /** {@code draws.csv}: replication, the particle of {@code posterior.csv}, each parameter's value. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("replication", "particle"));
        header.addAll(posterior.paths());
        StringBuilder text = new StringBuilder(Csv.line(header));
        for (int r = 0; r < particles.length; r++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r), Integer.toString(particles[r])));
            for (double v : posterior.particles().get(particles[r])) {
                row.add(Double.toString(v));
            }
            text.append(Csv.line(row));
        }
        return text.toString();
    }
}
