package org.newsgraph.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.dedup.DedupConfig;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.language.LanguageTagger;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.testkit.FakeNlpAnnotator;
import org.newsgraph.testkit.InMemoryArticleStore;

class AnalyzerTest {

    @TempDir
    Path dir;

    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final List<String> heard = new ArrayList<>();

    @Test
    void analysesNewArticlesAndSkipsThemOnTheNextRun() throws IOException {
        write("a.txt", "Mayor visits port\n\nMayor Anna Kowalska visited the port. Kowalska spoke.");
        write("b.txt", "Storm hits coast\n\nA storm hit the coast on Monday.");
        NlpAnnotator nlp = FakeNlpAnnotator.withNames(Map.of("Anna Kowalska", EntityType.PERSON, "Kowalska", EntityType.PERSON));

        RunSummary first = analyzer(nlp).run(List.of(dir));
        RunSummary second = analyzer(nlp).run(List.of(dir));

        assertThat(first.count(Outcome.OK)).isEqualTo(2);
        assertThat(second.count(Outcome.OK)).isZero();
        assertThat(second.count(Outcome.ALREADY_STORED)).isEqualTo(2);
        assertThat(store.articles()).hasSize(2);
        AnalyzedArticle mayor = store.articles().get(0).article();
        assertThat(mayor.source().title()).isEqualTo("Mayor visits port");
        assertThat(mayor.text()).isEqualTo("Mayor Anna Kowalska visited the port. Kowalska spoke.");
        assertThat(mayor.entities()).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(first.entities()).isEqualTo(1);
    }

    @Test
    void anExactCopyFromAnotherFileIsStoredAsADuplicateWithoutAnalysis() throws IOException {
        write("a.txt", "Same\n\nThe same story, word for word.");
        write("b.txt", "Same\n\nThe same story, word for word.");
        FakeNlpAnnotator nlp = FakeNlpAnnotator.plain();

        RunSummary summary = analyzer(nlp).run(List.of(dir));

        assertThat(summary.count(Outcome.OK)).isEqualTo(1);
        assertThat(summary.count(Outcome.DUPLICATE)).isEqualTo(1);
        // one article annotated: its text and its title
        assertThat(nlp.textsSeen()).containsExactly("The same story, word for word.", "Same");
        StoredArticle copy = store.articles().get(1);
        assertThat(copy.article().status()).isEqualTo(ArticleStatus.DUPLICATE);
        assertThat(copy.article().duplicateOf()).isEqualTo(store.articles().get(0).id());
        assertThat(heard).contains("b.txt DUPLICATE copy of a1");
    }

    @Test
    void aNearCopyWithANewTitleAndADroppedSentenceIsADuplicateOfTheOriginal() throws IOException {
        String[] story = {
            "The harbour authority reopened the northern port on Monday after three days of storms.",
            "Ferries to the islands resumed in the afternoon, carrying mostly stranded workers home.",
            "Engineers inspected the breakwater overnight and found two cracks that need repair.",
            "The mayor said the repairs would take until the end of the month and cost about two million.",
            "Fishing crews were told to wait one more day before taking their boats out again.",
            "Residents of the lower town spent the weekend clearing mud from streets and cellars."};
        write("a.txt", "Port reopens after storms\n\n" + String.join("\n\n", story));
        write("b.txt", "Storm-hit harbour back in business\n\n" + String.join("\n\n", story[0], story[1], story[3],
                story[2], story[5]) + "\n\nAdditional reporting by our correspondent.");
        FakeNlpAnnotator nlp = FakeNlpAnnotator.plain();

        RunSummary summary = analyzer(nlp).run(List.of(dir));

        assertThat(summary.count(Outcome.OK)).isEqualTo(1);
        assertThat(summary.count(Outcome.DUPLICATE)).isEqualTo(1);
        // the original's text and title only: the copy is not annotated
        assertThat(nlp.textsSeen()).hasSize(2).contains("Port reopens after storms")
                .doesNotContain("Storm-hit harbour back in business");
        AnalyzedArticle copy = store.articles().get(1).article();
        assertThat(copy.duplicateOf()).isEqualTo(store.articles().get(0).id());
        assertThat(copy.text()).contains(story[5]);
    }

    @Test
    void anIndependentReportOfTheSameEventIsNotACopy() throws IOException {
        write("a.txt", "Port reopens\n\nThe harbour authority reopened the northern port on Monday after three days "
                + "of storms, and ferries to the islands resumed in the afternoon.");
        write("b.txt", "Ferries sail again\n\nAfter a stormy weekend, boats left the northern harbour on Monday "
                + "afternoon for the first time since Friday, officials said.");

        RunSummary summary = analyzer(FakeNlpAnnotator.plain()).run(List.of(dir));

        assertThat(summary.count(Outcome.OK)).isEqualTo(2);
        assertThat(summary.count(Outcome.DUPLICATE)).isZero();
    }

    @Test
    void anArticleStoredWithoutItsFingerprintGetsItOnTheNextRun() throws IOException {
        write("a.txt", "Port reopens\n\nThe harbour authority reopened the northern port on Monday after storms.");
        analyzer(FakeNlpAnnotator.plain()).run(List.of(dir));
        long id = store.articles().get(0).id();
        InMemoryArticleStore forgetful = new InMemoryArticleStore();
        forgetful.save(store.articles().get(0).article());
        NearDuplicateDetector copies = new NearDuplicateDetector(DedupConfig.defaults(), forgetful.seenArticles());
        assertThat(copies.remembers(id)).isFalse();

        IngestConfig ingest = IngestConfig.defaults();
        new Analyzer(new InputScanner(ingest), new ArticleReader(ingest),
                Newsgraph.recipe(LanguageTagger.unknown(), FakeNlpAnnotator.plain()), copies, forgetful,
                ProgressListener.SILENT, 1).run(List.of(dir));

        assertThat(copies.remembers(id)).isTrue();
    }

    @Test
    void badInputsAreRejectedWithTheirReasonAndTheRunGoesOn() throws IOException {
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        write("empty.txt", "");
        write("good.txt", "Fine\n\nA fine article.");

        RunSummary summary = analyzer(FakeNlpAnnotator.plain()).run(List.of(dir, dir.resolve("missing.txt")));

        assertThat(summary.count(Outcome.OK)).isEqualTo(1);
        assertThat(summary.count(Outcome.REJECTED)).isEqualTo(3);
        assertThat(store.rejections()).hasSize(3);
        assertThat(store.rejections()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(heard).anyMatch(h -> h.startsWith("picture.txt REJECTED") || h.contains("picture.txt") && h.contains("REJECTED"));
    }

    @Test
    void aFailedArticleIsRecordedAndTriedAgainOnTheNextRun() throws IOException {
        write("a.txt", "Title\n\nThis text breaks the annotator once.");

        RunSummary first = analyzer(new Breaking()).run(List.of(dir));
        RunSummary second = analyzer(FakeNlpAnnotator.plain()).run(List.of(dir));

        assertThat(first.count(Outcome.FAILED)).isEqualTo(1);
        assertThat(second.count(Outcome.OK)).isEqualTo(1);
        assertThat(store.articles()).singleElement()
                .satisfies(s -> assertThat(s.article().status()).isEqualTo(ArticleStatus.OK));
    }

    @Test
    void theFailureReasonNamesWhatWentWrong() throws IOException {
        write("a.txt", "Title\n\nThis text breaks the annotator.");

        analyzer(new Breaking()).run(List.of(dir));

        assertThat(store.articles().get(0).article().error()).contains("IllegalStateException", "annotator broke");
    }

    @Test
    void onSeveralThreadsARunStoresAndReportsWhatItWouldOnOne() throws IOException {
        String storm = "The harbour authority reopened the northern port on Monday after three days of storms, "
                + "and ferries to the islands resumed in the afternoon while engineers inspected the breakwater.";
        for (int i = 0; i < 24; i++) {
            String name = String.format("%02d.txt", i);
            switch (i % 6) {
                case 1 -> write(name, "Port reopens\n\n" + storm); // the first analysed, the others exact copies
                case 2 -> write(name, "Storm report\n\n" + storm + " Ferries were full."); // a near copy
                case 3 -> write(name, "");                                    // rejected
                case 4 -> write(name, "Broken\n\nThis text breaks the annotator " + i + ".");
                default -> write(name, "Story " + i + "\n\nMayor Anna Kowalska " + PLACES[i % PLACES.length] + ".");
            }
        }
        InMemoryArticleStore alone = new InMemoryArticleStore();
        InMemoryArticleStore together = new InMemoryArticleStore();

        RunSummary one = analyzer(new BreakingSome(), alone, 1).run(List.of(dir));
        List<String> heardAlone = List.copyOf(heard);
        heard.clear();
        RunSummary four = analyzer(new BreakingSome(), together, 4).run(List.of(dir));

        assertThat(heard).isEqualTo(heardAlone);
        assertThat(four.count(Outcome.OK)).isEqualTo(one.count(Outcome.OK)).isEqualTo(9);
        assertThat(four.count(Outcome.DUPLICATE)).isEqualTo(one.count(Outcome.DUPLICATE)).isEqualTo(7);
        assertThat(four.count(Outcome.FAILED)).isEqualTo(4);
        assertThat(four.count(Outcome.REJECTED)).isEqualTo(4);
        assertThat(together.articles()).hasSameSizeAs(alone.articles());
        for (int i = 0; i < alone.articles().size(); i++) {
            AnalyzedArticle a = alone.articles().get(i).article();
            AnalyzedArticle b = together.articles().get(i).article();
            assertThat(b.source().sourceKey()).isEqualTo(a.source().sourceKey());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.duplicateOf()).isEqualTo(a.duplicateOf());
            assertThat(b.text()).isEqualTo(a.text());
            assertThat(b.entities()).isEqualTo(a.entities());
        }
    }

    /** Eight stories no two of which are near copies. */
    private static final String[] PLACES = {
        "opened a school in the northern district, where parents had waited years for one",
        "cut the ribbon on a bridge over the river that floods each spring",
        "met farmers angry about water prices at the market hall",
        "visited a hospital whose new wing will treat children",
        "closed the old bus depot and promised electric buses",
        "planted trees along the avenue destroyed by last winter's storm",
        "signed a contract for a library with the regional council",
        "inaugurated a sports stadium built by volunteers and local firms"};

    @Test
    void anExactCopyOfAnArticleBeingAnalysedWaitsForItAndIsNotAnalysed() throws IOException {
        for (int i = 0; i < 6; i++) {
            write("copy" + i + ".txt", "Same\n\nThe same story, word for word.");
        }
        FakeNlpAnnotator nlp = FakeNlpAnnotator.plain();

        RunSummary summary = analyzer(nlp, store, 4).run(List.of(dir));

        assertThat(summary.count(Outcome.OK)).isEqualTo(1);
        assertThat(summary.count(Outcome.DUPLICATE)).isEqualTo(5);
        assertThat(nlp.textsSeen()).containsExactly("The same story, word for word.", "Same");
    }

    @Test
    void resolvesTimeAgainstThePublicationDateFromTheSidecar() throws IOException {
        write("a.txt", "Title\n\nIt happened on Thursday.");
        write("metadata.jsonl", "{\"file\": \"a.txt\", \"published\": \"2023-04-20\", \"outlet\": \"Daily\"}\n");
        FakeNlpAnnotator nlp = FakeNlpAnnotator.plain();

        analyzer(nlp).run(List.of(dir));

        // the text and the title, both anchored on the sidecar's day
        assertThat(nlp.anchorsSeen()).containsExactly(Optional.of(LocalDate.of(2023, 4, 20)), Optional.of(LocalDate.of(2023, 4, 20)));
        assertThat(store.articles().get(0).article().source().outlet()).isEqualTo("Daily");
    }

    private Analyzer analyzer(NlpAnnotator nlp) {
        return analyzer(nlp, store, 1);
    }

    private Analyzer analyzer(NlpAnnotator nlp, InMemoryArticleStore into, int threads) {
        IngestConfig ingest = IngestConfig.defaults();
        return new Analyzer(new InputScanner(ingest), new ArticleReader(ingest),
                Newsgraph.recipe(LanguageTagger.unknown(), nlp),
                new NearDuplicateDetector(DedupConfig.defaults(), into.seenArticles()), into, new Recorder(), threads);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private final class Recorder implements ProgressListener {
        @Override
        public void started(int files) {}

        @Override
        public void article(String input, Outcome outcome, String detail) {
            heard.add(input + " " + outcome + (detail == null ? "" : " " + detail));
        }

        @Override
        public void fileDone(int done, int total) {}
    }

    /** Fails on the texts that say so, annotates the others as the fake does; safe on several threads. */
    private static final class BreakingSome implements NlpAnnotator {
        private final NlpAnnotator names = FakeNlpAnnotator.withNames(Map.of("Anna Kowalska", EntityType.PERSON));

        @Override
        public NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
            if (text.contains("breaks the annotator")) {
                throw new IllegalStateException("annotator broke");
            }
            return names.annotate(text, documentDate);
        }

        @Override
        public Set<String> languages() {
            return Set.of("en");
        }

        @Override
        public Set<Facet> provides() {
            return names.provides();
        }
    }

    /** An annotator that fails, as a bug in a stage would. */
    private static final class Breaking implements NlpAnnotator {
        @Override
        public NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
            throw new IllegalStateException("annotator broke");
        }

        @Override
        public Set<String> languages() {
            return Set.of("en");
        }

        @Override
        public Set<Facet> provides() {
            return FakeNlpAnnotator.plain().provides();
        }
    }
}
