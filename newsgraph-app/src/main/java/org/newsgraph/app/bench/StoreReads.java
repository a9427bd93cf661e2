package org.newsgraph.app.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.events.EventQuery;
import org.newsgraph.store.ArticleStore;

/**
 * The read use cases as the CLI's commands run them, each on a read-only view of its own:
 * {@code events} shows its default limit of events.
 */
final class StoreReads implements ReadBench.Reads {

    private static final int EVENTS_SHOWN = 1000;

    private final Function<Path, ArticleStore> reader;

    /** @param reader opens a read-only view of a store */
    StoreReads(Function<Path, ArticleStore> reader) {
        this.reader = reader;
    }

    @Override
    public int events(Path dir) {
        try (ArticleStore store = reader.apply(dir)) {
            return EventCatalog.of(store).events(EventQuery.all(), EVENTS_SHOWN).events().size();
        }
    }

    @Override
    public int eventsOfType(Path dir, String type) {
        try (ArticleStore store = reader.apply(dir)) {
            return EventCatalog.of(store).events(new EventQuery(type, null, null, null, false), EVENTS_SHOWN).events().size();
        }
    }

    @Override
    public int timeline(Path dir, String entity) {
        try (ArticleStore store = reader.apply(dir)) {
            Set<String> ids = EntityQuery.idsNamed(store.corpusEntities(), entity);
            return EventCatalog.of(store).timeline(new EventQuery(null, ids, null, null, false)).events().size();
        }
    }

    @Override
    public int entities(Path dir, String name) {
        try (ArticleStore store = reader.apply(dir)) {
            return new EntityQuery(null, name).select(store.corpusEntities()).size();
        }
    }

    @Override
    public int story(Path dir, String id) {
        try (ArticleStore store = reader.apply(dir)) {
            return EventCatalog.of(store).story(id).map(s -> s.events().size()).orElse(-1);
        }
    }
}
