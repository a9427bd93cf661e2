package org.newsgraph.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.HtmlTextExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputPlan;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.ingest.SeedArticlesTest;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;

/**
 * The five example articles run through the text stages as the app runs them, and the hand
 * gold of {@code ../shared/gold/seeds.json} for each.
 */
final class SeedGold {

    /** One seed: its original file, what the pipeline made of it, and its gold entry. */
    record Seed(String file, List<String> originalLines, Document cleaned, JsonNode gold) {

        List<String> goldList(String field) {
            List<String> values = new ArrayList<>();
            gold.path(field).forEach(value -> values.add(value.asText()));
            return values;
        }
    }

    private SeedGold() {}

    static Pipeline textStages() {
        return Pipeline.builder()
                .then(new HtmlTextExtractor())
                .then(new TextNormalizer())
                .then(new BoilerplateCleaner(CleanRules.english(), CleanerConfig.defaults()))
                .then(new OutletFinder(CleanRules.english()))
                .build();
    }

    static Map<String, Seed> seeds() {
        Path root = repositoryRoot();
        Path folder = root.resolve("examples/nato-zelensky");
        JsonNode gold = readJson(root.resolveSibling("shared").resolve("gold/seeds.json")).path("documents");
        InputPlan plan = new InputScanner(IngestConfig.defaults()).scan(List.of(folder));
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        Pipeline pipeline = textStages();
        Map<String, Seed> seeds = new LinkedHashMap<>();
        plan.files().forEach(file -> reader.read(file, item -> {
            ArticleSource source = ((IngestItem.Accepted) item).source();
            seeds.put(source.file(), new Seed(source.file(), lines(folder.resolve(source.file())),
                    pipeline.run(Document.of(source)), gold.path(source.file())));
        }));
        return seeds;
    }

    /** The repository root, found as the ingest tests find it. */
    static Path repositoryRoot() {
        return SeedArticlesTest.repositoryRoot();
    }

    private static List<String> lines(Path file) {
        try {
            return TextNormalizer.normalize(Files.readString(file)).lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
