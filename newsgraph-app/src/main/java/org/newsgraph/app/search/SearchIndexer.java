package org.newsgraph.app.search;

import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndex;

/**
 * Keeps a store's search index current: when the state the index records is not the store's (no
 * index, a run stopped between the store's commit and the index's, another document version),
 * makes every document again from the export and replaces the index in one commit. A whole
 * rebuild, not an update in place: entity resolution and event merging may change any document.
 */
public final class SearchIndexer {

    private final SearchDocuments documents = new SearchDocuments();

    /**
     * Rebuilds unless the index is of {@code storeState} already ({@code force} rebuilds anyway);
     * {@code export} is asked for only when it rebuilds, {@code progress} hears (done, total).
     */
    public SearchUpdate update(SearchIndex index, String storeState, Supplier<ExportDocument> export,
            boolean force, Progress progress) {
        long start = System.nanoTime();
        if (!force && index.state().filter(storeState::equals).isPresent()) {
            return new SearchUpdate(false, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        List<SearchDocument> made = documents.of(export.get());
        IntConsumer added = done -> progress.indexed(done, made.size());
        index.replace(made, storeState, added);
        return new SearchUpdate(true, made.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Hears how far a rebuild is. */
    public interface Progress {
        void indexed(int done, int total);

        Progress SILENT = (done, total) -> { };
    }
}
