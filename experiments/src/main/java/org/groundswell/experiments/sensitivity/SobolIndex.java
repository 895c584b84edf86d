package org.groundswell.experiments.sensitivity;

/**
 * The first- and total-order Sobol' indices of one factor, with bootstrap percentile confidence intervals.
 *
 * <p>The first-order index S<sub>i</sub> = V(E(Y | X<sub>i</sub>)) / V(Y) is the share of the output variance
 * that factor i causes alone; the total-order index S<sub>Ti</sub> = E(V(Y | X<sub>~i</sub>)) / V(Y) the share
 * that would remain if every factor but i were fixed, its own effect plus all its interactions
 * (Sobol' 1993; Homma &amp; Saltelli 1996). S<sub>Ti</sub> − S<sub>i</sub> measures how much factor i acts
 * through interactions; S<sub>Ti</sub> near 0 means the factor can be fixed anywhere in its range.
 * Estimates can fall slightly below 0 or above 1 from sampling error.
 *
 * <p>Every field is NaN when the outputs have no variance; the interval bounds are NaN when no bootstrap
 * was asked for.
 *
 * @param factor    the factor's index, from 0
 * @param first     S<sub>i</sub>, the first-order index
 * @param firstLow  lower bound of its confidence interval
 * @param firstHigh upper bound of its confidence interval
 * @param total     S<sub>Ti</sub>, the total-order index
 * @param totalLow  lower bound of its confidence interval
 * @param totalHigh upper bound of its confidence interval
 * @see SobolAnalysis
 */
public record SobolIndex(int factor, double first, double firstLow, double firstHigh, double total,
                         double totalLow, double totalHigh) {
}
