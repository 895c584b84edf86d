package org.groundswell.experiments.execution;

/**
 * Makes a {@link Backend} that is not built into this module: a distributed backend in a jar of its own (the
 * Spark backend, in {@code groundswell-spark.jar}). {@link Backends} finds factories with
 * {@link java.util.ServiceLoader}: a jar that provides one lists its class in
 * {@code META-INF/services/org.groundswell.experiments.execution.BackendFactory}, and {@code --backend NAME}
 * then reaches it. Nothing in this module depends on such a jar, so the application runs without it.
 *
 * {@snippet :
 * public final class SparkBackendFactory implements BackendFactory {
 *     public String name() { return "spark"; }
 *     public Backend create(int threads) { return SparkBackend.start(new SparkConf()); }
 * }
 * }
 */
public interface BackendFactory {

    /** The name {@code --backend} takes, e.g. {@code spark}; not {@code local}, which is built in. */
    String name();

    /**
     * A new backend, ready to run; the caller closes it.
     *
     * @param threads the {@code --threads} of the command (every core if not given), for backends that can run
     *                on this machine
     * @return the backend
     * @throws Backends.UnavailableException if the backend cannot be made here (its engine is missing from the
     *                                       classpath, say), with a message saying what to do instead
     */
    Backend create(int threads) throws Backends.UnavailableException;
}
