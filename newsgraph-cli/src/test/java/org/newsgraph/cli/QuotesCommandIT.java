package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/**
 * The quotes command on a real store filled by the real analyze use case; the fake annotator
 * finds the invented names and tags the few words the quotes hang on.
 */
class QuotesCommandIT {

    private static final FakeNlpAnnotator ANNOTATOR = FakeNlpAnnotator.withNames(Map.of(
                    "Anna Berg", EntityType.PERSON, "Piet Marsman", EntityType.PERSON))
            .withTags(Map.of("said", List.of("VBD", "say"), "he", List.of("PRP", "he"),
                    "arrived", List.of("VBD", "arrive")));

    @TempDir
    Path dir;

    @Test
    void listsEveryQuoteWithItsArticleAndSpeaker() throws IOException {
        Path store = analyze(Map.of(
                "a.txt", "Bridge\n\n“The bridge will open in May,” Anna Berg said.",
                "b.txt", "Talks\n\nPiet Marsman arrived late.\n\n“The talks could fail,” he said."));

        Cli run = Cli.run("quotes", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("a.txt  Bridge", "“The bridge will open in May”", "— Anna Berg (e",
                "b.txt  Talks", "“The talks could fail”", "— Piet Marsman (e", "as \"he\")", "2 quotes");
    }

    @Test
    void picksTheQuotesOfOneSpeakerByName() throws IOException {
        Path store = analyze(Map.of(
                "a.txt", "Bridge\n\n“The bridge will open in May,” Anna Berg said.",
                "b.txt", "Talks\n\n“The talks could fail,” Piet Marsman said."));

        Cli run = Cli.run("quotes", "--store", store, "--speaker", "marsm", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode quotes = new ObjectMapper().readTree(run.out());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).path("text").asText()).isEqualTo("The talks could fail");
        assertThat(quotes.get(0).path("speaker_text").asText()).isEqualTo("Piet Marsman");
        assertThat(quotes.get(0).path("direct").asBoolean()).isTrue();
        assertThat(Cli.run("quotes", "--store", store, "--speaker", "nobody").out()).contains("no quotes of a speaker named 'nobody'");
    }

    @Test
    void refusesAStoreThatIsNotThere() {
        Cli run = Cli.run("quotes", "--store", dir.resolve("missing"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no store at");
    }

    private Path analyze(Map<String, String> files) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(input.resolve(f.getKey()), f.getValue());
        }
        Path store = dir.resolve("store");
        // Lingua chooses between English and Japanese only: texts this short may read as another language
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore articles = newsgraph.openStore(store)) {
            newsgraph.analyzer().analyze(List.of(input), articles, ANNOTATOR, ProgressListener.SILENT);
        }
        return store;
    }
}
