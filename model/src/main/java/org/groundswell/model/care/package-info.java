/**
 * Care: patients ({@link org.groundswell.model.care.Ward}) arriving ({@link org.groundswell.model.care.Admissions}),
 * cared for, harmed, transferred and dying ({@link org.groundswell.model.care.Treatment}), and leaving, with
 * their 30-day outcomes and readmissions ({@link org.groundswell.model.care.Discharges}); a unit's daily
 * conditions of care
 * ({@link org.groundswell.model.care.UnitState}), and the census the hospital plans on
 * ({@link org.groundswell.model.care.CensusPlan}).
 *
 * <p>Depends on {@code metrics}, {@code kernel} and {@code param}; knows staffing, relationships and problems
 * only through the conditions its units receive.
 */
package org.groundswell.model.care;
