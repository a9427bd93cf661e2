package org.newsgraph.store;

/** There is no store where one was named: nothing to read until analyze makes one. */
public final class StoreNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreNotFoundException(String message) {
        super(message);
    }
}
