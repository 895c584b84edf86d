/**
 * Relational coordination (Gittell): the staff network with the seven dimensions on each tie
 * ({@link org.groundswell.model.coordination.StaffNetwork}), its survey-style scores
 * ({@link org.groundswell.model.coordination.RcScore}, kept up to date at the cost of what changed by
 * {@code TieScoring}) and how ties move and act on care
 * ({@link org.groundswell.model.coordination.Coordination}). Depends on {@code param} and the random keys.
 */
package org.groundswell.model.coordination;
