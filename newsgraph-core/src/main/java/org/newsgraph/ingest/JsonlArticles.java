package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.SourceFormat;

/** Reads a JSONL file: one article a line, each line accepted or rejected on its own. */
final class JsonlArticles {

    private final JsonLines lines;

    JsonlArticles(IngestConfig config) {
        this.lines = new JsonLines(config.maxLineBytes());
    }

    /** Gives one item a non-blank line, and one more rejection if the file fails as a whole. */
    void read(InputFile file, Consumer<IngestItem> sink) {
        JsonLines.Visitor visitor = (number, object) ->
                sink.accept(item(file, number, object.then(o -> article(file.fileName(), number, o))));
        FileBytes.regularFileSize(file.path())
                .then(size -> lines.forEach(file.path(), visitor))
                .then(seen -> seen > 0 ? ReadOutcome.ok(seen) : ReadOutcome.<Integer>failed("empty file"))
                .failure()
                .ifPresent(reason -> sink.accept(rejected(file.displayName(), reason)));
    }

    private static IngestItem item(InputFile file, int number, ReadOutcome<ArticleSource> article) {
        return article.fold(
                source -> new IngestItem.Accepted(file.metadata().applyTo(source)),
                reason -> rejected(file.displayName() + ":" + number, reason));
    }

    private static IngestItem rejected(String input, String reason) {
        return new IngestItem.Rejected(new Rejection(input, reason));
    }

    /** One line's article; text is preferred to html when a line has both, being already clean. */
    static ReadOutcome<ArticleSource> article(String fileName, int number, ObjectNode line) {
        String text = JsonLines.string(line, "text");
        String html = JsonLines.string(line, "html");
        if (text == null && html == null) {
            return ReadOutcome.failed("no text or html field");
        }
        SourceFormat format = text != null && !text.isBlank() ? SourceFormat.TEXT : SourceFormat.HTML;
        String body = format == SourceFormat.TEXT ? text : html;
        if (body == null || body.isBlank()) {
            return ReadOutcome.failed("empty text");
        }
        String key = fileName + "#" + id(line).orElse("line" + number);
        return ReadOutcome.ok(new ArticleSource(fileName, key, format,
                JsonLines.string(line, "title"), body,
                JsonLines.string(line, "url"), null, Basis.NONE,
                PublishedValue.metadata(JsonLines.string(line, "published")),
                JsonLines.string(line, "language"))
                .withOutlet(JsonLines.string(line, "outlet"), Basis.METADATA));
    }

    /** The line's own id; numbers count too, since many exports number their articles. */
    private static Optional<String> id(ObjectNode line) {
        JsonNode id = line.get("id");
        boolean usable = id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank();
        return usable ? Optional.of(id.asText()) : Optional.empty();
    }
}
