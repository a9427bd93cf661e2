package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.Seeds;

/**
 * Holds the architecture of STYLE.md by reading the main sources: one module imports CoreNLP,
 * stage packages of the core depend on the model and the pipeline but not on each other, and
 * dependencies point from the edges inwards.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    /**
     * The model, the pipeline, the lexicons more than one stage reads and the ports to what lives
     * outside the core (the store, sentence embeddings).
     */
    private static final Set<String> SHARED_CORE = Set.of("model", "pipeline", "lexicon", "store", "embed");

    @Test
    void onlyTheCoreNlpModuleImportsCoreNlp() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            if (!file.toString().contains("newsgraph-corenlp") && imports(file).stream().anyMatch(i -> i.startsWith("edu.stanford.nlp"))) {
                offenders.add(file.toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void onlyTheOnnxModuleRunsModels() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            if (!file.toString().contains("newsgraph-onnx") && imports(file).stream()
                    .anyMatch(i -> i.startsWith("dev.langchain4j") || i.startsWith("ai.onnxruntime"))) {
                offenders.add(file.toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void stagePackagesOfTheCoreDoNotDependOnEachOther() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            String own = corePackage(file);
            if (own == null || SHARED_CORE.contains(own)) {
                continue;
            }
            for (String imported : imports(file)) {
                String other = imported.startsWith("org.newsgraph.") ? imported.substring(14).split("\\.")[0] : null;
                if (other != null && !other.equals(own) && !SHARED_CORE.contains(other)) {
                    offenders.add(file.getFileName() + " (" + own + ") imports " + imported);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCoreAndTheAdaptersKnowNothingOfTheAppOrTheEdges() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            String module = file.toString().replaceAll(".*/(newsgraph-[a-z]+)/src/.*", "$1");
            if (Set.of("newsgraph-core", "newsgraph-corenlp", "newsgraph-onnx", "newsgraph-store").contains(module)) {
                imports(file).stream()
                        .filter(i -> i.startsWith("org.newsgraph.app") || i.startsWith("org.newsgraph.cli"))
                        .forEach(i -> offenders.add(file.getFileName() + " imports " + i));
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static String corePackage(Path file) {
        Matcher m = Pattern.compile("newsgraph-core/src/main/java/org/newsgraph/(\\w+)/").matcher(file.toString());
        return m.find() ? m.group(1) : null;
    }

    private static List<String> imports(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Seeds.repositoryRoot())) {
            List<Path> sources = files.filter(p -> p.toString().contains("/src/main/java/") && p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .toList();
            assertThat(sources).as("main sources found").hasSizeGreaterThan(20);
            return sources;
        }
    }
}
