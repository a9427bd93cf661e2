package org.newsgraph.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.HtmlTextExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.clean.BoilerplateCleaner;
import org.newsgraph.clean.CleanRules;
import org.newsgraph.clean.CleanerConfig;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;

/**
 * The pages of the shared extraction benchmark, read as the product reads them (ingest decodes
 * each page's bytes), extracted and normalised as the export shows them, and scored against the
 * gold {@code articleBody}.
 */
final class ExtractionBenchmark {

    private static final String SUFFIX = ".html.gz";

    private final Path folder;
    private final Pipeline text;

    /** The benchmark in {@code folder}, each page turned into text by {@code text}. */
    ExtractionBenchmark(Path folder, Pipeline text) {
        this.folder = folder;
        this.text = text;
    }

    /** Extraction and normalisation: what the extractor alone makes of a page. */
    static Pipeline extraction() {
        return Pipeline.builder().then(new HtmlTextExtractor()).then(new TextNormalizer()).build();
    }

    /** Extraction, normalisation and boilerplate removal: the text the export shows. */
    static Pipeline cleaning() {
        return Pipeline.builder().then(new HtmlTextExtractor()).then(new TextNormalizer())
                .then(new BoilerplateCleaner(CleanRules.english(), CleanerConfig.defaults())).build();
    }

    /** One page's key, its extracted text and its score. */
    record Page(String key, String predicted, PageScore score) {

        /** A fixed half of the pages by key (the keys are SHA-256 hex): develop on one, check the other. */
        boolean inFirstHalf() {
            return Character.digit(key.charAt(0), 16) % 2 == 0;
        }
    }

    List<Page> run() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        IngestConfig config = IngestConfig.defaults();
        List<InputFile> files = new InputScanner(config).scan(List.of(folder.resolve("html"))).files();
        ArticleReader reader = new ArticleReader(config);
        List<Page> pages = new ArrayList<>();
        for (InputFile file : files) {
            String key = file.fileName().substring(0, file.fileName().length() - SUFFIX.length());
            String truth = gold.path(key).path("articleBody").asText("");
            reader.read(file, item -> pages.add(page(key, truth, predicted(item, text))));
        }
        return pages;
    }

    /** A page the reader rejects predicts nothing, which the benchmark scores as zero recall. */
    private static String predicted(IngestItem item, Pipeline text) {
        return item instanceof IngestItem.Accepted accepted ? text.run(Document.of(accepted.source())).text() : "";
    }

    private static Page page(String key, String gold, String predicted) {
        return new Page(key, predicted, PageScore.of(gold, predicted));
    }
}
