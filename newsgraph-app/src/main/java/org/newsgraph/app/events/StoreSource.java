package org.newsgraph.app.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.app.export.ExportIds;
import org.newsgraph.app.export.ExportRecords;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Story;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventFilter;

/**
 * The events of a store, read by query: those of some entities by the index of events by entity,
 * a story's by their keys, the articles' heads (no text) for listings, their texts for a story.
 */
final class StoreSource implements EventCatalog.Source {

    private final ArticleStore store;

    StoreSource(ArticleStore store) {
        this.store = store;
    }

    @Override
    public List<ExportDocument.Event> events(Set<String> entities) {
        CorpusEvents events = store.corpusEvents();
        return (entities == null ? events.events() : events.eventsOf(ExportIds.storeIds(entities, "e"))).stream()
                .map(ExportRecords::event).toList();
    }

    /** {@inheritDoc} Those of some entities all read by the index of events by entity, then picked and paged. */
    @Override
    public List<ExportDocument.Event> picks(EventQuery query, String after, int skip, int count) {
        if (query.entities() != null) {
            List<ExportDocument.Event> picked = ofEntities(query);
            return ExportSource.page(picked, after, Integer.MAX_VALUE).stream().skip(skip).limit(count).toList();
        }
        CorpusEvents.Key key = after == null ? null : CorpusEvents.Key.of(after).orElseThrow();
        return store.events(filter(query), key, skip, count).stream().map(ExportRecords::event).toList();
    }

    @Override
    public int count(EventQuery query) {
        return query.entities() != null ? ofEntities(query).size() : store.countEvents(filter(query));
    }

    /** The events of the query's entities that it picks, its outlet included. */
    private List<ExportDocument.Event> ofEntities(EventQuery query) {
        List<ExportDocument.Event> candidates = events(query.entities()).stream().filter(query::matches).toList();
        if (query.outlet() == null || query.outlet().isBlank()) {
            return candidates;
        }
        Map<String, EventCatalog.Reporter> reporters = articles(candidates.stream()
                .flatMap(e -> e.articles().stream()).collect(Collectors.toSet()), false);
        return candidates.stream().filter(e -> query.reportedBy(EventCatalog.outlets(e, reporters))).toList();
    }

    /**
     * The query as the store's indexes answer it: its places by their store ids, its outlet as the
     * spellings of it the store holds (any case), its dates as days.
     */
    private EventFilter filter(EventQuery query) {
        Set<String> outlets = null;
        if (query.outlet() != null && !query.outlet().isBlank()) {
            String asked = query.outlet().strip();
            outlets = store.outlets().stream().filter(asked::equalsIgnoreCase).collect(Collectors.toSet());
        }
        return new EventFilter(query.type(),
                query.places() == null ? null : Set.copyOf(ExportIds.storeIds(query.places(), "e")), outlets,
                query.kind() == null ? null : EventSalience.fromLabel(query.kind()),
                query.from() == null ? null : query.from().first(), query.to() == null ? null : query.to().last());
    }

    @Override
    public List<ExportDocument.Event> events(List<String> ids) {
        return store.corpusEvents().events(ids.stream().map(CorpusEvents.Key::of).flatMap(Optional::stream).toList())
                .stream().map(ExportRecords::event).toList();
    }

    @Override
    public Map<String, String> names(Collection<String> entities) {
        Map<String, String> names = new HashMap<>();
        store.corpusEntities().names(ExportIds.storeIds(entities, "e")).forEach((id, name) -> names.put(CorpusEntity.exportId(id), name));
        return names;
    }

    @Override
    public Map<String, EventCatalog.Reporter> articles(Collection<String> ids, boolean withText) {
        List<Long> keys = ExportIds.storeIds(ids, "a");
        Map<Long, String> texts = new HashMap<>();
        if (withText) {
            store.articles(keys).forEach(a -> texts.put(a.id(), a.article().text()));
        }
        Map<String, EventCatalog.Reporter> articles = new HashMap<>();
        for (ArticleHead h : store.heads(keys)) {
            articles.put(h.exportId(), new EventCatalog.Reporter(h.exportId(), h.outlet() != null ? h.outlet() : h.file(),
                    h.outlet(), h.dated(), texts.get(h.id())));
        }
        return articles;
    }

    @Override
    public List<ExportDocument.Story> stories() {
        return store.corpusEvents().stories().stream()
                .map(s -> new ExportDocument.Story(s.exportId(), s.title(), s.events())).toList();
    }

    /** {@inheritDoc} By the index of stories by id. */
    @Override
    public Optional<ExportDocument.Story> story(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        return ExportIds.storeIds(List.of(key), "s").stream().filter(n -> key.equals(Story.exportId(n))).findFirst()
                .flatMap(store.corpusEvents()::story)
                .map(s -> new ExportDocument.Story(s.exportId(), s.title(), s.events()));
    }

    /** {@inheritDoc} A range of the primary key. */
    @Override
    public List<ExportDocument.Event> eventsFrom(int from, int count) {
        return store.corpusEvents().eventsFrom(from, count).stream().map(ExportRecords::event).toList();
    }

    /** {@inheritDoc} A range of the index of stories by id. */
    @Override
    public List<ExportDocument.Story> stories(int from, int count) {
        return store.corpusEvents().stories(from, count).stream()
                .map(s -> new ExportDocument.Story(s.exportId(), s.title(), s.events())).toList();
    }

    @Override
    public int storyCount() {
        return store.corpusEvents().storyCount();
    }

    @Override
    public int size() {
        return store.corpusEvents().count();
    }

    @Override
    public long analysedArticles() {
        return store.count(ArticleStatus.OK);
    }
}
