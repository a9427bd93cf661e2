package org.newsgraph.store;

/**
 * Read-only views of one store, handed out one at a time from a few connections kept open, for a
 * process that reads many times a second (the server): each view reads the store as it is when
 * the view is opened (the last commit), and closing it gives its connection back. Opening a
 * connection for each read costs more than the read on a large store.
 */
public interface StoreViews extends AutoCloseable {

    /**
     * A read-only view of the store as it is now; close it when done.
     *
     * @throws StoreNotFoundException if there is no store
     * @throws StoreVersionException  if its schema is not this code's
     */
    ArticleStore open();

    /** Closes the connections kept; a view still open closes its own. */
    @Override
    void close();
}
