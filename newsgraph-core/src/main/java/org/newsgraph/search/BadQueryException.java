package org.newsgraph.search;

/**
 * A query the index will not run, with a message for the person who wrote it: what is wrong and
 * how to write it (an unbalanced quote, a leading wildcard, too many words).
 */
public final class BadQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
