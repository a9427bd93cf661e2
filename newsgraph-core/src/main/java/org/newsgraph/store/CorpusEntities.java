package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.NameWords;
import org.newsgraph.model.Place;

/**
 * The corpus entities kept beside the articles they are made of, under lasting ids, with the
 * merges that retired ids. A resolution of the whole corpus replaces the table whole; the new
 * articles of a run extend it: their entities join stored ones or are added, stored ones merge.
 */
public interface CorpusEntities {

    /** Which entity id each single-article entity of a stored article belongs to. */
    Map<EntityRef, Long> assignment();

    /** The smallest id never given to an entity. Retired (merged) ids count as given. */
    long nextId();

    /**
     * Whether the table accounts for the entities of every stored article: false once an article
     * with entities is stored after the last {@link #replace}, and in a store written before
     * entities were kept.
     */
    boolean isUpToDate();

    /** The highest article id the table accounts for (0: none). */
    long resolvedThrough();

    /** The version of the resolver's rules the table was made by (0: unknown). */
    int rules();

    /** How many entities there are. */
    int count();

    /** Every entity with its names and members, in id order. */
    List<CorpusEntity> entities();

    /**
     * At most {@code count} entities whose ids come after {@code after} (0: from the first), with
     * their names and members, in id order: a page read by the primary key.
     */
    default List<CorpusEntity> entitiesAfter(long after, int count) {
        return entities().stream().filter(e -> e.id() > after).limit(count).toList();
    }

    /** Which entity id each single-article entity of these articles belongs to. */
    default Map<EntityRef, Long> assignment(Collection<Long> articles) {
        Set<Long> wanted = new HashSet<>(articles);
        Map<EntityRef, Long> some = new HashMap<>();
        assignment().forEach((ref, id) -> {
            if (wanted.contains(ref.article())) {
                some.put(ref, id);
            }
        });
        return some;
    }

    /** Every entity with how many articles and mentions it has, in id order. */
    List<EntitySummary> summaries();

    /** The places of those of these corpus entities that are places, by id; the others are left out. */
    default Map<Long, Place> places(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, Place> places = new HashMap<>();
        entities().stream().filter(e -> wanted.contains(e.id()) && e.cluster().place() != null)
                .forEach(e -> places.put(e.id(), e.cluster().place()));
        return places;
    }

    /** The name of each of these entities; ids of no entity are left out. */
    default Map<Long, String> names(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, String> names = new HashMap<>();
        summaries().stream().filter(e -> wanted.contains(e.id())).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    /**
     * The ids of the entities whose name or an alias has these folded words ({@link NameWords#fold})
     * from the start of one of its words, in id order; every entity for no words.
     */
    default List<Long> named(String foldedWords) {
        return summaries().stream().filter(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())
                .anyMatch(n -> NameWords.starts(n).stream().anyMatch(s -> s.startsWith(foldedWords))))
                .map(EntitySummary::id).toList();
    }

    /**
     * At most {@code limit} ids of the entities whose name or an alias has these folded words
     * ({@link NameWords#fold}) whole from the start of one of its words, in id order: "kowalska"
     * and "anna kowalska" find "Anna Kowalska", "kowal" does not. What the entity resolution looks
     * its candidates up by, where {@link #named} (a word cut short) would find every name that
     * begins with two letters.
     */
    default List<Long> withWords(String foldedWords, int limit) {
        return summaries().stream().filter(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())
                .anyMatch(n -> NameWords.starts(n).stream()
                        .anyMatch(s -> s.equals(foldedWords) || s.startsWith(foldedWords + " "))))
                .map(EntitySummary::id).limit(limit).toList();
    }

    /** {@link #summaries} of these entities only, in id order. */
    default List<EntitySummary> summaries(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        return summaries().stream().filter(e -> wanted.contains(e.id())).toList();
    }

    /**
     * The entities some of these articles name, in id order, each with its members in these
     * articles only (its name, aliases and place whole): what a part of the corpus shows of them,
     * read by the articles, not by every entity.
     */
    default List<CorpusEntity> entitiesIn(Collection<Long> articles) {
        Set<Long> wanted = new HashSet<>(articles);
        return entities().stream().map(e -> e.within(wanted)).filter(e -> !e.cluster().members().isEmpty()).toList();
    }

    /**
     * The {@code most} latest members of each of these entities (by article id, newest first); ids
     * of no entity are left out: the members a resolution of new articles is given as the entity's
     * stand-ins.
     */
    default Map<Long, List<EntityRef>> latestMembers(Collection<Long> ids, int most) {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, List<EntityRef>> latest = new HashMap<>();
        for (CorpusEntity e : entities()) {
            if (wanted.contains(e.id())) {
                List<EntityRef> members = new ArrayList<>(e.cluster().members());
                members.sort(Comparator.reverseOrder());
                latest.put(e.id(), List.copyOf(members.subList(0, Math.min(most, members.size()))));
            }
        }
        return latest;
    }

    /**
     * In one transaction: moves the members of each merged entity into the one it was merged into
     * and deletes it, appends the merges to the record, then writes each of {@code grown} (an
     * entity stored or a new one) with its name, type, place, aliases and links and adds the
     * members it lists to the ones it has, and notes that the table now accounts for the articles
     * up to {@code resolvedThrough}. Entities neither merged nor grown are not written. A failure
     * leaves the table as it was.
     *
     * @param grown the entities that gain members or change, each listing only the members it gains
     * @throws IllegalArgumentException if the entities or merges would reuse an id (see
     *                                  {@link EntityIdRules})
     */
    default void extend(List<CorpusEntity> grown, List<EntityMerge> newMerges, long resolvedThrough) {
        Map<Long, EntityCluster> all = new TreeMap<>();
        entities().forEach(e -> all.put(e.id(), e.cluster()));
        for (EntityMerge m : newMerges) {
            EntityCluster gone = all.remove(m.merged());
            EntityCluster into = all.get(m.into());
            if (gone == null || into == null) {
                throw new IllegalArgumentException("no stored entity to merge: " + m);
            }
            all.put(m.into(), into.withMembers(gone.members()));
        }
        for (CorpusEntity e : grown) {
            EntityCluster had = all.get(e.id());
            all.put(e.id(), had == null ? e.cluster() : e.cluster().withMembers(had.members()));
        }
        replace(all.entrySet().stream().map(e -> new CorpusEntity(e.getKey(), e.getValue())).toList(), newMerges,
                resolvedThrough);
    }

    /** Every merge ever recorded, oldest first. */
    List<EntityMerge> merges();

    /**
     * In one transaction: replaces every entity by these, appends these merges to the record, and
     * notes that the table now accounts for the articles up to {@code resolvedThrough}. A failure
     * leaves the previous table as it was.
     *
     * @param resolvedThrough the highest article id the entities were resolved from
     * @throws IllegalArgumentException if the entities or merges would reuse an id (see
     *                                  {@link EntityIdRules})
     */
    void replace(List<CorpusEntity> entities, List<EntityMerge> newMerges, long resolvedThrough, int rules);

    /** {@link #replace(List, List, long, int)}, keeping the {@link #rules} recorded. */
    default void replace(List<CorpusEntity> entities, List<EntityMerge> newMerges, long resolvedThrough) {
        replace(entities, newMerges, resolvedThrough, rules());
    }
}
