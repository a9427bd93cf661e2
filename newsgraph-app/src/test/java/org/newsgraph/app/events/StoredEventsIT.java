package org.newsgraph.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.event.EventConfig;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.EventMerger;
import org.newsgraph.story.StoryThreader;
import org.newsgraph.testkit.Seeds;

/**
 * The events and stories analyze stores, in a real store from real CoreNLP analyses of ECB+ news,
 * answer what merging and threading every stored article again gives; a second run merges again
 * only the clusters its articles touch, and the answers still equal a full recomputation.
 */
class StoredEventsIT {

    @TempDir
    Path temp;

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());

    @Test
    void theStoredModelAnswersAsARecomputationAndASecondRunMergesOnlyWhatItTouches() throws IOException {
        List<Path> texts = ecbPlus();
        Path first = copy(texts.stream().filter(p -> name(p).startsWith("10_")).limit(8), "first");
        copy(texts.stream().filter(p -> name(p).startsWith("11_")).limit(6), "first");
        Path second = copy(texts.stream().filter(p -> name(p).startsWith("10_")).skip(8).limit(4), "second");
        copy(texts.stream().filter(p -> name(p).startsWith("12_")).limit(4), "second");
        NlpAnnotator corenlp = newsgraph.coreNlp(() -> { });

        try (ArticleStore store = newsgraph.openStore(temp.resolve("store"))) {
            newsgraph.analyzer().analyze(List.of(first), store, corenlp, ProgressListener.SILENT);
            assertEqualsRecomputation(store);
            assertQueriesAnswerAsTheExport(store);
            Snapshot before = Snapshot.of(store);

            newsgraph.analyzer().analyze(List.of(second), store, corenlp, ProgressListener.SILENT);

            Snapshot after = Snapshot.of(store);
            Set<Long> mergedAgain = after.changedSince(before);
            assertThat(mergedAgain).as("merged again: the clusters the new articles, merges and entities touch")
                    .isEqualTo(after.touchedSince(before));
            assertThat(after.inputs.keySet()).as("some clusters kept their events").anySatisfy(c -> assertThat(mergedAgain).doesNotContain(c));
            assertThat(before.inputs.keySet()).as("clusters merged away lose their events")
                    .allSatisfy(c -> assertThat(after.inputs.containsKey(c)).isEqualTo(after.clusterOf.containsValue(c)));
            assertEqualsRecomputation(store);
            assertQueriesAnswerAsTheExport(store);
        }
    }

    /**
     * The catalog that reads the store by query answers as the catalog of the whole export: the same
     * events, names, sources and undated reasons (listings leave the evidence sentences to stories),
     * the same stories with their evidence, and a limited listing is the listing's head.
     */
    private void assertQueriesAnswerAsTheExport(ArticleStore store) {
        EventCatalog queried = EventCatalog.of(store);
        EventCatalog whole = new EventCatalog(new ExportReader().whole(store));
        List<ListedEvent> all = whole.events(EventQuery.all());
        Set<String> some = new TreeSet<>();
        all.stream().limit(3).forEach(e -> some.addAll(e.event().participants()));
        Set<String> places = new TreeSet<>();
        all.stream().map(e -> e.event().location()).filter(Objects::nonNull).limit(2).forEach(places::add);
        String type = all.get(all.size() - 1).event().type().toUpperCase(Locale.ROOT);
        DatePeriod day = all.stream().map(e -> DatePeriod.of(e.event().date().value())).flatMap(Optional::stream)
                .findFirst().orElseThrow();
        String outlet = store.outlets().stream().findFirst().map(o -> o.toUpperCase(Locale.ROOT)).orElse("none");
        for (EventQuery query : List.of(EventQuery.all(), new EventQuery(null, some, null, null, false),
                new EventQuery(null, null, places, null, "main", null, null), new EventQuery(null, null, null, null, true),
                new EventQuery(type, null, null, null, false), new EventQuery(null, null, null, null, "reported", null, null),
                new EventQuery(null, null, null, null, null, day, day), new EventQuery(null, null, null, null, null, null, day),
                new EventQuery(type, null, places, outlet, null, day, null), new EventQuery(null, null, null, outlet, null, null, null))) {
            List<ListedEvent> picked = whole.events(query);
            assertThat(unsaid(queried.events(query))).as("events of " + query).isEqualTo(unsaid(picked));
            assertThat(queried.count(query)).as("count of " + query).isEqualTo(picked.size());
            assertThat(unsaid(queried.events(query, 1, 2))).as("a page of " + query)
                    .isEqualTo(unsaid(picked.subList(Math.min(1, picked.size()), Math.min(3, picked.size()))));
            Timeline a = queried.timeline(query);
            Timeline b = whole.timeline(query);
            assertThat(unsaid(a.events())).isEqualTo(unsaid(b.events()));
            assertThat(a.undated()).isEqualTo(b.undated());
            assertThat(a.undatedMain().stream().map(u -> u.event().event().id() + ": " + u.reason()).toList())
                    .isEqualTo(b.undatedMain().stream().map(u -> u.event().event().id() + ": " + u.reason()).toList());
        }
        EventCatalog.Page head = queried.events(EventQuery.all(), 3);
        assertThat(unsaid(head.events())).isEqualTo(unsaid(all.subList(0, Math.min(3, all.size()))));
        assertThat(head.more()).isEqualTo(all.size() > 3);
        assertThat(queried.stories()).isEqualTo(whole.stories());
        whole.stories().forEach(s -> assertThat(queried.story(s.id())).isEqualTo(whole.story(s.id())));
        assertThat(queried.size()).isEqualTo(whole.size());
        assertThat(queried.analysedArticles()).isEqualTo(whole.analysedArticles());
    }

    /** The events without their reports' evidence sentences. */
    private static List<ListedEvent> unsaid(List<ListedEvent> events) {
        return events.stream().map(e -> new ListedEvent(e.event(), e.place(), e.participants(), e.reports().stream()
                .map(r -> new ListedEvent.Report(r.article(), r.source(), null)).toList())).toList();
    }

    /** The stored events and stories, and how they stand, against merging and threading every article now. */
    private static void assertEqualsRecomputation(ArticleStore store) {
        Map<Long, Long> clusterOf = store.eventClusters().assignment();
        List<StoredArticle> articles = new ClusterDater().dated(store.articles(), clusterOf);
        List<CorpusEvent> events = new EventMerger(EventConfig.defaults().reportedDays())
                .merge(articles, clusterOf, store.corpusEntities().assignment());
        assertThat(events).as("a corpus with events").isNotEmpty();
        assertThat(store.corpusEvents().events()).isEqualTo(events);
        assertThat(store.corpusEvents().stories())
                .isEqualTo(new StoryThreader().thread(events, store.corpusEntities().entities()));
        assertThat(store.corpusEvents().state(EventMerger.RULES, StoryThreader.RULES))
                .isEqualTo(CorpusEvents.State.CURRENT);
    }

    /** What the events of each cluster were merged from, and what they are made of, at one moment. */
    private record Snapshot(Map<Long, String> inputs, Map<Long, Long> clusterOf, Map<EntityRef, Long> entityIds) {

        static Snapshot of(ArticleStore store) {
            return new Snapshot(store.corpusEvents().mergedInputs(), store.eventClusters().assignment(),
                    store.corpusEntities().assignment());
        }

        /** The clusters whose stored events were merged after {@code before}. */
        Set<Long> changedSince(Snapshot before) {
            Set<Long> changed = new TreeSet<>();
            inputs.forEach((c, in) -> {
                if (!in.equals(before.inputs.get(c))) {
                    changed.add(c);
                }
            });
            return changed;
        }

        /**
         * The clusters that changed after {@code before}, told from the clusters and entities alone:
         * those of articles new or moved, and those of articles whose entities now belong elsewhere.
         */
        Set<Long> touchedSince(Snapshot before) {
            Set<Long> articles = new HashSet<>();
            clusterOf.forEach((a, c) -> {
                if (!c.equals(before.clusterOf.get(a))) {
                    articles.add(a);
                }
            });
            Set<EntityRef> refs = new HashSet<>(entityIds.keySet());
            refs.addAll(before.entityIds.keySet());
            refs.stream().filter(r -> !Objects.equals(entityIds.get(r), before.entityIds.get(r)))
                    .forEach(r -> articles.add(r.article()));
            Set<Long> touched = new TreeSet<>();
            articles.stream().map(clusterOf::get).filter(Objects::nonNull).forEach(touched::add);
            return touched;
        }
    }

    private static List<Path> ecbPlus() throws IOException {
        try (Stream<Path> files = Files.list(Seeds.shared().resolve("data/ecbplus/text"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private Path copy(Stream<Path> files, String folder) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        for (Path f : files.toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
