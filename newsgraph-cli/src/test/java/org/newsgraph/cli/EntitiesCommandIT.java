package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/**
 * The entities command on a real store filled by the real analyze use case; names are found by
 * the fake annotator so that the entities, and so the listing, are known in advance.
 */
class EntitiesCommandIT {

    private static final FakeNlpAnnotator NAMES = FakeNlpAnnotator.withNames(Map.of(
            "Volodymyr Zelenskyy", EntityType.PERSON, "Zelenskyy", EntityType.PERSON,
            "Jens Stoltenberg", EntityType.PERSON, "NATO", EntityType.ORGANIZATION,
            "Ana Łukasiewicz", EntityType.PERSON, "Kyiv", EntityType.LOCATION));

    @TempDir
    Path dir;

    @Test
    void listsTheEntitiesMostTalkedOfFirstWithTheirAliasesAndCounts() throws IOException {
        Path store = analyze("first", Map.of(
                "a.txt", "Summit\n\nVolodymyr Zelenskyy met Jens Stoltenberg at NATO. Zelenskyy thanked NATO.",
                "b.txt", "Alliance\n\nNATO ministers met. Jens Stoltenberg spoke for NATO.",
                "c.txt", "Poll\n\nAna Łukasiewicz wrote about NATO."));

        Cli run = Cli.run("entities", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("id\\s+type\\s+name\\s+articles\\s+mentions\\s+aliases");
        assertThat(lines.get(1)).matches("e\\d+\\s+ORGANIZATION\\s+NATO\\s+3\\s+5");
        assertThat(lines.get(2)).matches("e\\d+\\s+PERSON\\s+Jens Stoltenberg\\s+2\\s+2");
        assertThat(lines.get(3)).matches("e\\d+\\s+PERSON\\s+Volodymyr Zelenskyy\\s+1\\s+2\\s+Zelenskyy");
        assertThat(lines.get(4)).matches("e\\d+\\s+PERSON\\s+Ana Łukasiewicz\\s+1\\s+1");
        assertThat(lines.get(5)).isEqualTo("4 of 4 entities");
    }

    @Test
    void findsAnEntityByTheStartOfAWordOfItsNameIgnoringCaseAndAccents() throws IOException {
        Path store = analyze("first", Map.of(
                "a.txt", "Summit\n\nVolodymyr Zelenskyy met Jens Stoltenberg at NATO.",
                "b.txt", "Poll\n\nAna Łukasiewicz wrote about NATO."));

        assertThat(names(Cli.run("entities", "--store", store, "--name", "zelensk"))).containsExactly("Volodymyr Zelenskyy");
        assertThat(names(Cli.run("entities", "--store", store, "--name", "LUKASIEW"))).containsExactly("Ana Łukasiewicz");
        assertThat(names(Cli.run("entities", "--store", store, "--name", "lensky"))).isEmpty();
    }

    @Test
    void filtersByTypeAndSaysSoWhenNothingMatches() throws IOException {
        Path store = analyze("first", Map.of("a.txt", "Summit\n\nVolodymyr Zelenskyy met Jens Stoltenberg at NATO."));

        assertThat(names(Cli.run("entities", "--store", store, "--type", "person")))
                .containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Jens Stoltenberg");
        Cli none = Cli.run("entities", "--store", store, "--type", "LOCATION", "--name", "kyiv");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("none of the 3 entities in store " + store + " is a LOCATION named 'kyiv'");
    }

    @Test
    void idsStayWhenALaterRunAddsArticlesAliasesAndNewEntities() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path store = dir.resolve("store");
        Files.writeString(inputs.resolve("a.txt"), "Summit\n\nVolodymyr Zelenskyy met Jens Stoltenberg at NATO.");
        analyze(inputs, store);
        JsonNode before = json(Cli.run("entities", "--store", store, "--json"));
        Files.writeString(inputs.resolve("b.txt"), "Visit\n\nNATO chiefs came to Kyiv. Volodymyr Zelenskyy met them. "
                + "Zelenskyy spoke.");

        RunSummary second = analyze(inputs, store);

        JsonNode after = json(Cli.run("entities", "--store", store, "--json"));
        assertThat(second.corpusEntities()).isEqualTo(4);
        assertThat(second.mergedEntities()).isZero();
        assertThat(idOf(after, "Volodymyr Zelenskyy")).isEqualTo(idOf(before, "Volodymyr Zelenskyy"));
        assertThat(idOf(after, "NATO")).isEqualTo(idOf(before, "NATO"));
        assertThat(idOf(after, "Jens Stoltenberg")).isEqualTo(idOf(before, "Jens Stoltenberg"));
        assertThat(idOf(after, "Kyiv")).isEqualTo("e4");
        JsonNode zelenskyy = entity(after, "Volodymyr Zelenskyy");
        assertThat(zelenskyy.get("aliases").toString()).isEqualTo("[\"Zelenskyy\"]");
        assertThat(zelenskyy.get("article_count").asInt()).isEqualTo(2);
        assertThat(zelenskyy.get("mention_count").asInt()).isEqualTo(3);
        Path export = dir.resolve("out.json");
        assertThat(Cli.run("export", "--store", store, export).exitCode()).isZero();
        JsonNode exported = entity(new ObjectMapper().readTree(export.toFile()).get("entities"), "Volodymyr Zelenskyy");
        assertThat(exported.get("id").asText()).isEqualTo(idOf(after, "Volodymyr Zelenskyy"));
    }

    @Test
    void anEmptyStoreSaysThereAreNoEntitiesYetAndHowToAddSome() {
        Path store = dir.resolve("empty");
        SqliteArticleStore.open(store).close();

        Cli run = Cli.run("entities", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no entities in store " + store + " yet", "./newsgraph analyze");
        assertThat(Cli.run("entities", "--store", store, "--json").out().strip()).isEqualTo("[ ]");
    }

    private Path analyze(String name, Map<String, String> files) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(inputs.resolve(file.getKey()), file.getValue());
        }
        Path store = dir.resolve("store");
        analyze(inputs, store);
        return store;
    }

    /**
     * The analyze use case as the command runs it, with the fake annotator. Lingua chooses between
     * English and Japanese only: texts this short, mostly names, read as German among many languages.
     */
    private static RunSummary analyze(Path inputs, Path storeDir) {
        NewsgraphConfig defaults = NewsgraphConfig.defaults();
        Newsgraph newsgraph = new Newsgraph(defaults.withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore store = newsgraph.openStore(storeDir)) {
            return newsgraph.analyzer().analyze(List.of(inputs), store, NAMES, ProgressListener.SILENT);
        }
    }

    /** The names in a table, one a row, header and count line left out. */
    private static List<String> names(Cli run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> names = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            if (line.startsWith("e")) {
                names.add(line.split("\\s{2,}")[2]);
            }
        }
        return names;
    }

    private static JsonNode json(Cli run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static String idOf(JsonNode entities, String name) {
        return entity(entities, name).get("id").asText();
    }

    private static JsonNode entity(JsonNode entities, String name) {
        for (JsonNode e : entities) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name + " in " + entities);
    }
}
