package org.newsgraph.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.clusters.ReclusterWindow;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.cluster.ReclusterRule;
import org.newsgraph.model.EventMerge;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Seeds;

/**
 * A store of the bundled examples analysed by the real models, made once per test JVM and shared
 * by the tests that only read it (the server never writes it).
 */
final class ExampleStore {

    static final Newsgraph NEWSGRAPH = new Newsgraph(NewsgraphConfig.defaults());
    private static Path dir;
    private static Path reclustered;
    private static List<EventMerge> retired;

    private ExampleStore() {}

    static synchronized Path dir() {
        if (dir == null) {
            dir = temporary("newsgraph-http-examples");
            analyze(dir, List.of(Seeds.folder()));
        }
        return dir;
    }

    /**
     * A copy of the store of the examples in which a recluster split cluster c2 (its two reports of
     * one visit) at a cut above their link's probability, so that the events of the part moved
     * took ids in the new cluster and their old ids are retired (the export's event_merges); made
     * once per test JVM.
     */
    static synchronized Path reclustered() {
        if (reclustered == null) {
            reclustered = copy(dir());
            ReclusterRule apart = new ReclusterRule(ReclusterRule.Start.ARTICLES, 0.99, 1, false);
            try (ArticleStore writer = NEWSGRAPH.openStore(reclustered);
                 SearchIndex index = NEWSGRAPH.openSearchIndex(reclustered)) {
                NEWSGRAPH.reclusterRecipe(writer, ReclusterWindow.all(), apart, line -> { }).run();
                new SearchIndexer().update(writer, index, false, SearchIndexer.Progress.SILENT);
                retired = writer.corpusEvents().eventMerges();
            }
        }
        return reclustered;
    }

    /** The event ids the recluster of {@link #reclustered} retired, each with the id it went into. */
    static synchronized List<EventMerge> retiredEvents() {
        reclustered();
        return retired;
    }

    /**
     * Analyses the inputs into the store in {@code store}, with the real models (loaded once per
     * JVM), and brings its search index up to date after, as the analyze command does.
     */
    static RunSummary analyze(Path store, List<Path> inputs) {
        try (ArticleStore writer = NEWSGRAPH.openStore(store); SearchIndex index = NEWSGRAPH.openSearchIndex(store)) {
            RunSummary run = NEWSGRAPH.analyzer().analyze(inputs, writer, NEWSGRAPH.coreNlp(() -> { }), ProgressListener.SILENT);
            new SearchIndexer().update(writer, index, false, SearchIndexer.Progress.SILENT);
            return run;
        }
    }

    /** A new folder, deleted with what it holds when the test JVM ends. */
    static Path temporary(String prefix) {
        try {
            Path made = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a folder left in the temporary folder is no failure of a test
        }
    }

    /** A copy of a store folder (no writer may hold it), without the subfolders named in {@code left}. */
    static Path copy(Path store, String... left) {
        Path copy = temporary("newsgraph-store-copy");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path f : files.toList()) {
                Path relative = store.relativize(f);
                if (relative.toString().isEmpty() || Stream.of(left).anyMatch(relative::startsWith)
                        || f.getFileName().toString().endsWith(".lock")) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy.resolve(relative));
                } else {
                    Files.copy(f, copy.resolve(relative));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** A server on a free port of the loopback address over {@code store}. */
    static ApiServer serve(Path store) {
        return ApiServer.start(NEWSGRAPH, store, ServerConfig.defaults().withAddress("127.0.0.1", 0), line -> { });
    }
}
