package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * The entities of one article while {@link AliasFinder} works on them: entities can be merged,
 * and gain mentions and roles. Which mentions the recogniser found is remembered apart from the
 * ones added, as only those name an entity.
 */
final class ArticleEntities {

    private static final Comparator<Mention> TEXT_ORDER =
            Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end());

    /** One entity being worked on. */
    static final class Draft {

        private final LocalEntity original;
        private final List<Mention> names = new ArrayList<>();
        private final List<Mention> added = new ArrayList<>();
        private final Set<String> roles = new LinkedHashSet<>();
        private String name;
        private EntityType type;
        private boolean merged;

        private Draft(LocalEntity original) {
            this.original = original;
            this.names.addAll(original.mentions());
            this.roles.addAll(original.roles());
            this.name = original.name();
            this.type = original.type();
        }

        String name() {
            return name;
        }

        EntityType type() {
            return type;
        }

        boolean is(EntityType wanted) {
            return type == wanted;
        }

        boolean isPlace() {
            return original.place() != null;
        }

        /** The mentions the recogniser found, in the order they were gathered. */
        List<Mention> names() {
            return names;
        }

        List<Mention> mentions() {
            List<Mention> all = new ArrayList<>(names);
            all.addAll(added);
            return all;
        }

        Set<String> roles() {
            return roles;
        }

        LocalEntity toEntity() {
            if (!merged && added.isEmpty() && roles.equals(new LinkedHashSet<>(original.roles()))) {
                return original;
            }
            Map<Span, Mention> bySpan = new LinkedHashMap<>();
            mentions().stream().sorted(TEXT_ORDER).forEach(m -> bySpan.putIfAbsent(m.span(), m));
            return new LocalEntity(name, type, List.copyOf(bySpan.values()), original.place(), List.copyOf(roles));
        }
    }

    private final List<Draft> drafts = new ArrayList<>();

    ArticleEntities(List<LocalEntity> entities) {
        entities.forEach(e -> drafts.add(new Draft(e)));
    }

    List<Draft> all() {
        return List.copyOf(drafts);
    }

    List<Draft> ofType(EntityType type) {
        return drafts.stream().filter(d -> d.is(type)).toList();
    }

    /** A mention found by the recogniser, with its entity. */
    record Named(Draft entity, Mention mention) {}

    /** The recogniser's mention that starts at {@code offset}, with its entity, or null. */
    Named nameStartingAt(int offset) {
        for (Draft d : drafts) {
            for (Mention m : d.names) {
                if (m.span().start() == offset) {
                    return new Named(d, m);
                }
            }
        }
        return null;
    }

    /** The entity that now holds this mention (merging moves mentions), or null. */
    Draft owner(Mention mention) {
        for (Draft d : drafts) {
            if (d.names.contains(mention) || d.added.contains(mention)) {
                return d;
            }
        }
        return null;
    }

    /** Whether this entity is still one of the article's (not merged into another). */
    boolean holds(Draft entity) {
        return drafts.contains(entity);
    }

    /** Every mention the recogniser found, with its entity, in text order. */
    List<Named> names() {
        List<Named> all = new ArrayList<>();
        drafts.forEach(d -> d.names.forEach(m -> all.add(new Named(d, m))));
        all.sort(Comparator.comparing(Named::mention, TEXT_ORDER));
        return all;
    }

    /** Whether a mention of an entity of a type that passes the test overlaps the span. */
    boolean overlapsName(Span span, Predicate<EntityType> type) {
        for (Draft d : drafts) {
            if (type.test(d.type)) {
                for (Mention m : d.mentions()) {
                    if (m.span().overlaps(span)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a mention of an entity of this type (any type when null) overlaps the span. */
    boolean overlaps(Span span, EntityType type) {
        return overlapsName(span, t -> type == null || t == type);
    }

    void addMention(Draft entity, Mention mention) {
        entity.added.add(mention);
    }

    void addRole(Draft entity, String role) {
        entity.roles.add(role);
    }

    /**
     * Makes two entities one, in the place of the one listed first: all mentions and roles, this
     * type, and for a name the form the recogniser found most often (on a tie the longer form:
     * "UNESCO" over a full name met once), in its most used spelling (on a tie the shortest, which
     * has no possessive ending).
     * A form that is the last words of a longer one ("Security Council" of "UN Security Council")
     * is a short form and never the name.
     */
    Draft merge(Draft a, Draft b, EntityType type) {
        if (a == b) {
            return a;
        }
        Draft kept = drafts.indexOf(a) <= drafts.indexOf(b) ? a : b;
        Draft gone = kept == a ? b : a;
        kept.names.addAll(gone.names);
        kept.added.addAll(gone.added);
        kept.roles.addAll(gone.roles);
        kept.type = type;
        kept.name = mostUsedName(kept.names, kept.name);
        kept.merged = true;
        drafts.remove(gone);
        return kept;
    }

    /** Adds the mentions of {@code gone} to {@code kept}, whose name and type stay. */
    void absorb(Draft kept, Draft gone) {
        if (kept == gone) {
            return;
        }
        kept.names.addAll(gone.names);
        kept.added.addAll(gone.added);
        kept.roles.addAll(gone.roles);
        kept.merged = true;
        drafts.remove(gone);
    }

    private static String mostUsedName(List<Mention> names, String fallback) {
        Map<List<String>, Integer> uses = new LinkedHashMap<>();
        Map<String, Integer> spellings = new LinkedHashMap<>();
        for (Mention m : names) {
            uses.merge(MentionGrouper.words(m.text()), 1, Integer::sum);
            spellings.merge(m.text(), 1, Integer::sum);
        }
        List<String> best = null;
        for (List<String> key : uses.keySet()) {
            if (shortForm(key, uses.keySet())) {
                continue;
            }
            if (best == null || uses.get(key) > uses.get(best)
                    || uses.get(key).equals(uses.get(best)) && key.size() > best.size()) {
                best = key;
            }
        }
        return best == null ? fallback : spelling(best, spellings);
    }

    /** The spelling of a name used most often, on a tie the shortest (no possessive ending). */
    private static String spelling(List<String> name, Map<String, Integer> spellings) {
        String best = null;
        for (Map.Entry<String, Integer> s : spellings.entrySet()) {
            if (MentionGrouper.words(s.getKey()).equals(name) && (best == null || s.getValue() > spellings.get(best)
                    || s.getValue().equals(spellings.get(best)) && s.getKey().length() < best.length())) {
                best = s.getKey();
            }
        }
        return best;
    }

    /** Whether a name is the last words of a longer name of the same entity ("Security Council"). */
    private static boolean shortForm(List<String> key, Set<List<String>> all) {
        return all.stream().anyMatch(other -> other.size() > key.size()
                && other.subList(other.size() - key.size(), other.size()).equals(key));
    }

    List<LocalEntity> toEntities() {
        return drafts.stream().map(Draft::toEntity).toList();
    }
}
