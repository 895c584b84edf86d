package org.groundswell.experiments.execution;

import java.io.IOException;
import java.util.Iterator;

/**
 * Runs an experiment's specs somewhere: on this machine's cores ({@link LocalBackend}) or on a cluster (the
 * Spark backend of the {@code groundswell-spark} module, found through a {@link BackendFactory}). Experiments
 * plan their runs as {@link RunSpec}s and store results through a {@link ResultSink}; the backend only decides
 * where and when each run happens.
 *
 * <p>The contract, which a distributed backend (Spark, say) must keep too:
 * <ul>
 *   <li>Every spec the iterator yields is run exactly once, and its {@link RunResult} — finished or failed —
 *       is passed to the sink exactly once. A run that throws is a failed result, not a failed experiment.</li>
 *   <li>Results may arrive in any order, but the sink is never called from two threads at once. Callers that
 *       need an order sort by {@link RunSpec#index()} or {@link RunSpec#runId()}; nothing a backend does may
 *       change a result, so outputs are the same whatever the backend and its thread count.</li>
 *   <li>The iterator is read lazily, from the calling thread, and a backend keeps only a bounded number of
 *       specs and results in flight: a sweep of a million runs must not hold a million results.</li>
 *   <li>Consecutive specs that {@linkplain RunSpec#sharesWarmUpWith share a warm-up} should run as one
 *       {@link RunGroup} (warm up once, branch into each strategy). Specs and results are
 *       {@link java.io.Serializable} so that a group can be shipped to another machine, run there with
 *       {@link RunGroup#run}, and its results shipped back.</li>
 *   <li>{@link #run} returns when every result has been passed on. If the sink throws, or the calling thread
 *       is interrupted, the backend stops scheduling new runs, abandons those in flight, and rethrows.</li>
 * </ul>
 *
 * {@snippet :
 * try (Backend backend = new LocalBackend(4)) {
 *     backend.run(specs.iterator(), result -> runsCsv.append(result));
 * }
 * }
 */
public interface Backend extends AutoCloseable {

    /** The backend's name, as {@code --backend} takes it ({@code local}). */
    String name();

    /**
     * Where runs happen, in a few words for the console: {@code 4 threads (local)},
     * {@code spark at local[2], 2 cores}. The name by default.
     */
    default String description() {
        return name();
    }

    /**
     * Runs every spec of {@code specs} and passes each result to {@code sink}.
     *
     * @param specs the runs, in design order; read lazily
     * @param sink  receives each result once, from one thread at a time
     * @throws IOException          if the sink throws it (the remaining runs are abandoned)
     * @throws InterruptedException if the calling thread is interrupted while waiting (the same)
     */
    void run(Iterator<RunSpec> specs, ResultSink sink) throws IOException, InterruptedException;

    /** Releases what the backend holds (threads, a cluster session). The local backend holds nothing. */
    @Override
    default void close() {
    }
}
