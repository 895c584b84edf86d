/**
 * Broken systems and their fixes: {@link org.groundswell.model.improvement.Problems} (problems appearing,
 * noticed, raised or worked around, fixed one by one by managers and analyses) and the
 * {@link org.groundswell.model.improvement.Practices} in place — a unit's way of working for a problem type,
 * designed by the unit, adapted from another or designed centrally, owned or eroding. Depends on nothing else
 * in the model but its random keys.
 */
package org.groundswell.model.improvement;
