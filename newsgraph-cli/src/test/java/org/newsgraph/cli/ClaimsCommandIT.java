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
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/** The claims command on a real store filled by the real analyze use case, names found by the fake annotator. */
class ClaimsCommandIT {

    /** Names, and the lemma of the speech verb, as the claim stage reads speech verbs by lemma. */
    private static final FakeNlpAnnotator NAMES = FakeNlpAnnotator.withNames(Map.of("Anna Kowalska", EntityType.PERSON))
            .withTags(Map.of("said", List.of("VBD", "say")));

    @TempDir
    Path dir;

    @Test
    void listsEachArticlesClaimsWithClaimantQualifierValueUnitAndSubject() throws IOException {
        Path store = analyze(Map.of("a.txt", "Budget\n\nAnna Kowalska said more than €40 billion in aid to farmers was paid. "
                + "The army lost 40 tanks."));

        Cli run = Cli.run("claims", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("\\s+claimant\\s+qualifier\\s+value\\s+unit\\s+subject\\s+text");
        assertThat(lines.get(1)).matches("a1\\s+a.txt");
        assertThat(lines.get(2)).matches("\\s+e\\d+ Anna Kowalska\\s+more than\\s+40000000000\\s+EUR\\s+aid to farmers\\s+"
                + "more than €40 billion");
        assertThat(lines.get(3)).matches("\\s+-\\s+-\\s+40\\s+tanks\\s+tanks\\s+40 tanks");
        assertThat(lines.get(4)).isEqualTo("2 claims in 1 articles");
    }

    @Test
    void printsTheExportsClaimsAsJson() throws IOException {
        Path store = analyze(Map.of("a.txt", "Budget\n\nThe army lost between 10 and 20 tanks."));

        Cli run = Cli.run("claims", "--store", store, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode claim = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(claim.get("value").asInt()).isEqualTo(10);
        assertThat(claim.get("upper").asInt()).isEqualTo(20);
        assertThat(claim.get("unit").asText()).isEqualTo("tanks");
        assertThat(claim.get("claimant").isNull()).isTrue();
    }

    @Test
    void anEmptyStoreSaysHowToAddArticles() {
        Path store = dir.resolve("empty");
        SqliteArticleStore.open(store).close();

        Cli run = Cli.run("claims", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no claims in store " + store, "./newsgraph analyze");
    }

    @Test
    void aMissingStoreIsABadArgument() {
        Cli run = Cli.run("claims", "--store", dir.resolve("nowhere"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no store at");
    }

    private Path analyze(Map<String, String> files) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(inputs.resolve(file.getKey()), file.getValue());
        }
        Path storeDir = dir.resolve("store");
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore store = newsgraph.openStore(storeDir)) {
            newsgraph.analyzer().analyze(List.of(inputs), store, NAMES, ProgressListener.SILENT);
        }
        return storeDir;
    }
}
