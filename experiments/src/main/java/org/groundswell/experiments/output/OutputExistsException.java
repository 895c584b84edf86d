package org.groundswell.experiments.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output directory exists and is not empty (or is not a directory), and replacing it was not asked for.
 * A mistake of the caller, not a failure: nothing was written.
 */
public final class OutputExistsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /**
     * @param directory the directory that is in the way
     * @param message   what is wrong and what to do about it
     */
    public OutputExistsException(Path directory, String message) {
        super(message);
        this.directory = directory;
    }

    /** The directory that is in the way. */
    public Path directory() {
        return directory;
    }
}
