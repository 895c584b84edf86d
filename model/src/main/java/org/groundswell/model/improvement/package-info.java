/**
 * Broken systems and their fixes: the problems and the fixes made ({@link org.groundswell.model.improvement.Problems}),
 * how problems come, go and are noticed ({@link org.groundswell.model.improvement.ProblemArrivals}), what they do
 * to care ({@link org.groundswell.model.improvement.ProblemBurden}), the practices in place
 * ({@link org.groundswell.model.improvement.Practices}) — a unit's way of working for a problem type, designed by
 * the unit, adapted from another or designed centrally — how practices spread between units
 * ({@link org.groundswell.model.improvement.PracticeSpread}), how the staff who know a practice carry it, teach it
 * and lose it ({@link org.groundswell.model.improvement.PracticeKnowledge}), and how unowned ones erode
 * ({@link org.groundswell.model.improvement.Erosion}).
 *
 * <p>Depends on {@code workforce} (who holds each position, for who carries a practice), {@code care} (the units
 * whose care problems burden), {@code metrics}, {@code kernel} and {@code param}; the trust that carries
 * practices between units is given to it, not read from the network.
 */
package org.groundswell.model.improvement;
