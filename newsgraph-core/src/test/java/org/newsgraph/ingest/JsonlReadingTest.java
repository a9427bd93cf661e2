package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.SourceFormat;

class JsonlReadingTest {

    @TempDir
    Path dir;

    private List<IngestItem> read(String name, String content) {
        return read(IngestConfig.defaults(), name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<IngestItem> read(IngestConfig config, String name, byte[] content) {
        return Inputs.read(config, InputFile.of(Inputs.write(dir, name, content), InputKind.JSONL));
    }

    private static ArticleSource source(IngestItem item) {
        assertThat(item).isInstanceOf(IngestItem.Accepted.class);
        return ((IngestItem.Accepted) item).source();
    }

    private static Rejection rejection(IngestItem item) {
        assertThat(item).isInstanceOf(IngestItem.Rejected.class);
        return ((IngestItem.Rejected) item).rejection();
    }

    @Test
    void readsEveryFieldOfALine() {
        List<IngestItem> items = read("feed.jsonl", """
                {"id": "n1", "url": "https://e.org/1", "title": "T", "text": "Body", "published": "2023-04-20T09:30:00Z", "outlet": "E", "language": "en"}
                """);

        ArticleSource source = source(items.get(0));
        assertThat(source.file()).isEqualTo("feed.jsonl");
        assertThat(source.sourceKey()).isEqualTo("feed.jsonl#n1");
        assertThat(source.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(source.title()).isEqualTo("T");
        assertThat(source.body()).isEqualTo("Body");
        assertThat(source.url()).isEqualTo("https://e.org/1");
        assertThat(source.outlet()).isEqualTo("E");
        assertThat(source.outletBasis()).isEqualTo(Basis.METADATA);
        assertThat(source.language()).isEqualTo("en");
        assertThat(source.published()).isEqualTo(new PublicationDate("2023-04-20T09:30:00Z", Basis.METADATA, 1.0));
    }

    @Test
    void rejectsABadLineAndKeepsTheOthers() {
        List<IngestItem> items = read("feed.jsonl", """
                {"id": 1, "text": "one"}
                {"id": 2, "text": "two"
                {"text": "three"}
                {"id": 4, "title": "no body"}
                """);

        assertThat(items).hasSize(4);
        assertThat(source(items.get(0)).sourceKey()).isEqualTo("feed.jsonl#1");
        assertThat(rejection(items.get(1)).input()).endsWith("feed.jsonl:2");
        assertThat(rejection(items.get(1)).reason()).startsWith("malformed JSON: ");
        assertThat(source(items.get(2)).sourceKey()).isEqualTo("feed.jsonl#line3");
        assertThat(rejection(items.get(3))).isEqualTo(new Rejection(dir.resolve("feed.jsonl") + ":4", "no text or html field"));
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() {
        List<IngestItem> items = read("feed.jsonl", "\n   \n{\"text\": \"a\"}\r\n\r\n{\"text\": \"b\"}");

        assertThat(items).extracting(item -> source(item).sourceKey())
                .containsExactly("feed.jsonl#line3", "feed.jsonl#line5");
    }

    @Test
    void takesHtmlAsARawPage() {
        ArticleSource source = source(read("feed.jsonl", "{\"html\": \"<p>Hi</p>\"}").get(0));

        assertThat(source.format()).isEqualTo(SourceFormat.HTML);
        assertThat(source.body()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void ignoresAMalformedDateButKeepsTheArticle() {
        ArticleSource source = source(read("feed.jsonl", "{\"text\": \"a\", \"published\": \"20/04/2023\"}").get(0));

        assertThat(source.published()).isEqualTo(PublicationDate.none());
    }

    @Test
    void namesWhatIsWrongWithALine() {
        List<IngestItem> items = read("feed.jsonl", """
                [1, 2]
                {"text": "  "}
                {"text": 42}
                {"text": "a"} trailing
                """);

        assertThat(items).hasSize(4);
        assertThat(rejection(items.get(0)).reason()).isEqualTo("not a JSON object");
        assertThat(rejection(items.get(1)).reason()).isEqualTo("empty text");
        assertThat(rejection(items.get(2)).reason()).isEqualTo("no text or html field");
        assertThat(rejection(items.get(3)).reason()).startsWith("malformed JSON: ");
    }

    @Test
    void rejectsALineOverTheLimitAndReadsTheNext() {
        String longLine = "{\"text\": \"" + "x".repeat(5000) + "\"}";

        List<IngestItem> items = read(new IngestConfig(100, 1024), "feed.jsonl",
                (longLine + "\n{\"text\": \"short\"}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(rejection(items.get(0)).reason()).isEqualTo("line is 4.9 KB, over the 1 KB limit");
        assertThat(source(items.get(1)).body()).isEqualTo("short");
    }

    @Test
    void rejectsALineThatIsNotUtf8() {
        byte[] bytes = "{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejection(read(IngestConfig.defaults(), "feed.jsonl", bytes).get(0)).reason())
                .isEqualTo("not valid UTF-8 (bad byte 0xE9 at offset 13)");
    }

    @Test
    void rejectsAFileWithoutArticleLines() {
        assertThat(rejection(read("feed.jsonl", "\n\n").get(0)).reason()).isEqualTo("empty file");
    }

    @Test
    void appliesSidecarValuesToEveryLine() {
        Path file = Inputs.write(dir, "feed.jsonl", "{\"text\": \"a\", \"outlet\": \"Own\"}\n{\"text\": \"b\"}");
        SidecarMetadata metadata = new SidecarMetadata(null, null, "Sidecar outlet", null);

        List<IngestItem> items = Inputs.read(new InputFile(file, "feed.jsonl", InputKind.JSONL, metadata));

        assertThat(items).extracting(item -> source(item).outlet()).containsExactly("Sidecar outlet", "Sidecar outlet");
    }

    @Test
    void rejectsADirectoryNamedJsonl() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.jsonl"));

        assertThat(rejection(Inputs.read(InputFile.of(folder, InputKind.JSONL)).get(0)).reason()).isEqualTo("not a regular file");
    }
}
