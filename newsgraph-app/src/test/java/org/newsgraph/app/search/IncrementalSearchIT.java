package org.newsgraph.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.IndexChange;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * An analyze run whose index recorded the store's state before it takes the run's changes alone,
 * and the index then holds what one made again from the whole export holds; an index that missed a
 * run is made again whole.
 */
class IncrementalSearchIT {

    @TempDir
    Path temp;

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withThreads(1));

    @Test
    void aRunTakesItsChangesAloneAndTheIndexHoldsWhatARebuildHolds() {
        List<Path> articles = Seeds.files();
        NlpAnnotator corenlp = newsgraph.coreNlp(() -> { });
        Path dir = temp.resolve("store");
        try (ArticleStore store = newsgraph.openStore(dir); Recording index = new Recording(newsgraph.openSearchIndex(dir))) {
            RunSummary first = newsgraph.analyzer().analyze(articles.subList(0, 3), store, corenlp, ProgressListener.SILENT);
            SearchUpdate made = new SearchIndexer().update(store, index, first.searchChanges(), SearchIndexer.Progress.SILENT);
            assertThat(made.written()).as("a new index is made whole").isEqualTo(made.documents());
            assertThat(index.calls).containsExactly("replace");

            RunSummary second = newsgraph.analyzer().analyze(articles.subList(3, 4), store, corenlp, ProgressListener.SILENT);
            SearchUpdate taken = new SearchIndexer().update(store, index, second.searchChanges(), SearchIndexer.Progress.SILENT);

            assertThat(second.searchChanges().whole()).isFalse();
            assertThat(taken.updated()).isTrue();
            assertThat(index.calls).containsExactly("replace", "update");
            assertThat(taken.written()).as("the run's documents only").isLessThan(made.documents());
            assertThat(index.entitiesWritten).as("the entities the run added or added to, not all its articles name")
                    .isNotEmpty().isSubsetOf(second.searchChanges().entities().stream()
                            .map(CorpusEntity::exportId).toList());
            assertThat(index.state()).contains(StoreState.of(store));
            assertThat(listing(index)).isEqualTo(rebuilt(store, "rebuilt-1"));

            newsgraph.analyzer().analyze(articles.subList(4, 5), store, corenlp, ProgressListener.SILENT); // the index misses it
            RunSummary fourth = newsgraph.analyzer().analyze(List.of(), store, corenlp, ProgressListener.SILENT);
            SearchUpdate caught = new SearchIndexer().update(store, index, fourth.searchChanges(), SearchIndexer.Progress.SILENT);

            assertThat(caught.updated()).isTrue();
            assertThat(index.calls).as("the index is not of the state before the run: made whole")
                    .containsExactly("replace", "update", "replace");
            assertThat(index.state()).contains(StoreState.of(store));
            assertThat(listing(index)).as("made again from the export").isEqualTo(rebuilt(store, "rebuilt-2"));
        }
    }

    /** What an index made again from nothing from the store's export lists. */
    private Set<String> rebuilt(ArticleStore store, String folder) {
        try (SearchIndex index = newsgraph.openSearchIndex(temp.resolve(folder))) {
            new SearchIndexer().update(store, index, true, SearchIndexer.Progress.SILENT);
            return listing(index);
        }
    }

    /** Every document of the index, as kind, id, title, outlet and date. */
    private static Set<String> listing(SearchIndex index) {
        Set<String> all = new TreeSet<>();
        for (int offset = 0; ; offset += 100) {
            SearchResult page = index.search(new SearchQuery(null, Set.of(), null, null, null, null, null, null, offset, 100));
            page.hits().forEach(h -> all.add(h.kind() + " " + h.id() + " " + h.title() + " " + h.outlet() + " " + h.date()));
            if (page.hits().isEmpty() || offset + 100 >= page.total()) {
                return all;
            }
        }
    }

    /** The index, with the writes asked of it. */
    private static final class Recording implements SearchIndex {

        private final SearchIndex index;
        private final List<String> calls = new ArrayList<>();
        /** The entity documents the last update wrote. */
        private final Set<String> entitiesWritten = new TreeSet<>();

        Recording(SearchIndex index) {
            this.index = index;
        }

        @Override
        public Optional<String> state() {
            return index.state();
        }

        @Override
        public IndexChange replace(List<SearchDocument> documents, String state, IntConsumer progress) {
            calls.add("replace");
            return index.replace(documents, state, progress);
        }

        @Override
        public IndexChange rebuild(List<SearchDocument> documents, String state, IntConsumer progress) {
            calls.add("rebuild");
            return index.rebuild(documents, state, progress);
        }

        @Override
        public void warm() {
            index.warm();
        }

        @Override
        public Optional<IndexChange> update(String from, Map<HitKind, Set<String>> deleted,
                List<SearchDocument> documents, String state) {
            entitiesWritten.clear();
            documents.stream().filter(d -> d.kind() == HitKind.ENTITY).forEach(d -> entitiesWritten.add(d.id()));
            Optional<IndexChange> change = index.update(from, deleted, documents, state);
            calls.add(change.isPresent() ? "update" : "update refused");
            return change;
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return index.search(query);
        }

        @Override
        public void close() {
            index.close();
        }
    }
}
