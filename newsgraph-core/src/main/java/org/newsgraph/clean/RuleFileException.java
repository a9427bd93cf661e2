package org.newsgraph.clean;

/** A rule or lexicon file shipped with the cleaner is missing or broken: a bug, named by file and line. */
public final class RuleFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    RuleFileException(String message) {
        super(message);
    }

    RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
