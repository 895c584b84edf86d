/**
 * The workforce: frontline roles and the staffing plan, positions, vacancies and hiring, daily staffing with
 * sickness, leave, overtime and agency, burnout after the Maslach Burnout Inventory's three scales, quitting;
 * physicians and management. Depends on {@code care} for the units it staffs and on {@code metrics}.
 */
package org.groundswell.model.workforce;
