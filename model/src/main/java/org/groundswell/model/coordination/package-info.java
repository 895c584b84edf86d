/**
 * Relational coordination (Gittell 2016): the staff network laid over the hospital's people
 * ({@link org.groundswell.model.coordination.NetworkLayout}) with the seven dimensions on each tie
 * ({@link org.groundswell.model.coordination.StaffNetwork}), its survey-style scores
 * ({@link org.groundswell.model.coordination.RcScore}, kept up to date at the cost of what changed by
 * {@code TieScoring}), how ties move ({@link org.groundswell.model.coordination.Coordination},
 * {@link org.groundswell.model.coordination.TieDrift}) and act on care each day
 * ({@link org.groundswell.model.coordination.RcScoring}), and who holds each node
 * ({@link org.groundswell.model.coordination.Presence}).
 *
 * <p>Depends on {@code workforce} (the positions and physicians the network is laid over), {@code care}
 * (the units whose care it sets), {@code metrics}, {@code kernel} and {@code param}.
 */
package org.groundswell.model.coordination;
