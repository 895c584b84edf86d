/**
 * Psychological safety, voice and leadership's answers: staff raising problems or working around them, and
 * managers fixing what is raised ({@link org.groundswell.model.culture.Voice}); harm reported and answered by
 * blame or joint analysis ({@link org.groundswell.model.culture.HarmReporting},
 * {@link org.groundswell.model.culture.Culture}); the strain the workplace puts on its staff
 * ({@link org.groundswell.model.culture.WorkplaceStrain}); the hook through which people other than the model
 * (a class in the browser) make the decisions it otherwise draws ({@link org.groundswell.model.culture.Decisions}).
 *
 * <p>Depends on {@code coordination} (respect and problem solving on the ties; who is present),
 * {@code improvement} (the problems raised and fixed), {@code care}, {@code metrics}, {@code kernel} and
 * {@code param}.
 */
package org.groundswell.model.culture;
