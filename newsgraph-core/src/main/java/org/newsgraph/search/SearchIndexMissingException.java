package org.newsgraph.search;

/** There is no search index beside the store yet: {@code newsgraph reindex} makes one. */
public final class SearchIndexMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchIndexMissingException(String message) {
        super(message);
    }
}
