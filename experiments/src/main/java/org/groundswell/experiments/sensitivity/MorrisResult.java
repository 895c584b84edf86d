package org.groundswell.experiments.sensitivity;

/**
 * The Morris screening measures of one factor, from its elementary effects EE<sub>i</sub> (one per trajectory).
 * Effects are in output units per unit of the unit hypercube: a factor with range [min, max] that is scaled
 * linearly has effects (max − min) times smaller per unit of the factor itself.
 *
 * <p>How to read them (Morris 1991; Campolongo, Cariboni &amp; Saltelli 2007): a small {@code muStar} means
 * the factor is negligible; a large {@code muStar} means it is important; a {@code sigma} comparable to or
 * larger than {@code muStar} means its effect depends on where the other factors are, through interactions
 * or a nonlinear response. A {@code mu} much smaller in magnitude than {@code muStar} means effects of
 * opposite sign cancel (a non-monotonic response).
 *
 * @param factor the factor's index, from 0
 * @param mu     μ, the mean of the elementary effects (Morris 1991)
 * @param muStar μ*, the mean of their absolute values (Campolongo, Cariboni &amp; Saltelli 2007)
 * @param sigma  σ, their standard deviation with the n − 1 denominator (Morris 1991)
 * @param n      the number of elementary effects, one per trajectory
 * @see MorrisAnalysis
 */
public record MorrisResult(int factor, double mu, double muStar, double sigma, int n) {
}
