package org.newsgraph.ingest;

import java.util.function.Consumer;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.SourceFormat;

/**
 * Reads one input file into articles. Every fault of the input becomes a rejection naming it,
 * so that one bad file never stops a run.
 */
public final class ArticleReader {

    private final IngestConfig config;
    private final JsonlArticles jsonl;

    public ArticleReader(IngestConfig config) {
        this.config = config;
        this.jsonl = new JsonlArticles(config);
    }

    /** Gives the sink one item for a text or HTML file, one a non-blank line for JSONL. */
    public void read(InputFile file, Consumer<IngestItem> sink) {
        switch (file.kind()) {
            case TEXT -> sink.accept(item(file, readText(file)));
            case HTML -> sink.accept(item(file, readPage(file)));
            case JSONL -> jsonl.read(file, sink);
            case SIDECAR -> throw new IllegalArgumentException(
                    "a metadata sidecar is not an article; the scanner applies it: " + file.displayName());
        }
    }

    private ReadOutcome<ArticleSource> readText(InputFile file) {
        return FileBytes.read(file.path(), config.maxFileBytes())
                .then(TextDecoder::text)
                .map(TitledText::split)
                .map(text -> source(file, SourceFormat.TEXT, text.title(), text.body(), text.setApart()));
    }

    private ReadOutcome<ArticleSource> readPage(InputFile file) {
        ReadOutcome<byte[]> bytes = FileBytes.read(file.path(), config.maxFileBytes());
        if (InputKind.isGzipped(file.fileName())) {
            bytes = bytes.then(compressed -> FileBytes.gunzip(compressed, config.maxFileBytes()));
        }
        // the title is left to the extraction stage, which reads the page
        return bytes.then(TextDecoder::page).map(html -> source(file, SourceFormat.HTML, null, html, false));
    }

    private static ArticleSource source(InputFile file, SourceFormat format, String title, String body,
            boolean titleSetApart) {
        String name = file.fileName();
        return new ArticleSource(name, name, format, title, body, null, null, Basis.NONE, PublicationDate.none(), null,
                titleSetApart);
    }

    private static IngestItem item(InputFile file, ReadOutcome<ArticleSource> article) {
        return article.fold(
                source -> new IngestItem.Accepted(file.metadata().applyTo(source)),
                reason -> new IngestItem.Rejected(new Rejection(file.displayName(), reason)));
    }
}
