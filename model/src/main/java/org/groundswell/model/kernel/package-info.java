/**
 * The shared kernel, the bottom of the model: keyed random numbers ({@link org.groundswell.model.kernel.KeyedRandom})
 * and the run's named streams ({@link org.groundswell.model.kernel.Streams}), probabilities moved on the
 * log-odds scale ({@link org.groundswell.model.kernel.LogOdds}), the calendar's definitions
 * ({@link org.groundswell.model.kernel.Calendar}), the frontline roles ({@link org.groundswell.model.kernel.Role})
 * and a unit's parameters ({@link org.groundswell.model.kernel.UnitParameters}), which every domain reads.
 *
 * <p>Depends on {@code param} and MASON's generator only; every other package of the model may depend on it.
 */
package org.groundswell.model.kernel;
