package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.SurnameParticles;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.DataFile;
import org.newsgraph.resolve.ResolutionCorpus.Local;

/**
 * Resolves the entities of single articles into corpus entities. In order: one gazetteer place is
 * one entity whatever its spelling; one name and type is one entity; then the variants of a
 * person's name ({@link PersonLinker}), of an organisation's ({@link OrganizationLinker}), a
 * place and its facility ({@link FacilityLinker}), and typos ({@link TypoLinker}). Two gazetteer
 * places are never joined. Every step looks its candidates up by key, so the work grows with the
 * corpus, not with its square.
 *
 * <p>The canonical name is the most informative frequent form: the gazetteer's name for a place;
 * for a person the full name used by most articles; otherwise the name used by most articles,
 * the longer on a tie.
 */
public final class EntityResolver {

    private final GivenNames givenNames;
    private final Set<String> particles;
    private final Set<String> suffixes;
    private final FacilityLinker facilities = new FacilityLinker();

    public EntityResolver() {
        this.givenNames = GivenNames.load();
        // folded as names are, so that "st." is the "st" of "Ian St. John"
        this.particles = SurnameParticles.load().stream().map(NameKeys::fold).collect(Collectors.toUnmodifiableSet());
        this.suffixes = words("names/name-suffixes.txt");
    }

    /** What and how the resolver joins; a change has every store resolve its corpus again. */
    public static final int RULES = 1;

    /** The corpus entities, in order of first appearance. */
    public List<EntityCluster> resolve(List<StoredArticle> articles) {
        return resolve(articles, Map.of());
    }

    /**
     * The corpus entities of these articles, in order of first appearance, with the single-article
     * entities that {@code kept} gives one id held together from the start: resolving new articles
     * beside some members of the stored entities they may join adds to and merges those entities,
     * never splits one.
     */
    public List<EntityCluster> resolve(List<StoredArticle> articles, Map<EntityRef, Long> kept) {
        ResolutionCorpus corpus = new ResolutionCorpus(articles, particles, suffixes);
        keepTogether(corpus, kept);
        joinIdentical(corpus);
        joinSpellings(corpus);
        new PersonLinker(givenNames).link(corpus);
        new OrganizationLinker().link(corpus);
        facilities.link(corpus);
        new TypoLinker().link(corpus);
        return clusters(corpus);
    }

    private static void keepTogether(ResolutionCorpus corpus, Map<EntityRef, Long> kept) {
        if (kept.isEmpty()) {
            return;
        }
        Map<Long, Local> first = new HashMap<>();
        for (Local l : corpus.locals()) {
            Long id = kept.get(l.ref());
            if (id != null) {
                Local earlier = first.putIfAbsent(id, l);
                if (earlier != null) {
                    corpus.join(earlier, l, null);
                }
            }
        }
    }

    /**
     * The same place, or the same name and type: one entity. A name of two or more words is one
     * entity whatever the types the recogniser gave it in different articles (the type most
     * mentions carry wins); a one-word name is not, as a surname and a firm share one.
     */
    private static void joinIdentical(ResolutionCorpus corpus) {
        Map<String, Local> first = new HashMap<>();
        for (Local l : corpus.locals()) {
            if (l.folded().isEmpty() && l.entity().place() == null) {
                continue; // no letters, no name to compare
            }
            String key = l.entity().place() != null
                    ? "place|" + l.entity().place().geonameId()
                    : l.folded().indexOf(' ') > 0 ? "name|" + l.folded() : l.type() + "|" + l.folded();
            Local earlier = first.putIfAbsent(key, l);
            if (earlier != null) {
                corpus.join(earlier, l, earlier.type() == l.type() ? null
                        : "one name, two types: " + l.entity().name() + " " + l.type() + " ~ " + earlier.type());
            }
        }
    }

    /**
     * Names other than people's and places' that differ only as romanisations do ("Al-Hamra", "Al
     * Hamraa"): one entity. People have their own rules; two places are two places.
     */
    private static void joinSpellings(ResolutionCorpus corpus) {
        Map<String, Local> first = new HashMap<>();
        for (Local l : corpus.locals()) {
            String skeleton = NameKeys.nameSkeleton(l.entity().name());
            if (l.entity().place() == null && l.type() != EntityType.PERSON && !skeleton.isEmpty()) {
                Local earlier = first.putIfAbsent(l.type() + "|" + skeleton, l);
                if (earlier != null && !corpus.partition().same(earlier.index(), l.index())) {
                    corpus.join(earlier, l, "spelling " + l.entity().name() + " ~ " + earlier.entity().name());
                }
            }
        }
    }

    private static List<EntityCluster> clusters(ResolutionCorpus corpus) {
        Map<Integer, List<Local>> sets = new LinkedHashMap<>();
        for (Local l : corpus.locals()) {
            sets.computeIfAbsent(corpus.root(l), k -> new ArrayList<>()).add(l);
        }
        List<EntityCluster> clusters = new ArrayList<>();
        for (Map.Entry<Integer, List<Local>> set : sets.entrySet()) {
            clusters.add(cluster(set.getValue(), corpus.partition().links(set.getKey())));
        }
        return clusters;
    }

    private static EntityCluster cluster(List<Local> members, List<String> links) {
        Place place = members.stream().map(l -> l.entity().place()).filter(p -> p != null).findFirst().orElse(null);
        EntityType type = place != null ? EntityType.LOCATION : type(members);
        String name = place != null ? place.name() : canonicalName(members, type);
        Set<String> aliases = new LinkedHashSet<>();
        for (Local l : members) {
            for (Mention m : l.entity().mentions()) {
                if (!m.text().equals(name)) {
                    aliases.add(m.text());
                }
            }
            if (!l.entity().name().equals(name)) {
                aliases.add(l.entity().name());
            }
        }
        return new EntityCluster(name, type, place, List.copyOf(aliases), members.stream().map(Local::ref).toList(),
                links);
    }

    /** The type most mentions carry; on a tie, the first member's. */
    private static EntityType type(List<Local> members) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        members.forEach(l -> votes.merge(l.type(), l.mentionCount(), Integer::sum));
        EntityType best = members.get(0).type();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /** The name most members give, a person's full name before a surname alone, the longer on a tie. */
    private static String canonicalName(List<Local> members, EntityType type) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        Map<String, Set<Integer>> articles = new HashMap<>();
        for (Local l : members) {
            String name = l.entity().name();
            uses.merge(name, l.mentionCount(), Integer::sum);
            articles.computeIfAbsent(name, k -> new HashSet<>()).add(l.article());
        }
        Comparator<String> order = Comparator
                .comparing((String n) -> type == EntityType.PERSON && NameKeys.words(n).size() > 1)
                .thenComparing(n -> articles.get(n).size())
                .thenComparing(uses::get)
                .thenComparing(String::length);
        return uses.keySet().stream().max(order).orElseThrow();
    }

    private static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        DataFile.read(EntityResolver.class, file, (line, text) -> words.add(text.strip()));
        return Set.copyOf(words);
    }
}
