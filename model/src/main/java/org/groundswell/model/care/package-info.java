/**
 * Care: patients, their flow through units, adverse events, deaths, lengths of stay and readmissions
 * ({@link org.groundswell.model.care.PatientFlow}), a unit's daily conditions of care
 * ({@link org.groundswell.model.care.UnitState}), and the census the hospital plans on
 * ({@link org.groundswell.model.care.CensusPlan}).
 *
 * <p>Depends on {@code metrics}, {@code kernel} and {@code param}; knows staffing, relationships and problems
 * only through the conditions its units receive.
 */
package org.groundswell.model.care;
