package org.groundswell.experiments.execution;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs specs on this machine, on a fixed pool of worker threads: the {@code --backend local} of
 * {@code compare} and {@code sweep}. The calling thread reads the specs, cuts them into
 * {@linkplain RunGroup#groups warm-up groups}, keeps at most two groups per thread in flight, and passes each
 * finished group's results to the sink itself — so the sink runs on one thread, and memory stays flat however
 * many runs there are. Each run is single-threaded and touches only its own state, so results do not depend
 * on the thread count; only their arrival order does.
 *
 * <p>Worker threads are daemons: an interrupted command (Ctrl-C) exits without waiting for them.
 */
public final class LocalBackend implements Backend {

    /** Groups in flight per worker thread: enough to keep every worker busy while the caller stores results. */
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private final int threads;

    /**
     * @param threads worker threads, at least 1; {@link #defaultThreads()} uses every core
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public LocalBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + ": a whole number from 1");
        }
        this.threads = threads;
    }

    /** Every core the JVM may use: {@link Runtime#availableProcessors()}. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String description() {
        return threads + " thread" + (threads == 1 ? "" : "s") + " (local)";
    }

    /** The worker threads. */
    public int threads() {
        return threads;
    }

    @Override
    public void run(Iterator<RunSpec> specs, ResultSink sink) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            CompletionService<List<RunResult>> done = new ExecutorCompletionService<>(pool);
            Iterator<List<RunSpec>> groups = RunGroup.groups(specs);
            int inFlight = 0;
            int limit = threads * IN_FLIGHT_PER_THREAD;
            while (true) {
                while (inFlight < limit && groups.hasNext()) {
                    List<RunSpec> group = groups.next();
                    done.submit(() -> RunGroup.run(group));
                    inFlight++;
                }
                if (inFlight == 0) {
                    return;
                }
                List<RunResult> results = take(done);
                inFlight--;
                for (RunResult result : results) {
                    sink.accept(result);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RunResult> take(CompletionService<List<RunResult>> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            // RunGroup turns a run's exceptions into failed results; what reaches here is an Error or a bug.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a group of runs failed outside any run", cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "groundswell-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
