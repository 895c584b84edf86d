package org.groundswell.experiments.output;

import java.io.IOException;

/**
 * The output directory exists and is not empty (or is not a directory), and replacing it was not asked for.
 * A mistake of the caller, not a failure: nothing was written.
 */
public final class OutputExistsException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the path in the way, and what to do about it
     */
    public OutputExistsException(String message) {
        super(message);
    }
}
