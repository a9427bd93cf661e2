package org.newsgraph.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * Event ids last, in a real store, with real CoreNLP analyses of seven press-ua releases of one day
 * (2021-11-26, one press conference told in seven releases): every event id an export named, as a
 * user bookmarks it, still names the event that holds its reports after a second analyze adds
 * releases to its cluster, and after a recluster splits that cluster; or the export's
 * {@code event_merges} lead from it to that event. Before ids lasted, the second analyze numbered
 * the first run's events of the cluster anew: the release a new report of the office kept apart (its
 * own main event) took v1.2, and v1.2 to v1.6 each named another event than before.
 */
class EventIdsIT {

    private static final List<String> FIRST = List.of("z897", "z901", "z903");
    private static final List<String> SECOND = List.of("z894", "z898", "z900", "z902");

    @TempDir
    Path temp;

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());

    @Test
    void aBookmarkedEventIdNamesItsEventAfterLaterAnalyzeRunsAndARecluster() throws IOException {
        NlpAnnotator corenlp = newsgraph.coreNlp(() -> { });
        try (ArticleStore store = newsgraph.openStore(temp.resolve("store"))) {
            newsgraph.analyzer().analyze(List.of(releases("first", FIRST)), store, corenlp, ProgressListener.SILENT);
            ExportDocument first = export(store);
            Map<String, Set<String>> bookmarks = told(first);
            assertThat(bookmarks).as("the first run's events").hasSizeGreaterThan(3);

            newsgraph.analyzer().analyze(List.of(releases("second", SECOND)), store, corenlp, ProgressListener.SILENT);
            ExportDocument second = export(store);
            assertThat(second.clusters()).as("the new releases joined the first ones' cluster").hasSize(1);
            assertFollowed(bookmarks, second);
            bookmarks.putAll(told(second));

            ReclusterRule split = new ReclusterRule(ReclusterRule.Start.ARTICLES, 0.3, 1, false);
            newsgraph.reclusterRecipe(store, ReclusterWindow.all(), split, line -> { }).run();
            ExportDocument third = export(store);
            assertThat(third.clusterHistory()).as("the recluster split the cluster").isNotEmpty()
                    .allSatisfy(h -> assertThat(h.kind()).isEqualTo("split"));
            assertFollowed(bookmarks, third);
            assertThat(third.eventMerges()).as("the events the split moved").isNotEmpty()
                    .allSatisfy(m -> assertThat(m.reason()).startsWith("moved to cluster c"));
            assertNeverGivenAgain(List.of(first, second, third));
        }
    }

    /**
     * Each bookmarked id names an event that tells every sentence it told, directly or through the
     * merges that retired it.
     */
    private static void assertFollowed(Map<String, Set<String>> bookmarks, ExportDocument now) {
        Map<String, Set<String>> told = told(now);
        Map<String, String> into = new HashMap<>();
        now.eventMerges().forEach(m -> into.put(m.merged(), m.into()));
        bookmarks.forEach((id, sentences) -> {
            String followed = id;
            for (int hops = 0; !told.containsKey(followed) && into.containsKey(followed) && hops < 100; hops++) {
                followed = into.get(followed);
            }
            assertThat(told).as("bookmark " + id + " leads to an event (" + followed + ")").containsKey(followed);
            assertThat(told.get(followed)).as("bookmark " + id + ", now " + followed).containsAll(sentences);
        });
    }

    /** No export names as an event an id an earlier one retired, unless a cluster's event stands again. */
    private static void assertNeverGivenAgain(List<ExportDocument> exports) {
        Set<String> retired = new HashSet<>();
        for (ExportDocument e : exports) {
            e.events().forEach(v -> assertThat(retired).as("given again").doesNotContain(v.id()));
            e.eventMerges().forEach(m -> retired.add(m.merged()));
        }
    }

    /** Each event's id and the sentences that tell it ({@code a3:120-180}). */
    private static Map<String, Set<String>> told(ExportDocument export) {
        Map<String, Set<String>> told = new TreeMap<>();
        export.events().forEach(e -> {
            Set<String> sentences = new HashSet<>();
            e.evidence().forEach(v -> sentences.add(v.article() + ":" + v.start() + "-" + v.end()));
            told.put(e.id(), sentences);
        });
        return told;
    }

    private static ExportDocument export(ArticleStore store) {
        return new ExportReader().whole(store);
    }

    /** These releases of press-ua in a folder of their own, with their lines of its metadata. */
    private Path releases(String folder, List<String> names) throws IOException {
        Path corpus = Seeds.shared().resolve("data/press-ua/text");
        Path dir = Files.createDirectories(temp.resolve(folder));
        List<String> metadata = new ArrayList<>();
        for (String name : names) {
            Files.copy(corpus.resolve(name + ".txt"), dir.resolve(name + ".txt"));
            Files.readAllLines(corpus.resolve("metadata.jsonl")).stream()
                    .filter(line -> line.contains("\"" + name + ".txt\"")).forEach(metadata::add);
        }
        Files.write(dir.resolve("metadata.jsonl"), metadata);
        return dir;
    }
}
