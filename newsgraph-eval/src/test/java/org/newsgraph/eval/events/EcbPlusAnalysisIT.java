package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * The product arm of {@link EcbPlusClusterEval} on three ECB+ articles, so that it keeps working
 * while the full run is off: the real recipe and models into a real store, and each file back to
 * its stored article. 21_8ecb.txt is a wire copy of 21_12ecb.txt, stored as its duplicate.
 */
class EcbPlusAnalysisIT {

    @TempDir
    Path dir;

    @Test
    void analysesArticlesIntoAStoreAndFindsEachFilesArticleWithCopiesBesideTheirOriginals() {
        Path text = Seeds.shared().resolve("data/ecbplus/text");
        List<Path> files = List.of(text.resolve("21_12ecb.txt"), text.resolve("21_1ecbplus.txt"),
                text.resolve("21_8ecb.txt"));
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());

        AnalysedCorpus corpus;
        try (ArticleStore store = newsgraph.openStore(dir.resolve("store"))) {
            corpus = AnalysedCorpus.analyse(newsgraph, newsgraph.coreNlp(() -> { }), files, store,
                    new RunTiming.Listener(100, line -> { }));
        }

        assertThat(corpus.summary().count(Outcome.OK)).isEqualTo(2);
        assertThat(corpus.summary().count(Outcome.DUPLICATE)).isEqualTo(1);
        assertThat(corpus.articleOf()).containsOnlyKeys("21_12ecb.txt", "21_1ecbplus.txt", "21_8ecb.txt");
        assertThat(corpus.copyOf()).containsExactly(
                Map.entry(corpus.articleOf().get("21_8ecb.txt"), corpus.articleOf().get("21_12ecb.txt")));
        assertThat(corpus.timing().articles()).isEqualTo(3);
        Map<Long, String> clusters = Map.of(corpus.articleOf().get("21_12ecb.txt"), "one",
                corpus.articleOf().get("21_1ecbplus.txt"), "two");
        assertThat(corpus.partition(clusters).partition().clusterOf()).containsEntry("21_8ecb.txt", "cluster one");
    }
}
