package org.groundswell.experiments.sensitivity;

/**
 * The partial rank correlation of one input with the output, and its significance.
 *
 * @param factor      the input's index, from 0
 * @param coefficient the PRCC, from −1 to 1: its sign is the direction of the monotone relation once the
 *                    other inputs are accounted for, its magnitude the strength; NaN when the output is
 *                    constant
 * @param pValue      two-sided p-value of the hypothesis that the PRCC is zero
 * @see Prcc
 */
public record PrccResult(int factor, double coefficient, double pValue) {
}
