/**
 * Care: patients, their flow through units, adverse events, deaths, lengths of stay and readmissions, and a
 * unit's daily conditions of care. Depends on the model's parameters and metrics; knows staffing only
 * through the conditions {@link org.groundswell.model.care.UnitState#setConditions} receives.
 */
package org.groundswell.model.care;
