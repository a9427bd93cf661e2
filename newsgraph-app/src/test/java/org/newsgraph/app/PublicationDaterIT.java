package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Timex;
import org.newsgraph.testkit.InMemoryArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * The real recipe, real CoreNLP models, on the seed articles without any metadata: the
 * publication dates their texts give, and the time expressions anchored on them. Prints what it
 * found, for the reader of the build log.
 */
class PublicationDaterIT {

    @TempDir
    static Path dir;

    private static List<StoredArticle> articles;

    @BeforeAll
    static void analyseTheSeedsWithoutMetadata() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("seeds"));
        for (Path seed : Seeds.files()) {
            Files.copy(seed, inputs.resolve(seed.getFileName()));
        }
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        InMemoryArticleStore store = new InMemoryArticleStore();
        RunSummary summary = newsgraph.analyzer().analyze(List.of(inputs), store, newsgraph.coreNlp(() -> { }),
                ProgressListener.SILENT);
        assertThat(summary.count(Outcome.OK)).isEqualTo(5);
        articles = store.articles();
        articles.forEach(s -> System.out.println("[PublicationDaterIT] " + s.article().source().file() + " "
                + s.article().source().published() + " " + s.article().notes()));
    }

    @Test
    void datesAnArticleByTheEmbedItsOwnWeekdayConfirms() {
        PublicationDate published = article("001").source().published();

        assertThat(published.date()).isEqualTo("2023-04-20");
        assertThat(published.basis()).isEqualTo(Basis.TEXT);
        assertThat(article("001").notes()).anyMatch(n -> n.contains("embed") && n.contains("Thursday"));
    }

    @Test
    void anchorsTheArticlesWeekdayOnTheDateItsTextGives() {
        assertThat(article("001").timexes()).filteredOn(t -> t.text().contains("Thursday"))
                .isNotEmpty()
                .extracting(Timex::value).containsOnly("2023-04-20");
    }

    @Test
    void datesAnArticleByTheDateLineUnderItsHeadline() {
        PublicationDate published = article("002").source().published();

        assertThat(published.date()).isEqualTo("2024-04-29");
        assertThat(published.basis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void givesNoDateToArticlesWithWeekdaysOrADayWithoutAYearOnly() {
        for (String prefix : List.of("000", "003", "004")) {
            assertThat(article(prefix).source().published()).as(prefix).isEqualTo(PublicationDate.none());
        }
    }

    private static AnalyzedArticle article(String prefix) {
        return articles.stream().map(StoredArticle::article)
                .filter(a -> a.source().file().startsWith(prefix)).findFirst().orElseThrow();
    }
}
