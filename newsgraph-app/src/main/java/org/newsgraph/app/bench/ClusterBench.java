package org.newsgraph.app.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.newsgraph.cluster.ArticleProfile;
import org.newsgraph.cluster.ClusterConfig;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.store.ArticleStore;

/**
 * Measures what adding one article to the event clusters costs as the store grows: synthetic
 * articles (each reporting one of many events: a few dozen words of its own among common words
 * drawn by Zipf's law, entities, a place and a day) are placed one by one in a real store, and the
 * mean time per placement is taken over a window at each size. Only clustering is timed: the
 * profile is made up front, as the NLP would give it.
 */
public final class ClusterBench {

    private static final int VOCABULARY = 30_000;
    private static final int WINDOW = 200;

    private final ClusterConfig config;
    private final Consumer<String> log;

    public ClusterBench(ClusterConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
    }

    /** Places articles until the store holds the largest size, timing the window before each size. */
    public ClusterBenchReport run(ArticleStore store, List<Integer> sizes) {
        Random random = new Random(42);
        EventClusterer clusterer = new EventClusterer(store.eventClusters(), config);
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<ClusterBenchReport.Size> measured = new ArrayList<>();
        long windowNanos = 0;
        for (int n = 1; n <= largest; n++) {
            long id = store.save(article(n));
            ArticleProfile profile = profile(id, random);
            long start = System.nanoTime();
            clusterer.place(profile);
            long took = System.nanoTime() - start;
            int size = n;
            if (sizes.stream().anyMatch(s -> s - size < WINDOW && s >= size)) {
                windowNanos += took;
            }
            if (sizes.contains(n)) {
                measured.add(new ClusterBenchReport.Size(n, windowNanos / 1e6 / WINDOW));
                windowNanos = 0;
            }
            if (n % 1000 == 0) {
                log.accept("clustering: " + n + " of " + largest + " articles placed");
            }
        }
        int clusters = (int) store.eventClusters().assignment().values().stream().distinct().count();
        return new ClusterBenchReport(measured, WINDOW, clusters);
    }

    private static AnalyzedArticle article(int n) {
        ArticleSource source = new ArticleSource("bench-" + n + ".txt", "bench-" + n + ".txt", SourceFormat.TEXT,
                "bench article " + n, "", null, null, Basis.NONE, PublicationDate.none(), "en");
        return new AnalyzedArticle(source, Integer.toHexString(n), ArticleStatus.OK, null, null, "", List.of(),
                List.of(), List.of(), 0);
    }

    /** An article on one of n/3 events (so events have a few reports each), as its profile. */
    private static ArticleProfile profile(long id, Random random) {
        int event = random.nextInt((int) Math.max(1, id / 3 + 1));
        Random own = new Random(event * 7919L);
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            terms.merge("e" + event + "w" + own.nextInt(40), 1, Integer::sum);
        }
        for (int i = 0; i < 120; i++) {
            terms.merge("w" + zipf(random), 1, Integer::sum);
        }
        Map<Long, Integer> participants = Map.of(1_000_000L + own.nextInt(5_000), 1);
        participants.keySet().forEach(e -> terms.merge(ArticleProfile.entityKey(e), 3, Integer::sum));
        terms.merge(ArticleProfile.entityKey(own.nextInt(500)), 2, Integer::sum);
        long place = own.nextInt(2_000);
        String day = LocalDate.of(2020, 1, 1).plusDays(own.nextInt(1_500)).toString();
        EventSignature signature = new EventSignature("meeting", participants,
                new EventPlace(place, 10_000 + place, "C" + place % 200, false,
                        own.nextDouble() * 120 - 60, own.nextDouble() * 360 - 180), day, day);
        return new ArticleProfile(id, terms, signature, embedding(own, random));
    }

    /** A sentence embedding of the model's 384 dimensions: the event's direction, and some noise. */
    private static float[] embedding(Random event, Random noise) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (event.nextGaussian() + 0.5 * noise.nextGaussian());
        }
        return v;
    }

    /** A word rank drawn by Zipf's law over the vocabulary, by inverting its cumulative weight. */
    private static int zipf(Random random) {
        double harmonic = Math.log(VOCABULARY) + 0.5772;
        return (int) Math.min(VOCABULARY - 1, Math.exp(random.nextDouble() * harmonic - 0.5772));
    }
}
