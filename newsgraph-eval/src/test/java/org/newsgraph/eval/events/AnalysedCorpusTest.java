package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.StoredArticle;

class AnalysedCorpusTest {

    private static final RunSummary SUMMARY = new RunSummary(Map.of(Outcome.OK, 2, Outcome.DUPLICATE, 1), 0, 0, 0,
            Duration.ofSeconds(3), 0, 0, 0);
    private static final RunTiming TIMING = new RunTiming(Duration.ofSeconds(3), Duration.ofSeconds(1), 3);
    private static final List<StoredArticle> STORED = List.of(
            stored(7, "1_1ecb.txt", null), stored(8, "1_2ecb.txt", 7L), stored(9, "1_1ecbplus.txt", null));
    private static final List<String> FILES = List.of("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt");

    private final AnalysedCorpus corpus = AnalysedCorpus.of(FILES, SUMMARY, TIMING, STORED, List.of());

    @Test
    void mapsEachFileToItsStoredArticleAndACopyToItsOriginal() {
        assertThat(corpus.articleOf()).containsExactly(
                Map.entry("1_1ecb.txt", 7L), Map.entry("1_2ecb.txt", 8L), Map.entry("1_1ecbplus.txt", 9L));
        assertThat(corpus.copyOf()).isEqualTo(Map.of(8L, 7L));
        assertThat(corpus.rejected()).isEmpty();
        assertThat(corpus.copiedFiles()).isEqualTo(Map.of("1_2ecb.txt", "1_1ecb.txt"));
    }

    @Test
    void partitionsFilesAsTheStoreClustersTheirArticlesWithCopiesBesideTheirOriginals() {
        AnalysedCorpus.FilePartition p = corpus.partition(Map.of(7L, "c1", 9L, "c2"));

        assertThat(p.partition().clusterOf()).isEqualTo(Map.of(
                "1_1ecb.txt", "cluster c1", "1_2ecb.txt", "cluster c1", "1_1ecbplus.txt", "cluster c2"));
        assertThat(p.unclustered()).isEmpty();
    }

    @Test
    void aCopyTheClustererPlacedItselfStaysWhereItWasPut() {
        AnalysedCorpus.FilePartition p = corpus.partition(Map.of(7L, "c1", 8L, "c2", 9L, "c2"));

        assertThat(p.partition().clusterOf()).containsEntry("1_2ecb.txt", "cluster c2");
    }

    @Test
    void anArticleInNoClusterIsAloneAndListed() {
        AnalysedCorpus.FilePartition p = corpus.partition(Map.of(7L, "c1"));

        assertThat(p.unclustered()).containsExactly("1_1ecbplus.txt");
        assertThat(p.partition().clusterCount()).isEqualTo(2);
        assertThat(BCubed.of(p.partition(), BCubedTest.partition("1_1ecb.txt 1_2ecb.txt | 1_1ecbplus.txt")).f1())
                .isEqualTo(1);
    }

    @Test
    void aRejectedFileIsAloneAndListedWithItsReason() {
        List<String> files = List.of("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt", "1_3ecb.txt");
        List<Rejection> rejections = List.of(new Rejection("/data/text/1_3ecb.txt", "no article text found"),
                new Rejection("elsewhere/other.txt", "empty file"));

        AnalysedCorpus withRejection = AnalysedCorpus.of(files, SUMMARY, TIMING, STORED, rejections);
        AnalysedCorpus.FilePartition p = withRejection.partition(Map.of(7L, "c1", 9L, "c1"));

        assertThat(withRejection.rejected()).isEqualTo(Map.of("1_3ecb.txt", "no article text found"));
        assertThat(withRejection.articleOf()).doesNotContainKey("1_3ecb.txt");
        assertThat(p.partition().clusterOf()).containsEntry("1_3ecb.txt", "rejected 1_3ecb.txt")
                .containsEntry("1_1ecbplus.txt", "cluster c1");
        assertThat(p.partition().size()).isEqualTo(4);
        assertThat(p.unclustered()).isEmpty();
    }

    @Test
    void aFileNeitherStoredNorRejectedIsABug() {
        List<String> files = List.of("1_1ecb.txt", "1_2ecb.txt", "1_1ecbplus.txt", "1_3ecb.txt");

        assertThatThrownBy(() -> AnalysedCorpus.of(files, SUMMARY, TIMING, STORED, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 files neither stored nor rejected: [1_3ecb.txt]");
    }

    @Test
    void twoStoredArticlesFromOneFileNameAreAmbiguous() {
        List<StoredArticle> stored = List.of(stored(1, "a.txt", null), stored(2, "a.txt", null));

        assertThatThrownBy(() -> AnalysedCorpus.of(List.of("a.txt"), SUMMARY, TIMING, stored, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.txt");
    }

    @Test
    void timesArticlesAfterTheFirstApartFromModelLoading() {
        assertThat(TIMING.perArticleAfterFirst()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new RunTiming(Duration.ofSeconds(5), Duration.ofSeconds(5), 1).perArticleAfterFirst()).isZero();
    }

    private static StoredArticle stored(long id, String file, Long duplicateOf) {
        ArticleSource source = new ArticleSource(file, file, SourceFormat.TEXT, "A title", "A body.", null, null,
                Basis.NONE, PublicationDate.none(), null);
        ArticleStatus status = duplicateOf == null ? ArticleStatus.OK : ArticleStatus.DUPLICATE;
        return new StoredArticle(id, new AnalyzedArticle(source, "hash" + id, status, null, duplicateOf, "A body.",
                List.of(), List.of(), List.of(), 2));
    }
}
