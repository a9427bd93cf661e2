package org.newsgraph.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.Placement;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;

/**
 * A large store made of copies of a small analysed one (the template): each copy, a "world", holds
 * every template article under a new file, URL, content hash and publication day (shifted by a day
 * a world), placed in copies of the template's clusters, with copies of its corpus entities (named
 * apart from the second world on: "KbAnna KbBerg"), events and stories under new ids. The
 * articles and placements go through the store's own writes, one transaction each as analyze does;
 * the entities, events and stories are written in bulk from the template's, not resolved, merged
 * and threaded again, which at 100,000 articles would cost far more than the reads measured.
 */
final class SyntheticCorpus {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<StoredArticle> articles;
    private final List<CorpusEntity> entities;
    private final long entityStride;
    private final Map<Long, Long> clusterOf;
    private final Map<Long, ClusterProfile> profiles;
    private final Map<Long, Placement> placements;
    private final List<CorpusEvent> events;
    private final List<Story> stories;
    private final long clusterStride;
    /** Per world written: the new id of each template article, and of each template cluster. */
    private final List<Map<Long, Long>> articleIds = new ArrayList<>();
    private final List<Map<Long, Long>> clusterIds = new ArrayList<>();

    /** Reads the template, whose corpus model must be current (analyze leaves it so). */
    SyntheticCorpus(ArticleStore template) {
        this.articles = template.articles().stream()
                .filter(a -> a.article().status() == ArticleStatus.OK || a.article().status() == ArticleStatus.DUPLICATE)
                .toList();
        this.entities = template.corpusEntities().entities();
        this.entityStride = template.corpusEntities().nextId();
        this.clusterOf = template.eventClusters().assignment();
        this.placements = new HashMap<>();
        template.eventClusters().placements().forEach(p -> placements.put(p.article(), p));
        this.profiles = new HashMap<>();
        clusterOf.values().stream().distinct().forEach(c -> profiles.put(c, template.eventClusters().profile(c)));
        this.events = template.corpusEvents().events();
        this.stories = template.corpusEvents().stories();
        this.clusterStride = clusterOf.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("the template store has no analysed article");
        }
    }

    int articlesPerWorld() {
        return articles.size();
    }

    int worlds() {
        return articleIds.size();
    }

    /**
     * The template's person most articles name (any entity when it has no person), by which reads
     * are asked ("entities --name").
     */
    String busiestEntityName() {
        boolean people = entities.stream().anyMatch(e -> e.cluster().type() == EntityType.PERSON);
        return entities.stream().filter(e -> !people || e.cluster().type() == EntityType.PERSON).max(Comparator.comparingLong(e -> e.cluster().members().stream()
                .mapToLong(EntityRef::article).distinct().count())).map(e -> e.cluster().name()).orElse("none");
    }

    /** The export id of the template's first story in the given world, null when the template has none. */
    String storyId(int world) {
        return stories.isEmpty() ? null : Story.exportId(clusterIds.get(world).get(stories.get(0).id()));
    }

    /**
     * Writes worlds into {@code store} until it holds at least {@code size} articles, then the
     * corpus model of those not modelled yet; {@code log} hears how far it is now and then.
     */
    void grow(ArticleStore store, int size, Consumer<String> log) {
        int modelled = worlds();
        long start = System.nanoTime();
        while (worlds() * articlesPerWorld() < size) {
            writeWorld(store);
            if (worlds() % Math.max(1, 2000 / articlesPerWorld()) == 0) {
                log.accept(String.format(Locale.ROOT, "%,d of %,d articles stored (%.0f s)", worlds() * articlesPerWorld(),
                        size, (System.nanoTime() - start) / 1e9));
            }
        }
        log.accept("writing the entities, events and stories of " + worlds() + " copies");
        writeModel(store, modelled);
    }

    /**
     * Takes up the worlds a store made by {@link #grow} to {@code size} articles holds, as if they
     * were written now: the store saved each world's articles in turn under the next ids, and
     * numbered its clusters by the template's. Throws when the store is not such a one.
     */
    void resume(ArticleStore store, int size) {
        if (worlds() > 0) {
            throw new IllegalStateException("worlds were written already");
        }
        int count = (size + articlesPerWorld() - 1) / articlesPerWorld();
        long last = (long) count * articlesPerWorld();
        if (store.heads(List.of(last)).stream().noneMatch(h -> h.file() != null && h.file().startsWith("w" + (count - 1) + "/"))
                || !store.heads(List.of(last + 1)).stream().noneMatch(h -> h.file() != null && h.file().startsWith("w"))) {
            throw new IllegalArgumentException("the store is not one of " + size + " articles the serve bench made");
        }
        for (int world = 0; world < count; world++) {
            Map<Long, Long> ids = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                ids.put(articles.get(i).id(), (long) world * articlesPerWorld() + i + 1);
            }
            Map<Long, Long> clusters = new HashMap<>();
            for (Long cluster : clusterOf.values()) {
                clusters.put(cluster, clusterStride * world + cluster);
            }
            articleIds.add(ids);
            clusterIds.add(clusters);
        }
    }

    /**
     * The words of the template's titles, four letters or more, each once, in order of first
     * appearance: what a reader of these articles would search for.
     */
    List<String> titleWords() {
        Set<String> words = new LinkedHashSet<>();
        for (StoredArticle a : articles) {
            String title = a.article().source().title();
            if (title != null) {
                WORD.matcher(title).results().map(MatchResult::group).forEach(words::add);
            }
        }
        return List.copyOf(words);
    }

    /** How many events each world holds: the template's. */
    int eventsPerWorld() {
        return events.size();
    }

    /** The export id of the template's {@code index}-th event in the given world. */
    String eventId(int world, int index) {
        CorpusEvent e = events.get(index);
        return CorpusEvent.exportId(clusterIds.get(world).getOrDefault(e.cluster(), clusterStride * world + e.cluster()),
                e.number());
    }

    /** The highest id of an article written so far. */
    long newestArticle() {
        return articleIds.stream().flatMap(ids -> ids.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    /** Saves one more world's articles and places them in its clusters. */
    void writeWorld(ArticleStore store) {
        int world = articleIds.size();
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, Long> clusters = new HashMap<>();
        for (StoredArticle a : articles) {
            ids.put(a.id(), store.save(variant(a.article(), world, ids)));
        }
        for (StoredArticle a : articles) {
            Long cluster = clusterOf.get(a.id());
            if (cluster == null) {
                continue;
            }
            long newCluster = clusterStride * world + cluster;
            clusters.put(cluster, newCluster);
            long id = ids.get(a.id());
            if (a.article().status() == ArticleStatus.DUPLICATE) {
                store.eventClusters().placeCopy(id, newCluster);
            } else {
                Placement p = placements.get(a.id());
                ClusterProfile t = profiles.get(cluster);
                store.eventClusters().place(new Placement(id, newCluster, p.opened(), p.score(), p.reason()),
                        new ClusterProfile(newCluster, t.size(), t.terms(), t.event(), t.embedding()), List.of(),
                        List.of());
            }
        }
        articleIds.add(ids);
        clusterIds.add(clusters);
    }

    /**
     * Writes the corpus model of every world written so far: the entities replaced whole (as an
     * entity update does), the events of the worlds not yet given theirs, and every story.
     */
    void writeModel(ArticleStore store, int modelledWorlds) {
        List<CorpusEntity> all = new ArrayList<>();
        for (int w = 0; w < worlds(); w++) {
            for (CorpusEntity e : entities) {
                all.add(entity(e, w));
            }
        }
        long newest = articleIds.get(worlds() - 1).values().stream().mapToLong(Long::longValue).max().orElse(0);
        store.corpusEntities().replace(all, List.of(), newest);
        Map<Long, CorpusEvents.Merged> merged = new LinkedHashMap<>();
        for (int w = modelledWorlds; w < worlds(); w++) {
            Map<Long, List<CorpusEvent>> byCluster = new LinkedHashMap<>();
            for (Long cluster : clusterIds.get(w).values()) {
                byCluster.put(cluster, new ArrayList<>());
            }
            for (CorpusEvent e : events) {
                CorpusEvent copy = event(e, w);
                byCluster.computeIfAbsent(copy.cluster(), c -> new ArrayList<>()).add(copy);
            }
            byCluster.forEach((c, es) -> merged.put(c, new CorpusEvents.Merged("synthetic", EventMerger.RULES, es)));
        }
        List<Story> threads = new ArrayList<>();
        for (int w = 0; w < worlds(); w++) {
            for (Story s : stories) {
                threads.add(story(s, w));
            }
        }
        store.corpusEvents().update(merged, List.of(), threads, StoryThreader.RULES);
    }

    private AnalyzedArticle variant(AnalyzedArticle a, int world, Map<Long, Long> ids) {
        ArticleSource s = a.source();
        String file = "w" + world + "/" + s.file();
        ArticleSource source = new ArticleSource(file, "w" + world + "/" + s.sourceKey(), s.format(), s.title(), "",
                s.url() == null ? null : s.url() + "?w=" + world, s.outlet(), s.outletBasis(),
                published(s.published(), world), s.language());
        return new AnalyzedArticle(source, a.contentHash() + "-" + world, a.status(), a.error(),
                a.duplicateOf() == null ? null : ids.get(a.duplicateOf()), a.text(), a.removed(), a.entities(),
                a.timexes(), a.tokenCount(), a.notes(), a.quotes(), a.claims(), a.events());
    }

    private static PublicationDate published(PublicationDate p, int world) {
        return p.date() == null || !DAY.matcher(p.day()).matches() ? p
                : new PublicationDate(shift(p.day(), world), p.basis(), p.confidence());
    }

    private static String shift(String day, int world) {
        return LocalDate.parse(day).plusDays(world % 3000).toString();
    }

    private CorpusEntity entity(CorpusEntity e, int world) {
        EntityCluster c = e.cluster();
        List<EntityRef> members = c.members().stream()
                .map(r -> new EntityRef(articleIds.get(world).get(r.article()), r.index())).toList();
        return new CorpusEntity(entityStride * world + e.id(), new EntityCluster(named(c.name(), world), c.type(),
                c.place(), c.aliases().stream().map(n -> named(n, world)).toList(), members, c.links()));
    }

    /**
     * The name in world 0, then each word of it behind a prefix of the world's own ("Kb", "Kc", ...),
     * so that a name asked for in one world is found in no other one. A word is a run of letters and
     * digits, as the index of names folds it: "@KowalskaAnna" is "KbKowalskaAnna", "Jean-Claude"
     * "KbJean KbClaude" (with "Kb@KowalskaAnna" the index held "kowalskaanna" for every world, and
     * an added article that named it joined fifty worlds' copies a run).
     */
    private static String named(String name, int world) {
        if (world == 0) {
            return name;
        }
        StringBuilder tag = new StringBuilder("K");
        for (int w = world; w > 0; w /= 26) {
            tag.append((char) ('a' + w % 26));
        }
        return Arrays.stream(NOT_WORD.split(name)).filter(word -> !word.isEmpty()).map(word -> tag + word)
                .collect(Collectors.joining(" "));
    }

    private long entityId(Long id, int world) {
        return entityStride * world + id;
    }

    private CorpusEvent event(CorpusEvent e, int world) {
        Map<Long, Long> ids = articleIds.get(world);
        EventDate d = e.date();
        EventDate date = d.value() != null && DAY.matcher(d.value()).matches()
                ? new EventDate(shift(d.value(), world), d.basis(), d.confidence(), d.note()) : d;
        return new CorpusEvent(clusterIds.get(world).getOrDefault(e.cluster(), clusterStride * world + e.cluster()),
                e.number(), e.type(), e.cameo(), e.salience(), e.title(), date,
                e.location() == null ? null : entityId(e.location(), world),
                e.participants().stream().map(p -> entityId(p, world)).toList(),
                e.articles().stream().map(ids::get).toList(),
                e.evidence().stream().map(v -> new CorpusEvent.Evidence(ids.get(v.article()), v.span())).toList());
    }

    private Story story(Story s, int world) {
        Map<Long, Long> clusters = clusterIds.get(world);
        return new Story(clusters.get(s.id()), s.title(), s.events().stream().map(v -> {
            String[] parts = v.substring(1).split("\\.");
            long cluster = clusters.get(Long.parseLong(parts[0]));
            return CorpusEvent.exportId(cluster, parts.length == 1 ? 0 : Integer.parseInt(parts[1]));
        }).toList());
    }
}
