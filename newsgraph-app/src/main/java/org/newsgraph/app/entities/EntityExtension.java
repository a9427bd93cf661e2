package org.newsgraph.app.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityIdAssignment;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.resolve.CandidateKeys;
import org.newsgraph.resolve.EntityIdKeeper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;

/**
 * Extends the stored corpus entities with the entities of new articles. The stored entities they
 * may join are looked up in the index of names by the keys the resolver joins by
 * ({@link CandidateKeys}); each stands in by the articles of its latest members, whose
 * single-article entities the resolver keeps together under their stored ids. The new articles
 * are resolved beside those: an entity that takes a new member keeps its id, one that takes none
 * gets a fresh one, two stored entities that come together merge under the older id. A stored
 * entity whose members all stood in is named as a whole resolution names it; a larger one keeps
 * its name and type and gains the aliases. Only the grown and merged entities are written.
 */
final class EntityExtension {

    /** The stored entities taken from one key, the oldest first: a common word names thousands. */
    static final int CANDIDATES_PER_KEY = 50;
    /** The latest members whose articles stand in for a stored entity. */
    static final int STAND_INS = 5;

    private final EntityResolver resolver;
    private final EntityIdKeeper keeper;
    private final ArticleStore store;

    EntityExtension(EntityResolver resolver, EntityIdKeeper keeper, ArticleStore store) {
        this.resolver = resolver;
        this.keeper = keeper;
        this.store = store;
    }

    /** The most articles of entities merged away whose documents are named: more, and any may have changed. */
    static final int MERGED_ARTICLES = 2000;

    /**
     * What an extension wrote: the entities grown or added, the merges, and the articles whose
     * members changed entity by them (null when more than {@link #MERGED_ARTICLES}), and the stored
     * entities whose name or type changed.
     */
    record Result(List<CorpusEntity> grown, List<EntityMerge> merges, Set<Long> moved, Set<Long> renamed) {}

    /** Resolves {@code fresh} (the articles after the table's frontier) into the table, in one transaction. */
    Result extend(List<StoredArticle> fresh) {
        CorpusEntities table = store.corpusEntities();
        long newest = fresh.stream().mapToLong(StoredArticle::id).max().orElse(table.resolvedThrough());
        Set<Long> freshIds = fresh.stream().map(StoredArticle::id).collect(Collectors.toSet());
        Set<Long> standIns = new TreeSet<>();
        table.latestMembers(candidates(table, fresh), STAND_INS).values()
                .forEach(refs -> refs.stream().map(EntityRef::article).filter(a -> !freshIds.contains(a)).forEach(standIns::add));
        List<StoredArticle> articles = new ArrayList<>(store.articles(standIns));
        articles.addAll(fresh);
        articles.sort(Comparator.comparingLong(StoredArticle::id));
        Map<EntityRef, Long> kept = table.assignment(standIns);
        EntityIdAssignment assigned = keeper.assign(resolver.resolve(articles, kept), kept, table.nextId());
        Set<Long> mergedInto = assigned.merges().stream().map(EntityMerge::into).collect(Collectors.toSet());
        List<CorpusEntity> touched = assigned.entities().stream()
                .filter(e -> mergedInto.contains(e.id()) || e.cluster().members().stream().anyMatch(m -> !kept.containsKey(m)))
                .toList();
        Set<Long> renamed = new TreeSet<>();
        List<CorpusEntity> grown = grown(table, touched, kept, standIns, renamed);
        Set<Long> moved = moved(table, assigned.merges());
        table.extend(grown, assigned.merges(), newest);
        return new Result(grown, assigned.merges(), moved, renamed);
    }

    /** The articles of the members of the entities merged away; null when there are too many to name. */
    private static Set<Long> moved(CorpusEntities table, List<EntityMerge> merges) {
        Set<Long> articles = new TreeSet<>();
        Map<Long, List<EntityRef>> members = table.latestMembers(
                merges.stream().map(EntityMerge::merged).toList(), MERGED_ARTICLES + 1);
        for (List<EntityRef> refs : members.values()) {
            if (refs.size() > MERGED_ARTICLES) {
                return null;
            }
            refs.forEach(r -> articles.add(r.article()));
        }
        return articles.size() > MERGED_ARTICLES ? null : articles;
    }

    /** The stored entities that the new articles' entities may join, by the keys of each. */
    private static Set<Long> candidates(CorpusEntities table, List<StoredArticle> fresh) {
        Set<String> keys = new LinkedHashSet<>();
        fresh.forEach(a -> a.article().entities().forEach(e -> keys.addAll(CandidateKeys.of(e))));
        Set<Long> candidates = new TreeSet<>();
        for (String key : keys) {
            candidates.addAll(table.withWords(key, CANDIDATES_PER_KEY));
        }
        return candidates;
    }

    /**
     * Each touched entity as it is to be written: named by the resolution when every member of the
     * stored entities it holds stood in, else with the stored name, type and place of its id and
     * the aliases of both; listing only the members it gains. Adds the stored ones named or typed
     * otherwise now to {@code renamed}.
     */
    private List<CorpusEntity> grown(CorpusEntities table, List<CorpusEntity> touched, Map<EntityRef, Long> kept,
            Set<Long> standIns, Set<Long> renamed) {
        Map<Long, EntityCluster> stored = new HashMap<>();
        table.entitiesIn(standIns).forEach(e -> stored.put(e.id(), e.cluster()));
        Map<Long, Integer> loaded = new HashMap<>();
        kept.values().forEach(id -> loaded.merge(id, 1, Integer::sum));
        List<CorpusEntity> grown = new ArrayList<>();
        for (CorpusEntity e : touched) {
            EntityCluster c = e.cluster();
            Set<Long> held = new HashSet<>();
            c.members().stream().map(kept::get).filter(id -> id != null).forEach(held::add);
            List<EntityRef> gained = c.members().stream().filter(m -> !kept.containsKey(m)).toList();
            Set<String> links = new LinkedHashSet<>();
            held.stream().sorted().map(stored::get).filter(s -> s != null).forEach(s -> links.addAll(s.links()));
            links.addAll(c.links());
            EntityCluster own = stored.get(e.id());
            if (own == null || whole(table, held, loaded)) {
                if (own != null && (!own.name().equals(c.name()) || own.type() != c.type())) {
                    renamed.add(e.id());
                }
                grown.add(new CorpusEntity(e.id(), new EntityCluster(c.name(), c.type(), c.place(), c.aliases(), gained,
                        List.copyOf(links))));
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            held.stream().sorted().map(stored::get).filter(s -> s != null).forEach(s -> {
                aliases.add(s.name());
                aliases.addAll(s.aliases());
            });
            aliases.add(c.name());
            aliases.addAll(c.aliases());
            aliases.remove(own.name());
            grown.add(new CorpusEntity(e.id(), new EntityCluster(own.name(), own.type(),
                    own.place() != null ? own.place() : c.place(), List.copyOf(aliases), gained, List.copyOf(links))));
        }
        return grown;
    }

    /** Whether every member of these stored entities was among the articles resolved. */
    private static boolean whole(CorpusEntities table, Set<Long> ids, Map<Long, Integer> loaded) {
        int most = ids.stream().mapToInt(id -> loaded.getOrDefault(id, 0)).max().orElse(0) + 1;
        Map<Long, List<EntityRef>> members = table.latestMembers(ids, most);
        return ids.stream().allMatch(id -> members.getOrDefault(id, List.of()).size() == loaded.getOrDefault(id, 0));
    }
}
