package org.newsgraph.store;

/** Another process holds the store: nothing can be done until it lets go. */
public final class StoreLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message);
    }
}
