/**
 * Psychological safety, voice, reporting, and leadership's answer to reported harm (blame or joint analysis)
 * ({@link org.groundswell.model.culture.Culture}). Depends on {@code coordination} and {@code improvement}.
 */
package org.groundswell.model.culture;
