/**
 * The staff's wellbeing: burnout after the Maslach Burnout Inventory's three scales, and registered nurses'
 * job dissatisfaction and intent to leave (Aiken et al. 2002) ({@link org.groundswell.model.wellbeing.Burnout}),
 * and quitting by a hazard that intent to leave (for nurses) or burnout (for other staff) raises
 * ({@link org.groundswell.model.wellbeing.Turnover}); their parameters,
 * {@link org.groundswell.model.wellbeing.WellbeingParameters}.
 *
 * <p>Depends on {@code workforce} (the positions, their load, and the vacancies quits leave, which it reaches
 * through {@code workforce.StaffWellbeing} and {@code workforce.Hiring}), {@code care} (each unit's extra
 * strain), {@code metrics}, {@code kernel} and {@code param}.
 */
package org.groundswell.model.wellbeing;
