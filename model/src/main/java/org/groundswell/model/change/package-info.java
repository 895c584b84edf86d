/**
 * Change strategies and interventions. A {@link org.groundswell.model.change.Strategy} acts every day of the
 * strategy period through a {@link org.groundswell.model.change.ChangeContext}; strategies are named in
 * {@link org.groundswell.model.change.Strategies}, which holds the bundled ones ({@code none},
 * {@code top-down}, {@code frontline}, {@code partnership}) and finds plug-ins as services of
 * {@link org.groundswell.model.change.StrategyFactory}. Interventions on a scenario's timeline
 * ({@link org.groundswell.model.change.Intervention}) act under any strategy. Their parameters:
 * {@link org.groundswell.model.change.ChangeParameters} (shared: teams, fit, spread, time away),
 * {@link org.groundswell.model.change.TopDownParameters}, {@link org.groundswell.model.change.PartnershipParameters},
 * {@link org.groundswell.model.change.InterventionParameters}.
 *
 * <p>Depends on the model's parameters, {@code improvement} (problems and practices), {@code coordination}
 * (dimensions of ties) and {@code param}; reaches the rest of the hospital only through the context. The
 * hospital depends on it to run the CHANGE phase of each day.
 */
package org.groundswell.model.change;
