package org.newsgraph.http.read;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.export.ExportIds;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.Place;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.StoreViews;

/**
 * Reads the store for the API: a fresh read-only view each time the last read is older than the
 * time to live, so an analyze writing beside the server shows within it, and a burst of requests
 * (the pages of one listing) reads one store; or, for one event cluster, a read-only view of its
 * own at each request, a few queries however large the store, with the state of the corpus model
 * read in the background at most once a time to live (it scans a row a cluster). Never writes the
 * store; the views come from a few connections kept open ({@link StoreViews}), each view reading
 * the last commit when opened.
 */
public final class Snapshots implements AutoCloseable {

    /** The most articles an entity's page reads, the latest: a name in every article would read the store. */
    public static final int ENTITY_ARTICLES = 1_000;

    private final StoreViews views;
    private final Duration ttl;
    private final Refreshed<Snapshot.ModelState> models;
    private Snapshot last;
    private long readAt;

    /** Reads through {@code views}, which the caller closes after this. */
    public Snapshots(Newsgraph newsgraph, Path store, StoreViews views, Duration ttl) {
        this.views = views;
        this.ttl = ttl;
        this.models = new Refreshed<>(this::model, () -> newsgraph.storeStamp(store), ttl, "corpus-model-state");
    }

    /**
     * The part of the store the cluster of an event makes ({@code v3} or {@code v3.1}: cluster 3),
     * read now ({@link Snapshot#ofCluster}).
     */
    public Snapshot ofEvent(String eventId) {
        long cluster = CorpusEvents.Key.of(eventId).orElseThrow(() -> new IllegalArgumentException(
                "not an event id: " + eventId)).cluster();
        try (ArticleStore view = views.open()) {
            return Snapshot.ofCluster(view, cluster, models.get());
        }
    }

    /**
     * The part of the store a story's events make (the clusters of its events), read now; empty when
     * there is no such story ({@code s3}).
     */
    public Optional<Snapshot> ofStory(String storyId) {
        try (ArticleStore view = views.open()) {
            return view.corpusEvents().story(Long.parseLong(storyId.substring(1))).map(story -> {
                Set<Long> clusters = new TreeSet<>();
                story.events().forEach(e -> CorpusEvents.Key.of(e).ifPresent(k -> clusters.add(k.cluster())));
                return Snapshot.ofClusters(view, clusters, models.get());
            });
        }
    }

    /**
     * The part of the store an entity's page shows ({@code e12}: the articles that name it, at most
     * {@link #ENTITY_ARTICLES}, the latest, with their clusters), read now; empty when there is no
     * such entity (merged into another, or never one: the snapshot of the whole store says which).
     */
    public Optional<Snapshot> ofEntity(String entityId) {
        try (ArticleStore view = views.open()) {
            return Snapshot.ofEntity(view, Long.parseLong(entityId.substring(1)), ENTITY_ARTICLES,
                    models.get());
        }
    }

    /**
     * The part of the store an article's page shows ({@code a5}, {@code r2}), read now: its cluster,
     * or for an article in no cluster the article with the clusters of the events that cite it, or
     * a rejected input alone ({@link Snapshot#ofArticle}); a few queries whatever the store holds.
     */
    public Snapshot ofArticle(String articleId) {
        try (ArticleStore view = views.open()) {
            return Snapshot.ofArticle(view, articleId, models.get());
        }
    }

    /**
     * Reads by query from a view of the store opened for it (the last commit): the read commands'
     * indexed queries, never the whole store.
     */
    public <T> T query(Function<StoreQuery, T> read) {
        try (ArticleStore view = views.open()) {
            return read.apply(new StoreQuery(view));
        }
    }

    /** What a read by query asks of a view of the store: events by index, entities by name. */
    public record StoreQuery(ArticleStore view) {

        /** The store's events, read by query as they are asked for. */
        public EventCatalog events() {
            return EventCatalog.of(view);
        }

        /** The places of those of these entities ({@code e12}) that are places, by export id, by the primary key. */
        public Map<String, Place> places(Collection<String> entityIds) {
            Map<String, Place> places = new HashMap<>();
            view.corpusEntities().places(ExportIds.storeIds(entityIds, "e"))
                    .forEach((id, place) -> places.put(CorpusEntity.exportId(id), place));
            return places;
        }

        /** The types of the store's events, each once, in no order, by the index of events by type. */
        public Set<String> eventTypes() {
            return view.corpusEvents().types();
        }

        /** One event cluster by its export id ({@code c3}), its members and their reasons, read by query. */
        public Optional<ListedCluster> cluster(String exportId) {
            return ClusterCatalog.cluster(view, exportId);
        }

        /** A page of the event clusters, oldest first, read by query ({@link ClusterCatalog#page}). */
        public List<ListedCluster> clusters(int from, int count) {
            return ClusterCatalog.page(view, 1, from, count);
        }

        /** How many event clusters there are, counted by query. */
        public int clusterCount() {
            return ClusterCatalog.count(view, 1);
        }

        /** Which of these event ids ({@code v3}, {@code v3.1}) the store holds, by the primary key of events. */
        public Set<String> eventsHeld(Collection<String> ids) {
            List<CorpusEvents.Key> keys = ids.stream().map(CorpusEvents.Key::of).flatMap(Optional::stream).toList();
            Set<String> held = new HashSet<>();
            view.corpusEvents().events(keys).forEach(e -> held.add(e.exportId()));
            return held;
        }

        /**
         * The standing event a retired event id ({@code v3.2}) leads to through the merges that
         * retired it, by one probe a merge; empty when it was never retired ({@link EventCatalog#successor}).
         */
        public Optional<String> successor(String eventId) {
            return EventCatalog.successor(view, eventId);
        }

        /** The entities a query with a name shows, found by the index of name words, as {@code entities --name} finds them. */
        public List<EntitySummary> entities(EntityQuery query) {
            return query.select(view.corpusEntities());
        }

        /** The export id of the entity one with this export id was first merged into, if it was merged. */
        public Optional<String> mergedInto(String entityId) {
            return view.corpusEntities().merges().stream().filter(m -> CorpusEntity.exportId(m.merged()).equals(entityId))
                    .findFirst().map(m -> CorpusEntity.exportId(m.into()));
        }

        /** The ids of the entities with these words in their name or an alias, as {@code entities --name} matches. */
        public Set<String> named(String words) {
            Set<String> named = EntityQuery.idsNamed(view.corpusEntities(), words);
            return named == null ? Set.of() : named;
        }
    }

    /** How far the store's corpus model is behind its articles, read now: a few index probes. */
    public Snapshot.ModelState model() {
        try (ArticleStore view = views.open()) {
            return Snapshot.model(view);
        }
    }

    /**
     * One read of the whole store, reused for the time to live: what the outlets alone still read
     * (an undated article's day comes from its cluster).
     */
    public synchronized Snapshot current() {
        long now = System.nanoTime();
        if (last == null || now - readAt >= ttl.toNanos()) {
            try (ArticleStore view = views.open()) {
                last = Snapshot.read(view);
            }
            readAt = now;
        }
        return last;
    }

    /** Reads what the first requests would wait for, in the background. */
    public void warm() {
        models.warm();
    }

    @Override
    public void close() {
        models.close();
    }
}
