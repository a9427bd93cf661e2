package org.newsgraph.pipeline;

/** A data file shipped beside a stage is missing or broken: a bug, named by file and line. */
public final class DataFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    DataFileException(String message) {
        super(message);
    }

    DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
