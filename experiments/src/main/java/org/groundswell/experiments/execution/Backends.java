package org.groundswell.experiments.execution;

import java.util.List;

/**
 * The backends {@code --backend} can name. Only {@code local} is built today; {@code spark} is reserved for a
 * distributed backend implementing {@link Backend}, and asking for it says so rather than failing obscurely.
 */
public final class Backends {

    /** The default backend. */
    public static final String LOCAL = "local";
    /** A distributed backend that is planned but not part of this build. */
    public static final String SPARK = "spark";

    private Backends() {
    }

    /** Every name {@code --backend} accepts or reserves, the default first. */
    public static List<String> names() {
        return List.of(LOCAL, SPARK);
    }

    /**
     * The backend called {@code name}.
     *
     * @param name    a backend name
     * @param threads worker threads of the local backend, at least 1
     * @return the backend
     * @throws UnavailableException if {@code name} is not a backend of this build, with a message saying why
     *                              and what to use instead
     */
    public static Backend create(String name, int threads) throws UnavailableException {
        if (LOCAL.equals(name)) {
            return new LocalBackend(threads);
        }
        if (SPARK.equals(name)) {
            throw new UnavailableException("--backend spark: not available in this build: the distributed "
                    + "backend is planned but not yet written; use --backend local (the default), which runs on "
                    + "every core of this machine");
        }
        throw new UnavailableException("--backend " + name + ": unknown backend; the backends are: "
                + String.join(", ", names()) + " (only local is available in this build)");
    }

    /** A backend that was asked for but cannot be made. */
    public static final class UnavailableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnavailableException(String message) {
            super(message);
        }
    }
}
