/**
 * The Groundswell simulation's wiring, on top of every other package: {@link org.groundswell.model.Hospital},
 * the MASON {@code SimState} that builds a run's parts, schedules the day's processes in their
 * {@link org.groundswell.model.Ordering}s and holds the state they share; {@link org.groundswell.model.Snapshot}
 * to branch a warm hospital into strategies; the hospital's side of the strategies' context; and
 * {@link org.groundswell.model.Simulation} to run one; {@link org.groundswell.model.Lockstep} to step several
 * hospitals together day by day (the teaching window and the browser classroom), each day kept in a
 * {@link org.groundswell.model.DayLog}.
 *
 * <p>The packages below, bottom first: {@code param} and {@code kernel}; {@code metrics}; {@code care};
 * {@code workforce}; {@code wellbeing} and {@code coordination}; {@code improvement}; {@code culture};
 * {@code parameters}; {@code change}. Each depends only on those below it.
 *
 * <p>The model depends on MASON only. It never prints, never touches files, and imports no GUI toolkit,
 * file-format or command-line library: it takes immutable parameter records and reports to
 * {@link org.groundswell.model.RunListener}s. Everything else ({@code scenarios}, {@code experiments},
 * {@code benchmarks}) depends on it, never the other way round.
 */
package org.groundswell.model;
