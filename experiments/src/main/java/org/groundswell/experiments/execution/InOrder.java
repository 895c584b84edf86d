package org.groundswell.experiments.execution;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A sink that puts results back in design order ({@link RunSpec#index()}) before passing them on: results
 * that arrive early wait until those before them have arrived. A backend works on a few groups at a time, so
 * only a few results wait; every run must arrive eventually, or those after it are never passed on.
 */
public final class InOrder implements ResultSink {

    private final ResultSink downstream;
    private final Map<Integer, RunResult> waiting = new HashMap<>();
    private int next;

    /**
     * @param first      the index of the first result expected (0 for a whole experiment)
     * @param downstream receives every result, in index order
     */
    public InOrder(int first, ResultSink downstream) {
        this.next = first;
        this.downstream = downstream;
    }

    @Override
    public void accept(RunResult result) throws IOException {
        int index = result.spec().index();
        if (index < next || waiting.putIfAbsent(index, result) != null) {
            throw new IllegalStateException("result " + index + " arrived twice");
        }
        for (RunResult r = waiting.remove(next); r != null; r = waiting.remove(next)) {
            next++;
            downstream.accept(r);
        }
    }
}
