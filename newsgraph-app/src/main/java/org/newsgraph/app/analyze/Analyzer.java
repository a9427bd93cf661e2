package org.newsgraph.app.analyze;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputPlan;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.ArticleStore;

/**
 * The analyze use case: reads every input, skips what the store already holds, runs the
 * pipeline on each new article and stores it in its own transaction, so that a run stopped at
 * any point can be started again and picks up where it was.
 */
public final class Analyzer {

    private final InputScanner scanner;
    private final ArticleReader reader;
    private final Pipeline pipeline;
    private final ArticleStore store;
    private final ProgressListener listener;

    public Analyzer(InputScanner scanner, ArticleReader reader, Pipeline pipeline, ArticleStore store,
            ProgressListener listener) {
        this.scanner = scanner;
        this.reader = reader;
        this.pipeline = pipeline;
        this.store = store;
        this.listener = listener;
    }

    public RunSummary run(List<Path> inputs) {
        long start = System.nanoTime();
        RunSummary.Tally tally = new RunSummary.Tally();
        InputPlan plan = scanner.scan(inputs);
        listener.started(plan.files().size());
        plan.rejections().forEach(r -> reject(r, tally));
        int done = 0;
        for (InputFile file : plan.files()) {
            reader.read(file, item -> handle(item, tally));
            listener.fileDone(++done, plan.files().size());
        }
        return tally.finish(Duration.ofNanos(System.nanoTime() - start));
    }

    private void handle(IngestItem item, RunSummary.Tally tally) {
        if (item instanceof IngestItem.Rejected rejected) {
            reject(rejected.rejection(), tally);
        } else if (item instanceof IngestItem.Accepted accepted) {
            accept(accepted.source(), tally);
        }
    }

    private void reject(Rejection rejection, RunSummary.Tally tally) {
        store.recordRejection(rejection);
        tally.add(Outcome.REJECTED);
        listener.article(rejection.input(), Outcome.REJECTED, rejection.reason());
    }

    private void accept(ArticleSource source, RunSummary.Tally tally) {
        String hash = ContentHash.of(source);
        Optional<ArticleStore.Known> known = store.find(hash, source.sourceKey());
        if (known.isPresent() && known.get().status() != ArticleStatus.FAILED) {
            tally.add(Outcome.ALREADY_STORED);
            listener.article(source.sourceKey(), Outcome.ALREADY_STORED, null);
            return;
        }
        Optional<Long> original = store.firstWithContent(hash);
        if (original.isPresent()) {
            store.save(AnalyzedArticle.duplicate(source, hash, original.get()));
            tally.add(Outcome.DUPLICATE);
            listener.article(source.sourceKey(), Outcome.DUPLICATE, "copy of " + StoredArticle.exportId(original.get()));
            return;
        }
        analyse(source, hash, tally);
    }

    private void analyse(ArticleSource source, String hash, RunSummary.Tally tally) {
        AnalyzedArticle article;
        try {
            article = toArticle(pipeline.run(Document.of(source)), hash);
        } catch (RuntimeException e) {
            // One article's failure is recorded and the run goes on; the next run tries it again.
            article = AnalyzedArticle.failed(source, hash, describe(e));
        }
        if (article.status() == ArticleStatus.OK && article.text().isBlank()) {
            reject(new Rejection(source.sourceKey(), "no article text found"), tally);
            return;
        }
        store.save(article);
        Outcome outcome = article.status() == ArticleStatus.OK ? Outcome.OK : Outcome.FAILED;
        tally.add(outcome);
        if (outcome == Outcome.OK) {
            tally.analysed(article.entities().size(), article.timexes().size(), article.tokenCount());
        }
        listener.article(source.sourceKey(), outcome, article.error());
    }

    private static AnalyzedArticle toArticle(Document doc, String hash) {
        List<LocalEntity> entities = doc.entities();
        return new AnalyzedArticle(doc.source(), hash, ArticleStatus.OK, null, null, doc.text(), doc.removed(),
                entities, doc.nlp().timexes(), doc.nlp().tokenCount(), doc.notes());
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return "analysis failed: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
