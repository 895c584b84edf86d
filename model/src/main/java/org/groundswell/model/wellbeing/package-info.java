/**
 * The staff's wellbeing: burnout after the Maslach Burnout Inventory's three scales
 * ({@link org.groundswell.model.wellbeing.Burnout}), and quitting by a hazard that burnout raises
 * ({@link org.groundswell.model.wellbeing.Turnover}); their parameters,
 * {@link org.groundswell.model.wellbeing.WellbeingParameters}.
 *
 * <p>Depends on {@code workforce} (the positions, their load, and the vacancies quits leave, which it reaches
 * through {@code workforce.StaffWellbeing} and {@code workforce.Hiring}), {@code care} (each unit's extra
 * strain), {@code metrics}, {@code kernel} and {@code param}.
 */
package org.groundswell.model.wellbeing;
