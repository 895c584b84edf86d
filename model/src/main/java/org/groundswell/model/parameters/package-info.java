/**
 * A run's parameters as one immutable record, {@link org.groundswell.model.parameters.HospitalParameters}: the
 * seed, the calendar, the units and one group per process, with
 * {@link org.groundswell.model.parameters.HospitalParameters#communityHospital()} the calibrated default. Here
 * too are the groups of the change layer, which the strategies in {@code change} read and which therefore cannot
 * live there: what every strategy shares ({@link org.groundswell.model.parameters.ChangeParameters}), the
 * top-down roll-out, the partnership's switches, and the interventions on the timeline.
 *
 * <p>Depends on the domain packages for their parameter records ({@code care}, {@code workforce},
 * {@code wellbeing}, {@code metrics}, {@code coordination}, {@code culture}, {@code improvement}),
 * {@code kernel} and {@code param}, and on {@code region} for the regional bank and shared data; {@code change} and
 * the hospital's wiring depend on it. Whether {@code strategy} names a known strategy is checked by whoever
 * builds the record ({@code change.Strategies#require}), not here.
 */
package org.groundswell.model.parameters;
