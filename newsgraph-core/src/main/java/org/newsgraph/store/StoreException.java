package org.newsgraph.store;

/**
 * The store could not do what was asked: the database failed, a migration is broken or the
 * store was written by a newer newsgraph. The message names the store, file or article.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
