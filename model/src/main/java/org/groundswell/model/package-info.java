/**
 * The Groundswell simulation: {@link org.groundswell.model.Hospital}, the MASON {@code SimState} that holds a
 * run, its {@link org.groundswell.model.HospitalParameters}, the day's {@link org.groundswell.model.Ordering}s,
 * named random {@link org.groundswell.model.Streams}, and {@link org.groundswell.model.Simulation} to run one.
 *
 * <p>The model depends on MASON only. It never prints, never touches files, and imports no GUI toolkit,
 * file-format or command-line library: it takes immutable parameter records and reports to
 * {@link org.groundswell.model.RunListener}s.
 * Everything else ({@code scenarios}, {@code experiments}, {@code benchmarks}) depends on it, never the
 * other way round.
 */
package org.groundswell.model;
