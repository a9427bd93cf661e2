package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** Where each article's entities begin in {@link #locals}, and one past the last at the end. */
    private final List<Integer> firstOfArticle = new ArrayList<>();
    private final EntityPartition partition;
    /** The members of each set, at the index of its root; kept as sets join, the smaller into the larger. */
    private final List<List<Local>> members = new ArrayList<>();
    private final Map<String, List<Integer>> articlesNaming = new HashMap<>();
    private final Map<Integer, Facts> facts = new HashMap<>();

    ResolutionCorpus(List<StoredArticle> articles, Set<String> particles, Set<String> suffixes) {
        for (int a = 0; a < articles.size(); a++) {
            firstOfArticle.add(locals.size());
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
            for (String key : keys) {
                articlesNaming.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
        firstOfArticle.add(locals.size());
        long[] places = new long[locals.size()];
        for (Local l : locals) {
            places[l.index()] = l.entity().place() == null ? 0 : l.entity().place().geonameId();
        }
        partition = new EntityPartition(places);
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

    /** The single-article entities of one article, by its position in the corpus. */
    List<Local> locals(int article) {
        return locals.subList(firstOfArticle.get(article), firstOfArticle.get(article + 1));
    }

    EntityPartition partition() {
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
            Facts keptFacts = facts.remove(kept);
            Facts goneFacts = facts.remove(gone);
            if (keptFacts != null && goneFacts != null) {
                facts.put(kept, keptFacts.plus(goneFacts));
            }
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
        return facts(root).mentions;
    }

    Set<Integer> articles(int root) {
        return facts(root).articles;
    }

    Set<String> roles(int root) {
        return facts(root).roles;
    }

    /**
     * How many entities named in {@code local}'s article are also named beside the set of
     * {@code root}, not counting the two entities themselves. Looks each of the article's names
     * up in the articles that name it, so a set named in thousands of articles costs no more.
     */
    int sharedNeighbours(Local local, int root) {
        Facts set = facts(root);
        String own = neighbourKey(local);
        int shared = 0;
        for (String key : neighbours.get(local.article())) {
            if (!key.equals(own) && !set.keys.contains(key) && namedBeside(key, set.articles, local.article())) {
                shared++;
            }
        }
        return shared;
    }

    /** Whether an article other than {@code except} among {@code articles} names {@code key}. */
    private boolean namedBeside(String key, Set<Integer> articles, int except) {
        List<Integer> naming = articlesNaming.getOrDefault(key, List.of());
        if (naming.size() < articles.size()) {
            return naming.stream().anyMatch(a -> a != except && articles.contains(a));
        }
        return articles.stream().anyMatch(a -> a != except && neighbours.get(a).contains(key));
    }

    /** Whether the two sets hold one role in common ("secretary general"). */
    boolean shareRole(int a, int b) {
        Set<String> roles = roles(a);
        return roles(b).stream().anyMatch(roles::contains);
    }

    private Facts facts(int root) {
        return facts.computeIfAbsent(partition.find(root), r -> Facts.of(members.get(r)));
    }

    /** What a set's members add up to, kept while the set stays as it is and summed when two join. */
    private static final class Facts {

        final Set<Integer> articles = new HashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> keys = new HashSet<>();
        int mentions;

        static Facts of(List<Local> members) {
            Facts f = new Facts();
            for (Local l : members) {
                f.articles.add(l.article());
                f.roles.addAll(l.entity().roles());
                f.keys.add(neighbourKey(l));
                f.mentions += l.mentionCount();
            }
            return f;
        }

        Facts plus(Facts other) {
            Facts big = articles.size() >= other.articles.size() ? this : other;
            Facts small = big == this ? other : this;
            big.articles.addAll(small.articles);
            big.roles.addAll(small.roles);
            big.keys.addAll(small.keys);
            big.mentions += small.mentions;
            return big;
        }
    }
}
