package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Timex;
import org.newsgraph.testkit.InMemoryArticleStore;
import org.newsgraph.testkit.Seeds;

/** The real pipeline, real CoreNLP models, on the five seed articles. */
class SeedsAnalysisIT {

    @TempDir
    static Path dir;

    private static List<StoredArticle> articles;

    @BeforeAll
    static void analyseTheSeedsWithPublicationDateOfOne() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("seeds"));
        for (Path seed : Seeds.files()) {
            Files.copy(seed, inputs.resolve(seed.getFileName()));
        }
        Files.writeString(inputs.resolve("metadata.jsonl"),
                "{\"file\": \"001_0db232e74ff22dfd.txt\", \"published\": \"2023-04-20\"}\n");
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        InMemoryArticleStore store = new InMemoryArticleStore();
        RunSummary summary = newsgraph.analyzer().analyze(List.of(inputs), store, newsgraph.coreNlp(() -> { }),
                ProgressListener.SILENT);
        assertThat(summary.count(Outcome.OK)).isEqualTo(5);
        articles = store.articles();
    }

    @Test
    void findsTheMainPeopleOrganisationAndCity() {
        assertThat(entityNames(EntityType.PERSON)).anyMatch(n -> n.endsWith("Zelensky")).anyMatch(n -> n.endsWith("Stoltenberg"));
        assertThat(entityNames(EntityType.ORGANIZATION)).contains("NATO");
        assertThat(entityNames(EntityType.LOCATION)).contains("Kiev");
    }

    @Test
    void correctsAPlaceTheRecogniserTookForAPersonAndGivesItCoordinates() {
        // CoreNLP tags Kyiv in 001 as a person or not at all; the gazetteer and "to Kyiv" say otherwise
        LocalEntity kyiv = article("001").entities().stream()
                .filter(e -> e.name().equals("Kyiv")).findFirst().orElseThrow();
        assertThat(kyiv.type()).isEqualTo(EntityType.LOCATION);
        assertThat(kyiv.place().countryCode()).isEqualTo("UA");
        assertThat(kyiv.place().hasCoordinates()).isTrue();
    }

    @Test
    void groupsTheSurnameWithTheFullNameInAnArticle() {
        LocalEntity zelensky = article("000").entities().stream()
                .filter(e -> e.name().equals("Volodymyr Zelensky")).findFirst().orElseThrow();
        assertThat(zelensky.mentions()).extracting(m -> m.text()).contains("Volodymyr Zelensky", "Zelensky");
    }

    @Test
    void resolvesOnThursdayAgainstThePublicationDate() {
        AnalyzedArticle a = article("001");
        assertThat(a.source().published().date()).isEqualTo("2023-04-20");
        assertThat(a.timexes()).filteredOn(t -> t.text().contains("Thursday"))
                .isNotEmpty()
                .extracting(Timex::value).containsOnly("2023-04-20");
    }

    @Test
    void offsetsOfMentionsAndTimexesPointIntoTheStoredText() {
        for (StoredArticle s : articles) {
            String text = s.article().text();
            s.article().entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.span().of(text)).isEqualTo(m.text())));
            s.article().timexes().forEach(t -> assertThat(t.span().of(text)).isEqualTo(t.text()));
        }
    }

    @Test
    void anArticleWithOnlyWeekdaysAndNoMetadataHasNoDate() {
        assertThat(article("004").source().published().isKnown()).isFalse();
    }

    private static AnalyzedArticle article(String prefix) {
        Optional<StoredArticle> found = articles.stream()
                .filter(s -> s.article().source().file().startsWith(prefix)).findFirst();
        return found.orElseThrow().article();
    }

    private static List<String> entityNames(EntityType type) {
        return articles.stream().flatMap(s -> s.article().entities().stream())
                .filter(e -> e.type() == type).map(LocalEntity::name).distinct().toList();
    }
}
