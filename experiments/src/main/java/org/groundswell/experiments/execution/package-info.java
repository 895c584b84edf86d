/**
 * Running many runs: what one run is ({@link org.groundswell.experiments.execution.RunSpec}), what came of it
 * ({@link org.groundswell.experiments.execution.RunResult}), and where runs happen
 * ({@link org.groundswell.experiments.execution.Backend}: {@link
 * org.groundswell.experiments.execution.LocalBackend}, a thread pool on this machine, or a backend of another jar
 * found through a {@link org.groundswell.experiments.execution.BackendFactory}, such as the Spark backend of the
 * {@code groundswell-spark} module).
 *
 * <p>The rules that make experiments reproducible live here. Replication r of every strategy and design point
 * gets the seed {@link org.groundswell.experiments.execution.Seeds#replication}, so comparisons are paired
 * (common random numbers). Runs that differ only in their strategy share one warm-up and branch from it
 * ({@link org.groundswell.experiments.execution.RunGroup}). Every run has an id that is a hash of what it
 * computes ({@link org.groundswell.experiments.execution.RunIds}), which is how a resumed sweep knows what is
 * done. Results arrive in any order; writers that need an order restore it
 * ({@link org.groundswell.experiments.execution.InOrder}) or sort by id, so output never depends on the
 * thread count.
 *
 * {@link org.groundswell.experiments.execution.Progress} tells the user how far a set of runs has got.
 *
 * <p>Depends on the model, the scenarios module and the progress-bar library; knows nothing of output files,
 * statistics or the command line.
 */
package org.groundswell.experiments.execution;
