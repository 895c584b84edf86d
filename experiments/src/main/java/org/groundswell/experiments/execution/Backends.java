package org.groundswell.experiments.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The backends {@code --backend} can name: {@code local}, built in, and every {@link BackendFactory} on the
 * classpath. {@code spark} is one of those, in a jar of its own ({@code spark/target/groundswell-spark.jar}, run
 * with {@code spark-submit}); asked for where that jar is missing, it says how to get it rather than failing
 * obscurely.
 */
public final class Backends {

    /** The default backend. */
    public static final String LOCAL = "local";
    /** The distributed backend of the {@code groundswell-spark} module. */
    public static final String SPARK = "spark";

    private Backends() {
    }

    /** Every name {@code --backend} accepts or knows of, the default first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(LOCAL));
        for (BackendFactory factory : factories()) {
            if (!names.contains(factory.name())) {
                names.add(factory.name());
            }
        }
        if (!names.contains(SPARK)) {
            names.add(SPARK);
        }
        return names;
    }

    /**
     * The backend called {@code name}.
     *
     * @param name    a backend name
     * @param threads worker threads of the local backend, at least 1 (a factory may use it too)
     * @return the backend, which the caller closes
     * @throws UnavailableException if {@code name} is not a backend of this build, or cannot be made here, with a
     *                              message saying why and what to use instead
     */
    public static Backend create(String name, int threads) throws UnavailableException {
        if (LOCAL.equals(name)) {
            return new LocalBackend(threads);
        }
        for (BackendFactory factory : factories()) {
            if (factory.name().equals(name)) {
                return factory.create(threads);
            }
        }
        if (SPARK.equals(name)) {
            throw new UnavailableException("--backend spark: not available in this build: the Spark backend is in "
                    + "its own jar, spark/target/groundswell-spark.jar, which runs under spark-submit (see "
                    + "'Running a sweep on a cluster' in README.md); here, use --backend local (the default), which "
                    + "runs on every core of this machine");
        }
        throw new UnavailableException("--backend " + name + ": unknown backend; the backends are: "
                + String.join(", ", names()));
    }

    /** The factories on the classpath of this module's own class loader (the application jar's). */
    private static List<BackendFactory> factories() {
        List<BackendFactory> found = new ArrayList<>();
        ServiceLoader.load(BackendFactory.class, Backends.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /** A backend that was asked for but cannot be made. */
    public static final class UnavailableException extends Exception {

        private static final long serialVersionUID = 1L;

        /**
         * @param message what is missing and what to do instead, starting with the option as given, e.g.
         *                {@code --backend spark: ...}
         */
        public UnavailableException(String message) {
            super(message);
        }
    }
}
