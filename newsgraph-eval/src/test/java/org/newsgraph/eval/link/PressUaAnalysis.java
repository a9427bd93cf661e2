package org.newsgraph.eval.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.eval.events.AnalysedCorpus;
import org.newsgraph.eval.events.RunTiming;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Folders;
import org.newsgraph.testkit.Seeds;

/**
 * press-ua (CC BY 4.0, president.gov.ua) analysed once per test run with the real recipe into one
 * store under {@code target/} (about 4 minutes on the 2-core build machine), for the Evals that
 * read it: the cluster of each release, its publication day, and the export.
 */
final class PressUaAnalysis {

    private static final Path STORE = Path.of("target", "press-ua-eval");
    private static PressUaAnalysis analysed;

    final LabelledCorpus press;
    /** Each release's predicted cluster, by file. */
    final Map<String, String> clusterOf;
    /** Each release's publication day, by file. */
    final Map<String, String> published;
    final ExportDocument export;

    private PressUaAnalysis(LabelledCorpus press, Map<String, String> clusterOf, Map<String, String> published,
            ExportDocument export) {
        this.press = press;
        this.clusterOf = clusterOf;
        this.published = published;
        this.export = export;
    }

    static synchronized PressUaAnalysis get() {
        if (analysed == null) {
            analysed = analyse();
        }
        return analysed;
    }

    private static PressUaAnalysis analyse() {
        LabelledCorpus press = LabelledCorpus.pressUa(Seeds.shared());
        Folders.delete(STORE);
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore store = newsgraph.openStore(STORE)) {
            RunTiming.Listener listener = new RunTiming.Listener(100, line -> System.out.println("press-ua: " + line));
            AnalysedCorpus corpus = AnalysedCorpus.analyse(newsgraph, newsgraph.coreNlp(() -> { }), files(press), store,
                    listener);
            Map<Long, String> clusters = new HashMap<>();
            store.eventClusters().assignment().forEach((article, cluster) -> clusters.put(article, "c" + cluster));
            Map<String, String> published = new HashMap<>();
            store.articles().forEach(a -> published.put(a.article().source().file(), a.article().source().published().day()));
            System.out.println("press-ua: " + corpus.timing() + "; outcomes " + corpus.summary().outcomes());
            return new PressUaAnalysis(press, corpus.partition(clusters).partition().clusterOf(), published,
                    new ExportReader().whole(store));
        }
    }

    private static List<Path> files(LabelledCorpus press) {
        try (Stream<Path> files = Files.list(press.folder())) {
            return files.filter(f -> f.getFileName().toString().matches("z\\d+\\.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
