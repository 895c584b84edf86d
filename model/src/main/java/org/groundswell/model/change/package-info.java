/**
 * Change strategies and interventions. A {@link org.groundswell.model.change.Strategy} acts every day of the
 * strategy period through a {@link org.groundswell.model.change.ChangeContext}; strategies are named in
 * {@link org.groundswell.model.change.Strategies}, which holds the bundled ones ({@code none},
 * {@code top-down}, {@code frontline}, {@code partnership}) and finds plug-ins as services of
 * {@link org.groundswell.model.change.StrategyFactory}. Interventions on a scenario's timeline
 * ({@link org.groundswell.model.change.Interventions}) act under any strategy.
 *
 * <p>Depends on {@code parameters} (the run's parameters, its change-layer groups among them),
 * {@code improvement} (problems and practices), {@code coordination} (the dimensions of ties), {@code kernel}
 * and {@code param}; reaches the rest of the hospital only through the context. The hospital's wiring depends
 * on it to run the CHANGE phase of each day.
 */
package org.groundswell.model.change;
