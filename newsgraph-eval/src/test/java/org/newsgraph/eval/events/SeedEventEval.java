package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * The events of the five seed articles, analysed for real (CoreNLP, the recipe, the SQLite store)
 * twice: from the text alone, and with a {@code metadata.jsonl} giving the gold publication dates
 * (read from the gold only to build that input, as {@code SeedTimexIT} does). Scored against the
 * gold events of {@code ../shared/gold/seeds.json} ({@link SeedEventScore}); prints the whole report
 * and pins what holds today: the main events of 001, 002 and 004 are E3, E5 and E4, E1 and E2 are
 * found in 000, the wire dateline's city is no event's location. Across articles: the export's
 * clusters are exactly the gold partition (001 and 003 one visit, 002 the visit a year later apart),
 * 003 takes its cluster's day as publication date (basis cluster), and the first visit is one
 * event of both reports with the gold place, day and participants.
 */
class SeedEventEval {

    private static final String SUMMIT_AND_CALL = "000_7a02d52c879c385d.txt";
    private static final String FIRST_VISIT = "001_0db232e74ff22dfd.txt";
    private static final String SECOND_VISIT = "002_68f8b93d1e7868be.txt";
    private static final String RELAYED_VISIT = "003_1da4555878407905.txt";
    private static final String HEADQUARTERS = "004_b78cbe2907744e62.txt";

    /** (gold event, article) pairs matched whole from the text alone today: 5 of 6 (E3 in 003 has the day, not its year). */
    private static final int PINNED_WHOLE = 5;
    /** With the publication dates given: all 6, every date included. */
    private static final int PINNED_WHOLE_DATED = 6;
    /** Gold mentioned events (over their articles) found among the other events, and marked mentioned, today: 6 of 8 (no trigger names the membership application; SUTime puts the earlier visits in the wrong year). */
    private static final int PINNED_MENTIONED_FOUND = 6;
    private static final int PINNED_MENTIONED_MARKED = 6;

    @TempDir
    static Path dir;

    private static SeedEventScore plain;
    private static SeedEventScore dated;
    private static final Map<String, ExportDocument> EXPORTS = new HashMap<>();
    private static JsonNode goldRoot;

    @BeforeAll
    static void analyseTheSeedsWithAndWithoutTheirPublicationDates() {
        SeedEventGold gold = SeedEventGold.read(Seeds.shared().resolve("gold/seeds.json"));
        goldRoot = readTree(Seeds.shared().resolve("gold/seeds.json"));
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        NlpAnnotator annotator = newsgraph.coreNlp(() -> { });
        plain = SeedEventScore.of(analyse(newsgraph, annotator, Seeds.folder(), "plain"), gold, false);
        Path withDates = Seeds.withPublicationDates(dir.resolve("dated-input"), gold.published());
        dated = SeedEventScore.of(analyse(newsgraph, annotator, withDates, "dated"), gold, true);
        System.out.println("SeedEventEval\n" + plain.render() + "\n" + dated.render());
    }

    private static Map<String, AnalyzedArticle> analyse(Newsgraph newsgraph, NlpAnnotator annotator, Path input, String name) {
        try (ArticleStore store = newsgraph.openStore(dir.resolve(name))) {
            RunSummary summary = newsgraph.analyzer().analyze(List.of(input), store, annotator, ProgressListener.SILENT);
            assertThat(summary.count(Outcome.OK)).isEqualTo(5);
            EXPORTS.put(name, new ExportReader().whole(store));
            return SeedEventScore.byFile(store.articles().stream().map(StoredArticle::article).toList());
        }
    }

    @Test
    void scoresEveryGoldEventInEveryArticleThatTellsIt() {
        assertThat(plain.lines()).hasSize(6);
        assertThat(plain.mentioned()).hasSize(8);
    }

    @Test
    void theMainEventsAreTheGoldOnes() {
        assertThat(plain.mainIs(FIRST_VISIT, "E3")).as(plain.render()).isTrue();
        assertThat(plain.mainIs(SECOND_VISIT, "E5")).as(plain.render()).isTrue();
        assertThat(plain.mainIs(HEADQUARTERS, "E4")).as(plain.render()).isTrue();
        assertThat(dated.mainIs(HEADQUARTERS, "E4")).as("E4 dated 2023-10-11 given the publication date:\n%s", dated.render())
                .isTrue();
    }

    @Test
    void theVisitsAreDatedFromTheTextAlone() {
        assertThat(plain.line("E3", FIRST_VISIT).found().date().value()).isEqualTo("2023-04-20");
        assertThat(plain.line("E5", SECOND_VISIT).found().date().value()).isEqualTo("2024-04-29");
        assertThat(dated.line("E4", HEADQUARTERS).found().date().value()).isEqualTo("2023-10-11");
    }

    @Test
    void theSummitAndTheCallAreFound() {
        assertThat(plain.line("E1", SUMMIT_AND_CALL).whole()).as(plain.render()).isTrue();
        assertThat(plain.line("E2", SUMMIT_AND_CALL).whole()).as(plain.render()).isTrue();
    }

    @Test
    void theRelayedReportFindsTheSameVisitAsItsMainEvent() {
        SeedEventScore.Line relayed = plain.line("E3", RELAYED_VISIT);
        assertThat(relayed.found().salience()).isEqualTo(EventSalience.MAIN);
        assertThat(relayed.type() && relayed.place() && relayed.participants() == relayed.participantsTotal()).isTrue();
    }

    @Test
    void keepsThePinnedNumberOfGoldEventsWhole() {
        assertThat(plain.whole()).as(plain.render()).isGreaterThanOrEqualTo(PINNED_WHOLE);
        assertThat(dated.whole()).as(dated.render()).isGreaterThanOrEqualTo(PINNED_WHOLE_DATED);
    }

    @Test
    void noEventTakesPlaceInAWireDatelinesCity() {
        assertThat(plain.datelinePlaces()).as(plain.render()).isEmpty();
        assertThat(dated.datelinePlaces()).as(dated.render()).isEmpty();
    }

    @Test
    void findsThePinnedNumberOfMentionedEvents() {
        assertThat(plain.mentionedFound()).as(plain.render()).isGreaterThanOrEqualTo(PINNED_MENTIONED_FOUND);
        assertThat(plain.mentionedMarked()).as(plain.render()).isGreaterThanOrEqualTo(PINNED_MENTIONED_MARKED);
    }

    @Test
    void everyArticleHasExactlyOneMainEventFirst() {
        for (AnalyzedArticle a : plain.articles().values()) {
            assertThat(a.events()).as(a.source().file()).isNotEmpty();
            assertThat(a.events().get(0).salience()).as(a.source().file()).isEqualTo(EventSalience.MAIN);
            assertThat(a.events()).filteredOn(e -> e.salience() == EventSalience.MAIN).hasSize(1);
        }
    }

    // ----- across articles: the event clusters and the events they make -----

    @Test
    void theClustersAreTheGoldPartitionWithAndWithoutPublicationDates() {
        Set<Set<String>> gold = new HashSet<>();
        goldRoot.path("clusters").forEach(c -> {
            Set<String> files = new HashSet<>();
            c.forEach(f -> files.add(f.asText()));
            gold.add(files);
        });
        assertThat(clustersByFile(EXPORTS.get("plain"))).isEqualTo(gold);
        assertThat(clustersByFile(EXPORTS.get("dated"))).isEqualTo(gold);
    }

    @Test
    void theRelayedReportIsDatedByTheClusterOfTheVisitItReports() {
        ExportDocument.Published published = article(EXPORTS.get("plain"), RELAYED_VISIT).published();
        assertThat(published.date()).isEqualTo("2023-04-20");
        assertThat(published.basis()).isEqualTo("cluster");
    }

    @Test
    void theFirstVisitIsOneEventOfBothReportsWithItsPlaceDayAndParticipants() {
        ExportDocument export = EXPORTS.get("plain");
        String first = article(export, FIRST_VISIT).id();
        String relayed = article(export, RELAYED_VISIT).id();
        ExportDocument.Event visit = export.events().stream()
                .filter(e -> "main".equals(e.salience()) && e.articles().contains(first)).findFirst().orElseThrow();
        JsonNode gold = goldEvent("E3");

        assertThat(visit.articles()).containsExactlyInAnyOrder(first, relayed);
        assertThat(visit.date().value()).isEqualTo(gold.path("when").path("value").asText());
        assertThat(namesOf(export, visit.location())).contains(gold.path("where").asText());
        List<String> participants = visit.participants().stream().flatMap(id -> namesOf(export, id).stream()).toList();
        gold.path("participants").forEach(p -> assertThat(participants).contains(p.asText()));
    }

    private static Set<Set<String>> clustersByFile(ExportDocument export) {
        Map<String, String> files = new HashMap<>();
        export.articles().forEach(a -> files.put(a.id(), a.file()));
        Set<Set<String>> clusters = new HashSet<>();
        for (List<String> cluster : export.clusters()) {
            clusters.add(cluster.stream().map(files::get).collect(Collectors.toSet()));
        }
        return clusters;
    }

    private static ExportDocument.Article article(ExportDocument export, String file) {
        return export.articles().stream().filter(a -> file.equals(a.file())).findFirst().orElseThrow();
    }

    /** The entity's name and aliases, as the export gives them. */
    private static List<String> namesOf(ExportDocument export, String entity) {
        return export.entities().stream().filter(e -> e.id().equals(entity))
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())).toList();
    }

    private static JsonNode goldEvent(String id) {
        for (JsonNode e : goldRoot.path("events")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new IllegalStateException("no gold event " + id);
    }

    private static JsonNode readTree(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
