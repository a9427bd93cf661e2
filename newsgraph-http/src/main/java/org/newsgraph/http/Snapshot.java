package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.store.ArticleStore;

/**
 * What the API answers from: one read of the store through the app's read use cases (its export,
 * events, clusters and entities), with the export's records by id. Immutable; the store is closed
 * once it is read.
 */
record Snapshot(ExportDocument export, EventCatalog events, ClusterCatalog clusters, List<EntitySummary> entities,
        Map<String, ExportDocument.Article> articles, Map<String, ExportDocument.Entity> exportEntities,
        Map<String, ListedEvent> listedEvents, ModelState model) {

    static Snapshot read(Newsgraph newsgraph, ArticleStore store) {
        ExportDocument export = newsgraph.exportOf(store);
        EventCatalog events = new EventCatalog(export);
        List<EntitySummary> entities = newsgraph.entities(store, EntityQuery.all());
        ModelState model = new ModelState(store.articlesOutsideCorpusModel(),
                newsgraph.corpusEventsState(store).name().toLowerCase(Locale.ROOT));
        return new Snapshot(export, events, newsgraph.clusters(store), entities, byId(export.articles(),
                ExportDocument.Article::id), byId(export.entities(), ExportDocument.Entity::id),
                byId(events.events(EventQuery.all()), e -> e.event().id()), model);
    }

    /**
     * How far the store's corpus model is behind its articles, as the read commands' notes say:
     * how many stored articles it does not account for yet, and whether its events and stories are
     * {@code current}, {@code missing}, made by {@code other_rules} or {@code behind} the clusters
     * and entities. Both mend at the end of the next analyze.
     */
    @JsonPropertyOrder({"articles_outside", "events"})
    record ModelState(int articlesOutside, String events) {}

    Optional<ExportDocument.Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    Optional<ExportDocument.Entity> entity(String id) {
        return Optional.ofNullable(exportEntities.get(id));
    }

    Optional<ListedEvent> event(String id) {
        return Optional.ofNullable(listedEvents.get(id));
    }

    /** An entity's name, else its id (an entity merged away since the events were made). */
    String name(String entityId) {
        ExportDocument.Entity e = exportEntities.get(entityId);
        return e == null ? entityId : e.name();
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(id.apply(v), v));
        return Collections.unmodifiableMap(map);
    }
}
