package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/**
 * Reads beside a writer, through the command line on a real store the fake annotator fills: a read
 * answers in the middle of an analyze that holds the store and has committed articles, says what
 * the corpus model does not hold yet, and changes nothing; analyze without inputs finishes what a
 * stopped run left; two writers still exclude each other.
 */
class ReadWhileAnalyzeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeNlpAnnotator NAMES = FakeNlpAnnotator.withNames(
            Map.of("Anna Berg", EntityType.PERSON, "Piet Marsman", EntityType.PERSON));
    private static final String NOTE = "note: 1 stored article is not yet in the corpus model";
    private static final String EVENTS_NOTE = "note: the stored events and stories are older than the store's clusters and entities";

    @TempDir
    Path dir;

    // Lingua chooses between English and Japanese only: texts this short may read as another language
    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults()
            .withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));

    @Test
    void aReadInTheMiddleOfAnAnalyzeAnswersWithWhatIsCommittedAndSaysWhatTheModelLacks() throws IOException {
        Path store = dir.resolve("store");
        analyze(store, inputs("first", "a.txt", "Bridge\n\nAnna Berg opened the bridge."), ProgressListener.SILENT);
        List<Cli> entities = new ArrayList<>();
        List<Cli> exports = new ArrayList<>();
        Path export = dir.resolve("during.json");

        analyze(store, inputs("second", "b.txt", "Port\n\nPiet Marsman visited the port."), afterEachArticle(() -> {
            entities.add(Cli.run("entities", "--store", store, "--json"));
            exports.add(Cli.run("export", "--store", store, export));
        }));

        Cli during = entities.get(0);
        assertThat(during.exitCode()).as(during.err()).isZero();
        assertThat(names(JSON.readTree(during.out()))).containsExactly("Anna Berg");
        assertThat(during.err()).startsWith(NOTE).contains("./newsgraph analyze --store " + store);
        assertThat(exports.get(0).exitCode()).as(exports.get(0).err()).isZero();
        JsonNode exported = JSON.readTree(export.toFile());
        assertThat(exported.get("articles")).extracting(a -> a.get("file").asText()).containsExactly("a.txt", "b.txt");
        assertThat(exported.get("clusters")).as("the new article stands alone").hasSize(2);

        Cli after = Cli.run("entities", "--store", store, "--json");
        assertThat(names(JSON.readTree(after.out()))).containsExactlyInAnyOrder("Anna Berg", "Piet Marsman");
        assertThat(after.err()).isEmpty();
    }

    @Test
    void readsOfAStoppedRunsStoreAnswerWithoutWritingAndAnalyzeWithoutInputsBringsItUpToDate() throws IOException {
        Path store = dir.resolve("store");
        analyze(store, inputs("first", "a.txt", "Bridge\n\nAnna Berg opened the bridge."), ProgressListener.SILENT);
        assertThatThrownBy(() -> analyze(store, inputs("second", "b.txt", "Port\n\nPiet Marsman visited the port."),
                afterEachArticle(() -> {
                    throw new IllegalStateException("stopped");
                }))).hasMessage("stopped");

        for (int read = 0; read < 2; read++) {
            Cli clusters = Cli.run("clusters", "--store", store, "--json");
            assertThat(clusters.exitCode()).as(clusters.err()).isZero();
            assertThat(clusters.err()).as("read %d: reads change nothing", read).startsWith(NOTE);
            assertThat(JSON.readTree(clusters.out())).singleElement()
                    .satisfies(c -> assertThat(c.get("members")).extracting(m -> m.get("article").asText()).containsExactly("a1"));
        }

        Cli update = Cli.run("analyze", "--store", store);

        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out()).startsWith("articles: 0 ok, 0 duplicate, 0 already stored, 0 rejected, 0 failed")
                .contains("corpus entities: 2 (0 merged) | event clusters: 2");
        Cli clusters = Cli.run("clusters", "--store", store, "--json");
        assertThat(clusters.err()).isEmpty();
        assertThat(JSON.readTree(clusters.out())).hasSize(2);
    }

    @Test
    void aSecondWriterIsRefusedWhileReadersGoOn() throws IOException {
        Path store = dir.resolve("store");
        analyze(store, inputs("first", "a.txt", "Bridge\n\nAnna Berg opened the bridge."), ProgressListener.SILENT);

        try (ArticleStore writer = newsgraph.openStore(store)) {
            Cli second = Cli.run("analyze", "--store", store);
            Cli read = Cli.run("entities", "--store", store);

            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.err()).contains("store " + store + " is in use by another newsgraph process");
            assertThat(read.exitCode()).as(read.err()).isZero();
            assertThat(read.out()).contains("Anna Berg");
        }
    }

    @Test
    void readsSayWhenTheStoredEventsAreBehindAnswerWithThemAndAnalyzeWithoutInputsBringsThemUpToDate()
            throws IOException, SQLException {
        Path store = dir.resolve("store");
        analyze(store, inputs("first", "a.txt", "Bridge\n\nAnna Berg opened the bridge."), ProgressListener.SILENT);
        String stored = Cli.run("events", "--store", store, "--json").out();
        // as a run killed after it resolved the entities, before it stored the events, leaves the store
        execute(store, "UPDATE corpus_model_state SET resolved_through = 0");

        for (String command : List.of("events", "timeline", "story", "quotes")) {
            Cli read = Cli.run(command, "--store", store);
            assertThat(read.exitCode()).as(read.err()).isZero();
            assertThat(read.err()).as(command).startsWith(EVENTS_NOTE).contains("./newsgraph analyze --store " + store);
        }
        assertThat(Cli.run("export", "--store", store, dir.resolve("behind.json")).err()).startsWith(EVENTS_NOTE);
        assertThat(Cli.run("entities", "--store", store).err()).as("entities are not events").isEmpty();
        assertThat(Cli.run("events", "--store", store, "--json").out()).as("the stored events").isEqualTo(stored);

        Cli update = Cli.run("analyze", "--store", store);

        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(Cli.run("events", "--store", store).err()).isEmpty();
    }

    @Test
    void aStoreOfANewerNewsgraphIsRefusedWithExitFiveSayingWhatToDo() throws SQLException {
        Path store = dir.resolve("store");
        newsgraph.openStore(store).close();
        execute(store, "INSERT INTO schema_version (version, file) VALUES (99, 'V99__future.sql')");

        Cli read = Cli.run("events", "--store", store);

        assertThat(read.exitCode()).isEqualTo(5);
        assertThat(read.err()).contains("store " + store + " has schema version 99", "use a newer newsgraph")
                .doesNotContain("internal error");
    }

    private static void execute(Path store, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("newsgraph.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private void analyze(Path store, Path inputs, ProgressListener listener) {
        try (ArticleStore articles = newsgraph.openStore(store)) {
            newsgraph.analyzer().analyze(List.of(inputs), articles, NAMES, listener);
        }
    }

    private Path inputs(String folder, String file, String text) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve(folder));
        Files.writeString(inputs.resolve(file), text);
        return inputs;
    }

    /** Runs {@code read} each time analyze has stored an article, before the run brings the corpus model up to date. */
    private static ProgressListener afterEachArticle(Runnable read) {
        return new ProgressListener() {
            @Override
            public void started(int files) {}

            @Override
            public void article(String input, Outcome outcome, String detail) {
                read.run();
            }

            @Override
            public void fileDone(int done, int total) {}
        };
    }

    private static List<String> names(JsonNode entities) {
        List<String> names = new ArrayList<>();
        entities.forEach(e -> names.add(e.get("name").asText()));
        return names;
    }
}
