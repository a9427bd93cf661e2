package org.newsgraph.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * A store of the bundled examples analysed by the real models, made once per test JVM and shared
 * by the tests that only read it (the server never writes it).
 */
final class ExampleStore {

    static final Newsgraph NEWSGRAPH = new Newsgraph(NewsgraphConfig.defaults());
    private static Path dir;

    private ExampleStore() {}

    static synchronized Path dir() {
        if (dir == null) {
            dir = temporary("newsgraph-http-examples");
            analyze(dir, List.of(Seeds.folder()));
        }
        return dir;
    }

    /** Analyses the inputs into the store in {@code store}, with the real models (loaded once per JVM). */
    static RunSummary analyze(Path store, List<Path> inputs) {
        try (ArticleStore writer = NEWSGRAPH.openStore(store)) {
            return NEWSGRAPH.analyze(inputs, writer, NEWSGRAPH.coreNlp(() -> { }), ProgressListener.SILENT);
        }
    }

    static Path temporary(String prefix) {
        try {
            Path made = Files.createTempDirectory(prefix);
            made.toFile().deleteOnExit();
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a free port of the loopback address over {@code store}. */
    static ApiServer serve(Path store) {
        return ApiServer.start(NEWSGRAPH, store, ServerConfig.defaults().withAddress("127.0.0.1", 0), line -> { });
    }
}
