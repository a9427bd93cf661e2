package org.newsgraph.store;

/**
 * The store's schema is not one this code can use as it is: newer than it knows, or, for a reader
 * that never migrates, older. The message names both versions and what to do.
 */
public final class StoreVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreVersionException(String message) {
        super(message);
    }
}
