package org.newsgraph.app.analyze;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.newsgraph.pipeline.Pipeline;
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
    private final int threads;
    /** The content hashes of the articles being analysed: an exact copy of one waits for it. */
    private final Set<String> analysing = new HashSet<>();

    /** {@code threads}: how many articles are analysed at once (docs/cli.md, analyze --threads). */
    public Analyzer(InputScanner scanner, ArticleReader reader, Recipe recipe, NearDuplicateDetector copies,
            ArticleStore store, ProgressListener listener, int threads) {
        this.scanner = scanner;
        this.reader = reader;
        this.recipe = recipe;
        this.copies = copies;
        this.store = store;
        this.listener = listener;
        this.threads = threads;
    }

    public RunSummary run(List<Path> inputs) {
        long start = System.nanoTime();
        RunSummary.Tally tally = new RunSummary.Tally();
        InputPlan plan = scanner.scan(inputs);
        listener.started(plan.files().size());
        plan.rejections().forEach(r -> reject(r, tally));
        try (InOrder inOrder = new InOrder(threads)) {
            int done = 0;
            for (InputFile file : plan.files()) {
                reader.read(file, item -> handle(item, tally, inOrder));
                int files = ++done;
                inOrder.then(() -> listener.fileDone(files, plan.files().size()));
            }
            inOrder.finish();
        }
        return tally.finish(Duration.ofNanos(System.nanoTime() - start));
    }

    private void handle(IngestItem item, RunSummary.Tally tally, InOrder inOrder) {
        if (item instanceof IngestItem.Rejected rejected) {
            inOrder.then(() -> reject(rejected.rejection(), tally));
        } else if (item instanceof IngestItem.Accepted accepted) {
            prepare(accepted.source(), tally, inOrder);
        }
    }

    private void reject(Rejection rejection, RunSummary.Tally tally) {
        store.recordRejection(rejection);
        tally.add(Outcome.REJECTED);
        listener.article(rejection.input(), Outcome.REJECTED, rejection.reason());
    }

    /**
     * Starts the analysis of an article that looks new on a worker; what is done with it is
     * decided when its turn comes ({@link #accept}), as on one thread, since the articles before
     * it may turn it into one already stored or a copy.
     */
    private void prepare(ArticleSource source, RunSummary.Tally tally, InOrder inOrder) {
        String hash = ContentHash.of(source);
        if (stored(hash, source).isPresent()) {
            inOrder.then(() -> accept(source, hash, null, tally));
            return;
        }
        Prepared text = Prepared.text(() -> recipe.text().run(Document.of(source)));
        if (text.document == null || text.document.text().isBlank() || analysing.contains(hash)
                || copyOf(hash, text.document).isPresent()) {
            inOrder.then(() -> accept(source, hash, text, tally));
            return;
        }
        analysing.add(hash);
        inOrder.work(() -> {
            Prepared analysed = text.analysed(recipe.analysis());
            return () -> {
                analysing.remove(hash);
                accept(source, hash, analysed, tally);
            };
        });
    }

    /** What analyze does with an article, given its text and analysis when made already. */
    private void accept(ArticleSource source, String hash, Prepared prepared, RunSummary.Tally tally) {
        Optional<ArticleStore.Known> known = stored(hash, source);
        if (known.isPresent()) {
            rememberIfForgotten(known.get(), source);
            tally.add(Outcome.ALREADY_STORED);
            listener.article(source.sourceKey(), Outcome.ALREADY_STORED, null);
            return;
        }
        Prepared text = prepared != null ? prepared : Prepared.text(() -> recipe.text().run(Document.of(source)));
        if (text.failure != null) {
            fail(source, hash, text.failure, tally);
            return;
        }
        if (text.document.text().isBlank()) {
            reject(new Rejection(source.sourceKey(), "no article text found"), tally);
            return;
        }
        Optional<Long> original = copyOf(hash, text.document);
        if (original.isPresent()) {
            storeCopy(text.document, hash, original.get(), tally);
        } else {
            analyse(text.analysed(recipe.analysis()), hash, tally);
        }
    }

    /** The stored article with this content or source, unless its analysis failed (it is tried again). */
    private Optional<ArticleStore.Known> stored(String hash, ArticleSource source) {
        return store.find(hash, source.sourceKey()).filter(k -> k.status() != ArticleStatus.FAILED);
    }

    private Optional<Long> copyOf(String hash, Document text) {
        return store.firstWithContent(hash).or(() -> copies.findCopy(text.text()));
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

    private void analyse(Prepared analysed, String hash, RunSummary.Tally tally) {
        if (analysed.failure != null) {
            fail(analysed.document.source(), hash, analysed.failure, tally);
            return;
        }
        AnalyzedArticle article = toArticle(analysed.document, hash);
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

    /**
     * An article's document after a part of the recipe, or why that part failed (then
     * {@code document} is the input it failed on, or null when the text could not be made).
     */
    private record Prepared(Document document, RuntimeException failure, boolean analysed) {

        static Prepared text(Supplier<Document> text) {
            try {
                return new Prepared(text.get(), null, false);
            } catch (RuntimeException e) {
                return new Prepared(null, e, false);
            }
        }

        /** This text analysed, once: an analysis made on a worker is not made again. */
        Prepared analysed(Pipeline analysis) {
            if (analysed) {
                return this;
            }
            try {
                return new Prepared(analysis.run(document), null, true);
            } catch (RuntimeException e) {
                return new Prepared(document, e, true);
            }
        }
    }
}
