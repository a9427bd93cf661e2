package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.StoredArticle;

/**
 * The single-article entities of a corpus laid out for resolution: each with its place in the
 * corpus, its folded name, its person name, and the partition they are being joined into; and
 * what an entity's set knows that its members alone do not: the articles, roles and neighbours
 * (the other entities named beside it) of all its members.
 */
final class ResolutionCorpus {

    /** One single-article entity. */
    record Local(int index, EntityRef ref, int article, LocalEntity entity, String folded, PersonName person) {

        EntityType type() {
            return entity.type();
        }

        boolean isPerson() {
            return entity.type() == EntityType.PERSON && entity.place() == null;
        }

        int mentionCount() {
            return entity.mentions().size();
        }
    }

    private final List<Local> locals = new ArrayList<>();
    private final List<Set<String>> neighbours = new ArrayList<>();
    private final Partition partition;
    /** The members of each set, at the index of its root; kept as sets join, the smaller into the larger. */
    private final List<List<Local>> members = new ArrayList<>();

    ResolutionCorpus(List<StoredArticle> articles, Set<String> particles, Set<String> suffixes) {
        for (int a = 0; a < articles.size(); a++) {
            StoredArticle stored = articles.get(a);
            List<LocalEntity> entities = stored.article().entities();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < entities.size(); i++) {
                LocalEntity e = entities.get(i);
                PersonName person = e.type() == EntityType.PERSON ? PersonName.parse(e.name(), particles, suffixes) : null;
                Local local = new Local(locals.size(), new EntityRef(stored.id(), i), a, e, NameKeys.fold(e.name()), person);
                locals.add(local);
                keys.add(neighbourKey(local));
            }
            neighbours.add(keys);
        }
        long[] places = new long[locals.size()];
        for (Local l : locals) {
            places[l.index()] = l.entity().place() == null ? 0 : l.entity().place().geonameId();
        }
        partition = new Partition(places);
        for (Local l : locals) {
            List<Local> own = new ArrayList<>(1);
            own.add(l);
            members.add(own);
        }
    }

    /** How an entity counts as a neighbour of others: its place, its surname, or its name. */
    static String neighbourKey(Local local) {
        if (local.entity().place() != null) {
            return "place:" + local.entity().place().geonameId();
        }
        if (local.person() != null) {
            return "person:" + local.person().surnameKey();
        }
        return "name:" + NameKeys.nameSkeleton(local.entity().name());
    }

    List<Local> locals() {
        return locals;
    }

    Partition partition() {
        return partition;
    }

    boolean join(Local a, Local b, String reason) {
        int ra = root(a);
        int rb = root(b);
        boolean joined = partition.join(a.index(), b.index(), reason);
        if (joined) {
            int kept = partition.find(ra);
            int gone = kept == ra ? rb : ra;
            members.get(kept).addAll(members.get(gone));
            members.set(gone, null);
        }
        return joined;
    }

    int root(Local local) {
        return partition.find(local.index());
    }

    /** The current sets, each keyed by its root, in order of their first member. */
    Map<Integer, List<Local>> sets() {
        Map<Integer, List<Local>> bySet = new LinkedHashMap<>();
        for (Local l : locals) {
            bySet.computeIfAbsent(root(l), k -> new ArrayList<>()).add(l);
        }
        return bySet;
    }

    /** The members of the set that {@code root} is in (any member's index will do). */
    List<Local> members(int root) {
        return members.get(partition.find(root));
    }

    int mentionCount(int root) {
        return members(root).stream().mapToInt(Local::mentionCount).sum();
    }

    Set<Integer> articles(int root) {
        Set<Integer> articles = new HashSet<>();
        members(root).forEach(l -> articles.add(l.article()));
        return articles;
    }

    Set<String> roles(int root) {
        Set<String> roles = new LinkedHashSet<>();
        members(root).forEach(l -> roles.addAll(l.entity().roles()));
        return roles;
    }

    /**
     * How many entities named in {@code local}'s article are also named beside the set of
     * {@code root}, not counting the two entities themselves.
     */
    int sharedNeighbours(Local local, int root) {
        Set<String> around = new HashSet<>();
        for (Local member : members(root)) {
            around.addAll(neighbours.get(member.article()));
        }
        around.remove(neighbourKey(local));
        members(root).forEach(m -> around.remove(neighbourKey(m)));
        int shared = 0;
        for (String key : neighbours.get(local.article())) {
            if (around.contains(key)) {
                shared++;
            }
        }
        return shared;
    }

    /** Whether the two sets hold one role in common ("secretary general"). */
    boolean shareRole(int a, int b) {
        Set<String> roles = roles(a);
        return roles(b).stream().anyMatch(roles::contains);
    }
}
