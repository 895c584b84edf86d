package org.groundswell.experiments.execution;

import java.io.IOException;

/**
 * Where a {@link Backend} hands finished runs: a CSV file being appended, statistics being gathered. A backend
 * calls {@link #accept} once per spec, in any order, and never from two threads at once, so a sink needs no
 * locking of its own.
 */
@FunctionalInterface
public interface ResultSink {

    /**
     * Takes one result.
     *
     * @param result a finished or failed run
     * @throws IOException if the result cannot be stored; the backend then stops and rethrows it
     */
    void accept(RunResult result) throws IOException;
}
