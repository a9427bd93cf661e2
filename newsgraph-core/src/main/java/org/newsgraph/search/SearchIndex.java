package org.newsgraph.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The full-text index of a store. It records which state of the store it was made from, so a
 * reader can tell it is behind (a run stopped between the store's commit and the index's) and a
 * writer can catch up. Replacing is atomic: a reader sees the old index or the new one, whole.
 */
public interface SearchIndex extends AutoCloseable {

    /** The state of the store the index was made from, empty when there is no index yet. */
    Optional<String> state();

    /**
     * Makes the index hold exactly these documents and records {@code state}, in one commit:
     * writes only the documents that are new or changed since the last commit and deletes those no
     * longer given; {@code progress} is told how many documents are done so far, now and then.
     */
    IndexChange replace(List<SearchDocument> documents, String state, IntConsumer progress);

    /** Makes the index again from nothing with these documents, as {@link #replace} does otherwise. */
    IndexChange rebuild(List<SearchDocument> documents, String state, IntConsumer progress);

    /**
     * Gets ready for searches without waiting for it: a server calls this when it starts, so its
     * first searches do not each open the index. Without an index, does nothing.
     */
    void warm();

    /**
     * Changes the index by what a run of the store changed, in one commit, when the index records
     * the state {@code from} (the store's before the run): deletes the documents of each kind whose
     * id is one of {@code deleted}'s or begins with one and a dot (an event cluster's events: "v12"
     * takes "v12.1"), writes {@code documents} over those of their keys, and records {@code state}.
     * Empty, having written nothing, when the index records another state: it missed a change, and
     * is to be made again whole.
     */
    Optional<IndexChange> update(String from, Map<HitKind, Set<String>> deleted, List<SearchDocument> documents,
            String state);

    /**
     * Searches: throws {@link BadQueryException} for a query that cannot be read or would cost too
     * much, {@link SearchIndexMissingException} when there is no index.
     */
    SearchResult search(SearchQuery query);

    @Override
    void close();
}
