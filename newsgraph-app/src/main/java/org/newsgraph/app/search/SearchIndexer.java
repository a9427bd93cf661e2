package org.newsgraph.app.search;

import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.search.IndexChange;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndex;

/**
 * Keeps a store's search index current: when the state the index records is not the store's (no
 * index, a run stopped between the store's commit and the index's, another document version),
 * makes every document again from the export (entity resolution and event merging may change any
 * of them) and has the index hold exactly those, in one commit: the index writes only the ones
 * that changed. Forced, it makes the index again from nothing.
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
            return new SearchUpdate(false, 0, 0, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        List<SearchDocument> made = documents.of(export.get());
        IntConsumer done = n -> progress.indexed(n, made.size());
        IndexChange change = force ? index.rebuild(made, storeState, done) : index.replace(made, storeState, done);
        return new SearchUpdate(true, change.documents(), change.written(), change.deleted(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Hears how far a rebuild is. */
    public interface Progress {
        void indexed(int done, int total);

        Progress SILENT = (done, total) -> { };
    }
}
