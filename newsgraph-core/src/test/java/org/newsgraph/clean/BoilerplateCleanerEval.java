package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.HtmlTextExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputPlan;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;

/**
 * The cleaner on real news nobody tuned it to, with the figures pinned just under what it
 * reaches today: the sentences of the hand-extracted articles of the extraction benchmark
 * (../shared/data/extraction-benchmark) that the cleaner must keep, and the plain-text articles
 * of ECB+, where nearly every line is a sentence of the story. The benchmark's own score, with
 * and without cleaning, is ExtractionBenchmarkEval's (newsgraph-eval).
 */
class BoilerplateCleanerEval {

    private static final Path DATA = SeedGold.repositoryRoot().resolveSibling("shared").resolve("data");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner(CleanRules.english(), CleanerConfig.defaults());

    @Test
    void cleaningLosesAlmostNoSentenceOfTheArticlesOfExtractedPages() throws IOException {
        Pipeline extraction = Pipeline.builder().then(new HtmlTextExtractor()).then(new TextNormalizer()).build();
        JsonNode truth = new ObjectMapper().readTree(DATA.resolve("extraction-benchmark/ground-truth.json").toFile());
        int sentences = 0;
        int lost = 0;
        List<Path> pages = files(DATA.resolve("extraction-benchmark/html"));
        for (Path file : pages) {
            String key = file.getFileName().toString().replace(".html.gz", "");
            String gold = TextNormalizer.normalize(truth.path(key).path("articleBody").asText());
            Document extracted = extraction.run(Document.of(page(file)));
            String cleaned = CLEANER.apply(extracted).text();
            for (String sentence : sentencesOf(gold)) {
                if (extracted.text().contains(sentence)) {
                    sentences++;
                    lost += cleaned.contains(sentence) ? 0 : 1;
                }
            }
        }
        System.out.printf("extraction benchmark, %d pages: %d of %d article sentences lost to cleaning%n",
                pages.size(), lost, sentences);
        assertThat((double) lost / sentences).isLessThanOrEqualTo(0.0025);
    }

    @Test
    void cleaningLeavesThePlainTextArticlesOfEcbPlusAlmostWhole() {
        Pipeline pipeline = SeedGold.textStages();
        InputPlan plan = new InputScanner(IngestConfig.defaults()).scan(List.of(DATA.resolve("ecbplus/text")));
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        int[] lines = {0, 0};
        plan.files().forEach(file -> reader.read(file, item -> {
            ArticleSource source = ((IngestItem.Accepted) item).source();
            lines[0] += (int) source.body().lines().filter(line -> !line.isBlank()).count();
            lines[1] += (int) pipeline.run(Document.of(source)).removed().stream()
                    .filter(removed -> !removed.reason().equals("repeated paragraph")).count();
        }));
        System.out.printf("ECB+, %d articles: %d of %d lines removed, not counting repeated paragraphs%n",
                plan.files().size(), lines[1], lines[0]);
        assertThat(plan.files()).hasSizeGreaterThan(700);
        assertThat(lines[1]).isLessThanOrEqualTo(4);
    }

    private static ArticleSource page(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String name = file.getFileName().toString();
            return new ArticleSource(name, name, SourceFormat.HTML, null, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    null, null, Basis.NONE, PublicationDate.none(), null);
        }
    }

    private static List<String> sentencesOf(String text) {
        return text.lines().flatMap(SENTENCE_END::splitAsStream).map(String::strip)
                .filter(sentence -> sentence.split(" ").length >= 3).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".html.gz")).sorted().toList();
        }
    }
}
