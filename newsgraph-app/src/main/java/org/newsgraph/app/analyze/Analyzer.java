package org.newsgraph.app.analyze;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.newsgraph.dedup.NearDuplicateDetector;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputPlan;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.Document;
import org.newsgraph.store.ArticleStore;

/**
 * The analyze use case: reads every input, skips what the store already holds, cleans each new
 * article, stores a copy of an article analysed before as a duplicate of it, analyses the rest
 * and stores each in its own transaction, so that a run stopped at any point can be started
 * again and picks up where it was.
 */
public final class Analyzer {

    private final InputScanner scanner;
    private final ArticleReader reader;
    private final Recipe recipe;
    private final NearDuplicateDetector copies;
    private final ArticleStore store;
    private final ProgressListener listener;

    public Analyzer(InputScanner scanner, ArticleReader reader, Recipe recipe, NearDuplicateDetector copies,
            ArticleStore store, ProgressListener listener) {
        this.scanner = scanner;
        this.reader = reader;
        this.recipe = recipe;
        this.copies = copies;
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
            rememberIfForgotten(known.get(), source);
            tally.add(Outcome.ALREADY_STORED);
            listener.article(source.sourceKey(), Outcome.ALREADY_STORED, null);
            return;
        }
        Document text;
        try {
            text = recipe.text().run(Document.of(source));
        } catch (RuntimeException e) {
            fail(source, hash, e, tally);
            return;
        }
        if (text.text().isBlank()) {
            reject(new Rejection(source.sourceKey(), "no article text found"), tally);
            return;
        }
        Optional<Long> original = store.firstWithContent(hash).or(() -> copies.findCopy(text.text()));
        if (original.isPresent()) {
            storeCopy(text, hash, original.get(), tally);
        } else {
            analyse(text, hash, tally);
        }
    }

    /**
     * A run killed between storing an article and remembering its fingerprint left it
     * unfindable as an original; its next run mends that.
     */
    private void rememberIfForgotten(ArticleStore.Known known, ArticleSource source) {
        if (known.status() == ArticleStatus.OK && !copies.remembers(known.id())) {
            copies.remember(known.id(), recipe.text().run(Document.of(source)).text());
        }
    }

    private void storeCopy(Document text, String hash, long original, RunSummary.Tally tally) {
        store.save(new AnalyzedArticle(text.source(), hash, ArticleStatus.DUPLICATE, null, original, text.text(),
                text.removed(), List.of(), List.of(), 0, text.notes()));
        tally.add(Outcome.DUPLICATE);
        listener.article(text.source().sourceKey(), Outcome.DUPLICATE, "copy of " + StoredArticle.exportId(original));
    }

    private void analyse(Document text, String hash, RunSummary.Tally tally) {
        AnalyzedArticle article;
        try {
            article = toArticle(recipe.analysis().run(text), hash);
        } catch (RuntimeException e) {
            fail(text.source(), hash, e, tally);
            return;
        }
        long id = store.save(article);
        copies.remember(id, article.text());
        tally.add(Outcome.OK);
        tally.analysed(article.entities().size(), article.timexes().size(), article.tokenCount());
        listener.article(article.source().sourceKey(), Outcome.OK, null);
    }

    /** One article's failure is recorded and the run goes on; the next run tries it again. */
    private void fail(ArticleSource source, String hash, RuntimeException e, RunSummary.Tally tally) {
        AnalyzedArticle failed = AnalyzedArticle.failed(source, hash, describe(e));
        store.save(failed);
        tally.add(Outcome.FAILED);
        listener.article(source.sourceKey(), Outcome.FAILED, failed.error());
    }

    private static AnalyzedArticle toArticle(Document doc, String hash) {
        return new AnalyzedArticle(doc.source(), hash, ArticleStatus.OK, null, null, doc.text(), doc.removed(),
                doc.entities(), doc.nlp().timexes(), doc.nlp().tokenCount(), doc.notes(), doc.quotes(),
                doc.claims(), doc.events());
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return "analysis failed: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
