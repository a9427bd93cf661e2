package org.newsgraph.eval.events;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.Folders;
import org.newsgraph.testkit.Seeds;

/**
 * All 772 ECB+ articles (CC BY 3.0) analysed once per test run with the real recipe and models into
 * one SQLite store under {@code target/} (about 5 minutes on the 2-core build machine), for the
 * Evals that read it: which stored article each file became, the store's event clusters, and the
 * export.
 */
final class EcbPlusAnalysis {

    private static final Path STORE = Path.of("target", "ecbplus-eval");
    private static EcbPlusAnalysis analysed;

    final AnalysedCorpus corpus;
    /**
     * Each stored article's event cluster, as the store keeps it; {@link AnalysedCorpus#partition} puts
     * a copy the clusterer left out with its original, and an article in no cluster alone.
     */
    final Map<Long, String> clusters;
    final ExportDocument export;

    private EcbPlusAnalysis(AnalysedCorpus corpus, Map<Long, String> clusters, ExportDocument export) {
        this.corpus = corpus;
        this.clusters = clusters;
        this.export = export;
    }

    static synchronized EcbPlusAnalysis get() {
        if (analysed == null) {
            analysed = analyse();
        }
        return analysed;
    }

    static Path text() {
        return Seeds.shared().resolve("data/ecbplus/text");
    }

    private static EcbPlusAnalysis analyse() {
        Folders.delete(STORE);
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore store = newsgraph.openStore(STORE)) {
            RunTiming.Listener listener = new RunTiming.Listener(50, line -> System.out.println("ECB+ analysis: " + line));
            AnalysedCorpus corpus = AnalysedCorpus.analyse(newsgraph, newsgraph.coreNlp(() -> { }),
                    EcbPlusTexts.files(text()), store, listener);
            Map<Long, String> clusters = new HashMap<>();
            store.eventClusters().assignment().forEach((article, cluster) -> clusters.put(article, "c" + cluster));
            System.out.println("ECB+ analysis: " + corpus.timing() + "; outcomes " + corpus.summary().outcomes()
                    + "; rejected " + corpus.rejected());
            return new EcbPlusAnalysis(corpus, Map.copyOf(clusters), new ExportReader().whole(store));
        }
    }
}
