package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.EntityType;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/**
 * The search and reindex commands on a real store and a real index, filled by the real analyze use
 * case from two articles of our own, one writing Kiev and one Kyiv (names found by the fake
 * annotator; the gazetteer and the resolver make them one entity).
 */
class SearchCommandIT {

    private static final FakeNlpAnnotator NAMES = FakeNlpAnnotator.withNames(
            Map.of("Kiev", EntityType.LOCATION, "Kyiv", EntityType.LOCATION));

    @TempDir
    Path dir;
    private Path store;
    private Newsgraph newsgraph;

    @BeforeEach
    void analyze() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("kiev.txt"), "Minister visits Kiev\n\nThe foreign minister arrived in Kiev on "
                + "Monday for talks on air defence.");
        Files.writeString(inputs.resolve("kyiv.txt"), "Summit opens in Kyiv\n\nLeaders met in Kyiv on Tuesday. They did "
                + "not discuss air defence.");
        store = dir.resolve("store");
        newsgraph = new Newsgraph(NewsgraphConfig.defaults().withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore articles = newsgraph.openStore(store); SearchIndex index = newsgraph.openSearchIndex(store)) {
            newsgraph.analyzer().analyze(List.of(inputs), articles, NAMES, ProgressListener.SILENT);
            new SearchIndexer().update(articles, index, false, SearchIndexer.Progress.SILENT);
        }
    }

    @Test
    void aNameFindsBothSpellingsAndMarksWhatMatched() {
        Cli run = Cli.run("search", "Kyiv", "--kind", "article", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a1  article", "a2  article", "arrived in «Kiev»", "met in «Kyiv»", "2 of 2 hits");
        assertThat(run.err()).doesNotContain("behind");
    }

    @Test
    void aPhraseAndTheFiltersNarrowTheHits() {
        Cli phrase = Cli.run("search", "\"talks on air defence\"", "--kind", "article", "--store", store);
        assertThat(phrase.out()).contains("a1  article", "1 of 1 hits", "«talks on air defence»").doesNotContain("a2  article");

        Cli entities = Cli.run("search", "Kyiv", "--kind", "entity", "--store", store);
        assertThat(entities.out()).contains("entity", "«Kyiv»", "«Kiev»", "1 of 1 hits");
    }

    @Test
    void aBadQueryOrOptionExitsWithTwoAndSaysWhy() {
        Cli quote = Cli.run("search", "\"Kyiv", "--store", store);
        assertThat(quote.exitCode()).isEqualTo(2);
        assertThat(quote.err()).contains("a quote is not closed").doesNotContain("Exception");

        Cli kind = Cli.run("search", "Kyiv", "--kind", "poem", "--store", store);
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind poem");

        Cli date = Cli.run("search", "Kyiv", "--from", "2023-13", "--store", store);
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--from 2023-13: not a date");
    }

    @Test
    void anIndexBehindTheStoreIsNotedAndTheNextAnalyzeCatchesUp() {
        try (SearchIndex index = newsgraph.openSearchIndex(store)) {
            // what a run killed after the store's commit and before the index's leaves
            index.replace(List.of(), "the state before the run", done -> { });
        }
        Cli behind = Cli.run("search", "Kyiv", "--store", store);
        assertThat(behind.err()).contains("the search index is behind the store", "./newsgraph analyze --store");
        assertThat(behind.out()).contains("no hits");

        Cli analyze = Cli.run("analyze", "--store", store);
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.out()).containsPattern("search index: \\d+ documents");

        Cli current = Cli.run("search", "Kyiv", "--store", store);
        assertThat(current.err()).doesNotContain("behind");
        assertThat(current.out()).contains("a1  article", "a2  article");
        assertThat(Cli.run("analyze", "--store", store).out()).contains("search index: current");
    }

    @Test
    void reindexMakesAMissingIndexAgainAndSaysSo() throws IOException {
        try (var files = Files.walk(store.resolve("search"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Cli missing = Cli.run("search", "Kyiv", "--store", store);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no search index", "./newsgraph reindex --store " + store);

        Cli reindex = Cli.run("reindex", "--store", store);
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).containsPattern("search index: \\d+ documents in [0-9.]+ s: " + store.resolve("search"));
        assertThat(Cli.run("search", "Kiev", "--store", store).out()).contains("a1  article", "a2  article");

        Cli noStore = Cli.run("reindex", "--store", dir.resolve("nowhere"));
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store at");
    }
}
