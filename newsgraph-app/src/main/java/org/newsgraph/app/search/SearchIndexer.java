package org.newsgraph.app.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.IndexChange;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;

/**
 * Keeps a store's search index current. After an analyze run, when the index records the store's
 * state before the run, it takes the run's changes alone ({@link SearchChanges}): the documents of
 * the new articles (with their quotes and claims), of the entities the run added or added to, and
 * of the events of the clusters it merged again are written, those of entities and clusters merged
 * away deleted, in one commit. Otherwise, when the state the index records is not the store's (no
 * index, a run stopped between the store's commit and the index's, a run it missed, another
 * document version), it makes every document again from the export and has the index hold exactly
 * those, in one commit: the index writes only the ones that changed. Forced, it makes the index
 * again from nothing.
 */
public final class SearchIndexer {

    private final SearchDocuments documents = new SearchDocuments();
    private final ExportReader exports = new ExportReader();

    /**
     * Brings the search index up to date with the store, as analyze does after it stores its run:
     * makes it again from the export when the state it records is not the store's, or always with
     * {@code force} (reindex).
     */
    public SearchUpdate update(ArticleStore store, SearchIndex index, boolean force, Progress progress) {
        return update(index, StoreState.of(store), () -> exports.whole(store), force, progress);
    }

    /**
     * Brings the search index up to date with the store after an analyze run: by the run's
     * {@code changes} alone when the index records the store's state before the run, else made
     * again from the export as {@link #update(ArticleStore, SearchIndex, boolean, Progress)} does.
     */
    public SearchUpdate update(ArticleStore store, SearchIndex index, SearchChanges changes, Progress progress) {
        return update(index, StoreState.of(store), changes, c -> changedPart(store, c), () -> exports.whole(store),
                false, progress);
    }

    /**
     * Rebuilds unless the index is of {@code storeState} already ({@code force} rebuilds anyway);
     * {@code export} is asked for only when it rebuilds, {@code progress} hears (done, total).
     */
    public SearchUpdate update(SearchIndex index, String storeState, Supplier<ExportDocument> export,
            boolean force, Progress progress) {
        return update(index, storeState, SearchChanges.UNKNOWN, changes -> export.get(), export, force, progress);
    }

    /**
     * Takes the run's {@code changes} alone when the index records the state before the run
     * ({@code changed} gives the part of the export they touch); else as {@link #update(SearchIndex,
     * String, Supplier, boolean, Progress)} does.
     */
    public SearchUpdate update(SearchIndex index, String storeState, SearchChanges changes,
            Function<SearchChanges, ExportDocument> changed, Supplier<ExportDocument> export, boolean force,
            Progress progress) {
        long start = System.nanoTime();
        Optional<String> recorded = index.state();
        if (!force && recorded.filter(storeState::equals).isPresent()) {
            return new SearchUpdate(false, 0, 0, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        if (!force && !changes.whole() && recorded.filter(changes.before()::equals).isPresent()) {
            Optional<IndexChange> change = index.update(changes.before(), deleted(changes),
                    written(changes, documents.of(changed.apply(changes))), storeState);
            if (change.isPresent()) {
                return new SearchUpdate(true, change.get().documents(), change.get().written(), change.get().deleted(),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
        List<SearchDocument> made = documents.of(export.get());
        IntConsumer done = n -> progress.indexed(n, made.size());
        IndexChange change = force ? index.rebuild(made, storeState, done) : index.replace(made, storeState, done);
        return new SearchUpdate(true, change.documents(), change.written(), change.deleted(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The part of the export a run's changes touch, with the whole export's ids and dates: the
     * articles it stored and those whose sentences the events of its clusters cite as evidence, the
     * entities they name (the grown ones among them), those events. Read by query, never the whole.
     */
    private static ExportDocument changedPart(ArticleStore store, SearchChanges changes) {
        List<CorpusEvent> events = new ArrayList<>();
        changes.clusters().forEach(c -> events.addAll(store.corpusEvents().eventsOfCluster(c)));
        Set<Long> ids = new TreeSet<>(changes.articles());
        events.forEach(e -> e.evidence().stream().limit(SearchDocuments.EVIDENCE_SENTENCES)
                .forEach(v -> ids.add(v.article())));
        Map<Long, Long> clusterOf = store.eventClusters().assignment(ids);
        List<StoredArticle> articles = new ClusterDater().dated(store.articles(ids), clusterOf,
                store.earliestPublished(new TreeSet<>(clusterOf.values())));
        List<CorpusEntity> entities = store.corpusEntities().entitiesIn(ids);
        return ExportStreamer.ofCluster(store, articles, entities, clusterOf, events, List.of());
    }

    /**
     * The documents the run's changes make stale: of the entities merged away, and every event of
     * the clusters merged again or dropped (their events are numbered again).
     */
    private static Map<HitKind, Set<String>> deleted(SearchChanges changes) {
        Set<String> events = new TreeSet<>();
        changes.clusters().forEach(c -> events.add(CorpusEvent.exportId(c, 0)));
        changes.clustersGone().forEach(c -> events.add(CorpusEvent.exportId(c, 0)));
        Set<String> entities = changes.entitiesGone().stream().map(CorpusEntity::exportId)
                .collect(Collectors.toCollection(TreeSet::new));
        return Map.of(HitKind.EVENT, events, HitKind.ENTITY, entities);
    }

    /**
     * The documents of the run's changes that it changed: all but those of the entities it did not
     * add or add to, which the changed part of the export holds only because its articles name them
     * (an entity's document is its name, aliases and type, which only a run that adds to it changes),
     * and those of the articles (with their quotes and claims) that it holds only because the events
     * merged again cite them (an article's documents name its entities, which changed only for the
     * run's articles).
     */
    private static List<SearchDocument> written(SearchChanges changes, List<SearchDocument> made) {
        Set<String> entities = changes.entities().stream().map(CorpusEntity::exportId).collect(Collectors.toSet());
        Set<String> articles = changes.articles().stream().map(StoredArticle::exportId).collect(Collectors.toSet());
        return made.stream().filter(d -> switch (d.kind()) {
            case ENTITY -> entities.contains(d.id());
            case ARTICLE, QUOTE, CLAIM -> articles.contains(d.article());
            case EVENT -> true;
        }).toList();
    }

    /** Hears how far a rebuild is. */
    public interface Progress {
        void indexed(int done, int total);

        Progress SILENT = (done, total) -> { };
    }
}
