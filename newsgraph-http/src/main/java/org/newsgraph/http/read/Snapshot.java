package org.newsgraph.http.read;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;

/**
 * What the API answers from: one read of the store through the app's read use cases (its export,
 * events, clusters and entities), with the export's records by id; or one read of a part of it, one
 * event cluster ({@link #ofCluster}), which answers for the articles, entities and events of that
 * cluster by id and lists nothing. Immutable; the store is closed once it is read.
 */
public record Snapshot(ExportDocument export, EventCatalog events, ClusterCatalog clusters, List<EntitySummary> entities,
        Map<String, ExportDocument.Article> articles, Map<String, ExportDocument.Entity> exportEntities,
        Map<String, ListedEvent> listedEvents, Map<String, String> clusterOfArticle, ModelState model) {

    public static Snapshot read(ArticleStore store) {
        return of(new ExportReader().whole(store), ClusterCatalog.of(store), EntityQuery.all().select(store.corpusEntities()),
                model(store));
    }

    /**
     * The part of the store one event cluster makes ({@link ExportReader#ofCluster}): a few
     * queries whatever the store holds, for the page of one of its events. Its articles, entities
     * and events are found by id; it lists no cluster and no entity.
     */
    public static Snapshot ofCluster(ArticleStore store, long cluster) {
        return ofCluster(store, cluster, model(store));
    }

    /** The part of the store one event cluster makes, with the state of the corpus model as read before. */
    static Snapshot ofCluster(ArticleStore store, long cluster, ModelState model) {
        return ofClusters(store, List.of(cluster), model);
    }

    /**
     * The part of the store some event clusters make ({@link ExportReader#ofClusters}), as
     * {@link #ofCluster} reads one: for a story's page (its events' clusters) or an article's (its cluster's).
     */
    public static Snapshot ofClusters(ArticleStore store, Collection<Long> clusters) {
        return ofClusters(store, clusters, model(store));
    }

    /**
     * The part of the store one corpus entity's page shows ({@link ExportReader#ofEntity}: the
     * articles that name it, at most {@code most}, the latest, with their clusters): it lists that
     * entity alone; empty when there is no such entity.
     */
    static Optional<Snapshot> ofEntity(ArticleStore store, long entity, int most, ModelState model) {
        List<EntitySummary> summary = store.corpusEntities().summaries(List.of(entity));
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return new ExportReader().ofEntity(store, entity, most)
                .map(export -> of(export, ClusterCatalog.none(), summary, Map.of(), model));
    }

    /**
     * The part of the store an article's page shows ({@code a5}, {@code r2}): its cluster, as
     * {@link #ofClusters} reads it; for an article in no cluster (a copy left alone, a failed
     * article) the article with the clusters of the events that cite it; a rejected input alone.
     * It holds no article when the id is no stored article's.
     */
    static Snapshot ofArticle(ArticleStore store, String articleId, ModelState model) {
        ExportReader reader = new ExportReader();
        if (articleId.startsWith("r")) {
            return of(reader.ofRejection(store, Integer.parseInt(articleId.substring(1))), ClusterCatalog.none(), List.of(),
                    Map.of(), model);
        }
        long article = Long.parseLong(articleId.substring(1));
        Set<Long> clusters = new TreeSet<>();
        store.eventClusters().clusterOf(article).ifPresentOrElse(clusters::add, () -> store.corpusEvents()
                .eventsReportedBy(List.of(article)).forEach(e -> clusters.add(e.cluster())));
        return of(reader.ofArticle(store, clusters, article), ClusterCatalog.none(), List.of(), clusterOf(store, clusters),
                model);
    }

    static Snapshot ofClusters(ArticleStore store, Collection<Long> clusters, ModelState model) {
        return of(new ExportReader().ofClusters(store, clusters), ClusterCatalog.none(), List.of(), clusterOf(store, clusters),
                model);
    }

    /** The cluster of each member of these clusters, by export ids. */
    private static Map<String, String> clusterOf(ArticleStore store, Collection<Long> clusters) {
        Map<String, String> clusterOf = new HashMap<>();
        for (long cluster : clusters) {
            store.eventClusters().members(cluster).forEach(m -> clusterOf.put(StoredArticle.exportId(m), "c" + cluster));
        }
        return clusterOf;
    }

    private static Snapshot of(ExportDocument export, ClusterCatalog clusters, List<EntitySummary> entities,
            ModelState model) {
        Map<String, String> clusterOf = new HashMap<>();
        clusters.clusters().forEach(c -> c.members().forEach(m -> clusterOf.putIfAbsent(m.article(), c.id())));
        return of(export, clusters, entities, clusterOf, model);
    }

    private static Snapshot of(ExportDocument export, ClusterCatalog clusters, List<EntitySummary> entities,
            Map<String, String> clusterOf, ModelState model) {
        EventCatalog events = new EventCatalog(export);
        return new Snapshot(export, events, clusters, entities, byId(export.articles(), ExportDocument.Article::id),
                byId(export.entities(), ExportDocument.Entity::id),
                byId(events.events(EventQuery.all()), e -> e.event().id()), Map.copyOf(clusterOf), model);
    }

    /** The id of the cluster an article is in ({@code c3}), if it is in one this snapshot holds. */
    public Optional<String> clusterOf(String articleId) {
        return Optional.ofNullable(clusterOfArticle.get(articleId));
    }

    /** How far the store's corpus model is behind its articles: a few index probes. */
    static ModelState model(ArticleStore store) {
        return new ModelState(store.articlesOutsideCorpusModel(),
                EventCatalog.state(store).name().toLowerCase(Locale.ROOT));
    }

    /**
     * How far the store's corpus model is behind its articles, as the read commands' notes say:
     * how many stored articles it does not account for yet, and whether its events and stories are
     * {@code current}, {@code missing}, made by {@code other_rules} or {@code behind} the clusters
     * and entities. Both mend at the end of the next analyze.
     */
    @JsonPropertyOrder({"articles_outside", "events"})
    public record ModelState(int articlesOutside, String events) {}

    public Optional<ExportDocument.Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    public Optional<ExportDocument.Entity> entity(String id) {
        return Optional.ofNullable(exportEntities.get(id));
    }

    public Optional<ListedEvent> event(String id) {
        return Optional.ofNullable(listedEvents.get(id));
    }

    /** An entity's name, else its id (an entity merged away since the events were made). */
    public String name(String entityId) {
        ExportDocument.Entity e = exportEntities.get(entityId);
        return e == null ? entityId : e.name();
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(id.apply(v), v));
        return Collections.unmodifiableMap(map);
    }
}
