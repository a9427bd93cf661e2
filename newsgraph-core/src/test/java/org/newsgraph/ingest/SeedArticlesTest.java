package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.SourceFormat;

/** Reads the example articles shipped with the repository, as a user's first run would. */
public class SeedArticlesTest {

    /** The repository root: set by the parent pom for surefire, else found from the working folder. */
    public static Path repositoryRoot() {
        String property = System.getProperty("newsgraph.root");
        Path start = property == null || property.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(property);
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("examples"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples folder above " + start);
    }

    @Test
    void readsTheFiveNatoZelenskyArticlesWithTheirFirstLinesAsTitles() throws IOException {
        Path folder = repositoryRoot().resolve("examples/nato-zelensky");
        InputPlan plan = new InputScanner(IngestConfig.defaults()).scan(List.of(folder));
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        List<IngestItem> items = new ArrayList<>();
        plan.files().forEach(file -> reader.read(file, items::add));

        assertThat(items).hasSize(5).allMatch(item -> item instanceof IngestItem.Accepted);
        for (IngestItem item : items) {
            ArticleSource source = ((IngestItem.Accepted) item).source();
            assertThat(source.format()).isEqualTo(SourceFormat.TEXT);
            assertThat(source.title()).isEqualTo(firstNonEmptyLine(folder.resolve(source.file())));
            assertThat(source.body()).isNotBlank();
        }
        assertThat(plan.rejections()).isEmpty();
    }

    private static String firstNonEmptyLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElseThrow();
    }
}
