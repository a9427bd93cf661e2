package org.newsgraph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the repository's bundled example articles and the shared corpora are, for tests. */
public final class Seeds {

    private Seeds() {}

    /** The repository root: the {@code newsgraph.root} system property, else the nearest folder with {@code examples/}. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("newsgraph.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/nato-zelensky"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    /** The bundled copy of the five seed articles. */
    public static Path folder() {
        return repositoryRoot().resolve("examples/nato-zelensky");
    }

    /** The seed article files, in name order. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder shared beside the repository (seeds, gold, corpora). */
    public static Path shared() {
        return repositoryRoot().resolveSibling("shared");
    }

    /**
     * Copies the seed articles into {@code target} with a {@code metadata.jsonl} sidecar that gives
     * each file the publication date mapped to its name (an ISO date), as an outlet's metadata would.
     */
    public static Path withPublicationDates(Path target, Map<String, String> published) {
        try {
            Files.createDirectories(target);
            List<String> sidecar = new ArrayList<>();
            for (Path file : files()) {
                String name = file.getFileName().toString();
                Files.copy(file, target.resolve(name));
                if (published.containsKey(name)) {
                    sidecar.add("{\"file\": \"" + name + "\", \"published\": \"" + published.get(name) + "\"}");
                }
            }
            Files.write(target.resolve("metadata.jsonl"), sidecar);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
