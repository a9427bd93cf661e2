package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * The export's quotes on the five seed articles, analysed for real (CoreNLP, the recipe, the
 * SQLite store, the export), against the 20 gold quotes of {@code ../shared/gold/seeds.json}.
 * Pins how many are found and how many have the right speaker; no quote may come from a line
 * the cleaner removed.
 */
class SeedQuoteEval {

    /** Gold quotes found today (docs/quality.md): all 20. */
    private static final int PINNED_FOUND = 20;
    /** Gold quotes found with the right speaker today: all 20. */
    private static final int PINNED_SPEAKER_RIGHT = 20;

    @TempDir
    static Path dir;

    private static SeedQuoteScore score;

    @BeforeAll
    static void analyseAndExportTheSeeds() {
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        ExportDocument export;
        try (ArticleStore store = newsgraph.openStore(dir.resolve("store"))) {
            RunSummary summary = newsgraph.analyzer().analyze(List.of(Seeds.folder()), store, newsgraph.coreNlp(() -> { }),
                    ProgressListener.SILENT);
            assertThat(summary.count(Outcome.OK)).isEqualTo(5);
            export = new ExportReader().whole(store);
        }
        score = SeedQuoteScore.of(export, SeedQuoteGold.read(Seeds.shared().resolve("gold/seeds.json")));
        System.out.println("SeedQuoteEval:\n" + score.render());
    }

    @Test
    void scoresEveryGoldQuote() {
        assertThat(score.lines()).hasSize(20);
    }

    @Test
    void findsThePinnedNumberOfGoldQuotes() {
        assertThat(score.found()).as(score.render()).isGreaterThanOrEqualTo(PINNED_FOUND);
    }

    @Test
    void givesThePinnedNumberOfGoldQuotesTheirSpeaker() {
        assertThat(score.speakersRight()).as(score.render()).isGreaterThanOrEqualTo(PINNED_SPEAKER_RIGHT);
    }

    @Test
    void takesNoQuoteFromARemovedLine() {
        assertThat(score.fromRemoved()).as(score.render()).isEmpty();
    }
}
