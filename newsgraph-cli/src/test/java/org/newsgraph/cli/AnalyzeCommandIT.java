package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.sqlite.SqliteArticleStore;
import org.newsgraph.testkit.Seeds;

/** The analyze and export commands end to end: real models, real store, real files. */
class AnalyzeCommandIT {

    @TempDir
    Path dir;

    @Test
    void analysesTheSeedsIntoAnExportWithEveryContractField() throws IOException {
        Path out = dir.resolve("seeds.json");

        Cli run = Cli.run("analyze", Seeds.folder(), "--export", out, "--store", dir.resolve("store"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles: 5 ok, 0 duplicate, 0 already stored, 0 rejected, 0 failed")
                .containsPattern("articles/s \\| corpus entities: [1-9][0-9]* \\(0 merged\\)");
        JsonNode export = new ObjectMapper().readTree(out.toFile());
        assertThat(export.get("version").asInt()).isEqualTo(1);
        assertThat(export.get("articles")).hasSize(5).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("ok"));
        for (String field : List.of("entities", "timexes", "events", "clusters", "stories", "quotes", "claims")) {
            assertThat(export.get(field).isArray()).as(field).isTrue();
        }
        List<String> names = new ArrayList<>();
        export.get("entities").forEach(e -> names.add(e.get("name").asText()));
        assertThat(names).anyMatch(n -> n.contains("Zelensk")).anyMatch(n -> n.contains("Stoltenberg"))
                .contains("NATO").anyMatch(n -> n.equals("Kyiv"));
        JsonNode kyiv = null;
        for (JsonNode e : export.get("entities")) {
            kyiv = e.get("name").asText().equals("Kyiv") ? e : kyiv;
        }
        assertThat(kyiv.get("type").asText()).isEqualTo("LOCATION");
        assertThat(kyiv.get("place").get("country").asText()).isEqualTo("UA");
        assertThat(kyiv.get("place").get("latitude").asDouble()).isBetween(50.0, 51.0);
        List<String> spellings = new ArrayList<>();
        kyiv.get("aliases").forEach(a -> spellings.add(a.asText()));
        assertThat(spellings).contains("Kiev", "Kieu");
    }

    @Test
    void rejectsEachBadInputWithItsReasonKeepsTheSeedsAndAddsNothingOnTheSecondRun() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (Path seed : Seeds.files()) {
            Files.copy(seed, inputs.resolve(seed.getFileName()));
        }
        List<String> bad = writeBadInputs(inputs);
        Path out = dir.resolve("out.json");
        Path store = dir.resolve("store");
        Path missing = dir.resolve("does-not-exist.txt");

        Cli first = Cli.run("analyze", inputs, missing, "--export", out, "--store", store);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("articles: 6 ok, 0 duplicate, 0 already stored");
        JsonNode export = new ObjectMapper().readTree(out.toFile());
        List<String> rejected = new ArrayList<>();
        for (JsonNode a : export.get("articles")) {
            if (a.get("status").asText().equals("rejected")) {
                rejected.add(a.get("file").asText() + " -> " + a.get("error").asText());
                assertThat(a.get("error").asText()).isNotBlank();
            }
        }
        for (String name : bad) {
            assertThat(rejected).as("rejections").anyMatch(r -> r.contains(name));
            assertThat(first.err()).contains(name);
        }
        assertThat(rejected).anyMatch(r -> r.contains("does-not-exist.txt"));

        Cli second = Cli.run("analyze", inputs, missing, "--export", out, "--store", store);

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("articles: 0 ok, 0 duplicate, 6 already stored");
        JsonNode again = new ObjectMapper().readTree(out.toFile());
        assertThat(again.get("articles")).hasSameSizeAs(export.get("articles"));
    }

    @Test
    void exportWritesTheSameExportLaterFromTheStore() throws IOException {
        Path store = dir.resolve("store");
        Path first = dir.resolve("first.json");
        Path later = dir.resolve("later.json");
        assertThat(Cli.run("analyze", Seeds.files().get(1), "--export", first, "--store", store).exitCode()).isZero();

        Cli export = Cli.run("export", "--store", store, later);

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(later)).isEqualTo(Files.readString(first));
    }

    @Test
    void keepsAndMarksAnArticleInALanguageTheModelsCannotRead() throws IOException {
        Files.writeString(dir.resolve("bericht.txt"), "Hafen wieder offen\n\nDer Hafen von Danzig wurde am Montag "
                + "nach dem Sturm wieder geöffnet, teilte die Stadtverwaltung mit. Die Schiffe laufen wieder aus.");
        Path out = dir.resolve("de.json");

        Cli run = Cli.run("analyze", dir.resolve("bericht.txt"), "--export", out, "--store", dir.resolve("store"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode article = new ObjectMapper().readTree(out.toFile()).get("articles").get(0);
        assertThat(article.get("status").asText()).isEqualTo("ok");
        assertThat(article.get("language").asText()).isEqualTo("de");
        assertThat(article.get("notes").get(0).asText()).contains("not analysed");
    }

    @Test
    void aStoreInUseByAnotherProcessExitsWithFour() {
        Path store = dir.resolve("store");
        try (ArticleStore held = SqliteArticleStore.open(store)) {
            Cli run = Cli.run("analyze", Seeds.folder(), "--store", store);
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).contains(store.toString());
            assertThat(held.articles()).isEmpty();
        }
    }

    /** Writes one file of each kind of bad input and returns the names to expect in the rejections. */
    private static List<String> writeBadInputs(Path inputs) throws IOException {
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.write(inputs.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(inputs.resolve("latin1.txt"), "Caf\u00e9 au lait\n\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(inputs.resolve("cut.html.gz"), truncatedGzip());
        Files.writeString(inputs.resolve("lines.jsonl"),
                "{\"id\": \"x1\", \"title\": \"Port reopens\", \"text\": \"The port of Gdansk reopened on Monday.\"}\n"
                        + "{\"id\": \"x2\", \"title\": broken\n");
        try (RandomAccessFile huge = new RandomAccessFile(inputs.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.write(inputs.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<String> names = new ArrayList<>(List.of("empty.txt", "picture.txt", "latin1.txt", "cut.html.gz",
                "lines.jsonl:2", "huge.txt", "image.png"));
        Path locked = inputs.resolve("locked.txt");
        Files.writeString(locked, "Locked\n\nNobody may read this.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            names.add("locked.txt"); // as root every file stays readable, and this one is then an ordinary article
        } else {
            Files.delete(locked);
        }
        return names;
    }

    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] page = "<html><body><article><p>Some words of a page.</p></article></body></html>".repeat(200)
                    .getBytes(StandardCharsets.UTF_8);
            gz.write(page);
        }
        byte[] whole = bytes.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }
}
