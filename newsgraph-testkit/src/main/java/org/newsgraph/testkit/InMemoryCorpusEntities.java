package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.EntityIdRules;
import org.newsgraph.store.StoreException;

/**
 * The corpus entities of an {@link InMemoryArticleStore}, held by it. Members of an article the
 * store no longer has are left out, as the SQLite store's cascade drops them.
 */
final class InMemoryCorpusEntities implements CorpusEntities {

    private final InMemoryArticleStore store;
    private List<CorpusEntity> entities = List.of();
    private final List<EntityMerge> merges = new ArrayList<>();
    private long nextId = 1;
    private long resolvedThrough;
    /** As a new store's table: made by the first rules. */
    private int rules = 1;

    InMemoryCorpusEntities(InMemoryArticleStore store) {
        this.store = store;
    }

    @Override
    public Map<EntityRef, Long> assignment() {
        synchronized (store) {
            Map<EntityRef, Long> assignment = new HashMap<>();
            entities().forEach(e -> e.cluster().members().forEach(m -> assignment.put(m, e.id())));
            return assignment;
        }
    }

    @Override
    public long nextId() {
        synchronized (store) {
            return nextId;
        }
    }

    @Override
    public boolean isUpToDate() {
        synchronized (store) {
            return store.articles().stream()
                    .noneMatch(s -> s.id() > resolvedThrough && !s.article().entities().isEmpty());
        }
    }

    @Override
    public int count() {
        synchronized (store) {
            return entities.size();
        }
    }

    @Override
    public List<CorpusEntity> entities() {
        synchronized (store) {
            Map<EntityRef, LocalEntity> live = localEntities();
            return entities.stream().map(e -> new CorpusEntity(e.id(), withMembers(e.cluster(),
                    e.cluster().members().stream().filter(live::containsKey).toList()))).toList();
        }
    }

    @Override
    public List<EntitySummary> summaries() {
        synchronized (store) {
            Map<EntityRef, LocalEntity> live = localEntities();
            return entities().stream().map(e -> {
                EntityCluster c = e.cluster();
                int mentions = c.members().stream().mapToInt(m -> live.get(m).mentions().size()).sum();
                int articles = (int) c.members().stream().mapToLong(EntityRef::article).distinct().count();
                return new EntitySummary(e.id(), c.name(), c.type(), c.aliases(), articles, mentions);
            }).toList();
        }
    }

    @Override
    public List<EntityMerge> merges() {
        synchronized (store) {
            return List.copyOf(merges);
        }
    }

    @Override
    public void replace(List<CorpusEntity> replacement, List<EntityMerge> newMerges, long through, int rulesVersion) {
        synchronized (store) {
            Set<Long> current = new HashSet<>();
            entities.forEach(e -> current.add(e.id()));
            EntityIdRules.check(current, nextId, replacement, newMerges);
            Map<EntityRef, LocalEntity> live = localEntities();
            replacement.forEach(e -> e.cluster().members().forEach(m -> {
                if (!live.containsKey(m)) {
                    throw new StoreException("replacing the entities failed: no stored entity " + m);
                }
            }));
            entities = replacement.stream().sorted(Comparator.comparingLong(CorpusEntity::id)).toList();
            merges.addAll(newMerges);
            nextId = Math.max(nextId, replacement.stream().mapToLong(e -> e.id() + 1).max().orElse(1));
            resolvedThrough = through;
            rules = rulesVersion;
        }
    }

    @Override
    public long resolvedThrough() {
        synchronized (store) {
            return resolvedThrough;
        }
    }

    @Override
    public int rules() {
        synchronized (store) {
            return rules;
        }
    }

    private Map<EntityRef, LocalEntity> localEntities() {
        Map<EntityRef, LocalEntity> locals = new HashMap<>();
        for (StoredArticle s : store.articles()) {
            List<LocalEntity> list = s.article().entities();
            for (int i = 0; i < list.size(); i++) {
                locals.put(new EntityRef(s.id(), i), list.get(i));
            }
        }
        return locals;
    }

    private static EntityCluster withMembers(EntityCluster c, List<EntityRef> members) {
        return new EntityCluster(c.name(), c.type(), c.place(), c.aliases(), members, c.links());
    }
}
