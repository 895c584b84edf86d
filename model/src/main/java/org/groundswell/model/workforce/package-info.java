/**
 * The workforce: the frontline positions and who holds them ({@link org.groundswell.model.workforce.Workforce}),
 * who is on duty each day with sickness, leave, overtime, agency and bank staff
 * ({@link org.groundswell.model.workforce.Staffing}), vacancies filled after the hiring lag
 * ({@link org.groundswell.model.workforce.Hiring}), the physician group and management; their parameters.
 *
 * <p>Depends on {@code care} (the units it staffs), {@code metrics}, {@code kernel} and {@code param}; the
 * staff's wellbeing, above it, is reached only through {@link org.groundswell.model.workforce.StaffWellbeing}.
 */
package org.groundswell.model.workforce;
