package org.newsgraph.app.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.analyze.RunSummary;
import org.newsgraph.app.analyze.StoreAnalyzer;
import org.newsgraph.app.search.SearchIndexer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputKind;
import org.newsgraph.ingest.SidecarMetadata;
import org.newsgraph.model.Rejection;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreLockedException;

/**
 * Takes articles sent in and analyses them in the background, one batch at a time, as analyze
 * would: each batch is checked line by line when it comes (the ingest stage's JSONL reading), kept
 * as a file in the store's {@code incoming/} folder until it is analysed and indexed, then deleted.
 * A batch left by a stopped server is analysed when the next intake starts; articles of it already
 * stored are skipped as analyze skips them. While another process writes the store (an analyze),
 * the batch waits and is tried again.
 */
public final class ArticleIntake implements AutoCloseable {

    /** The folder of a store that holds the batches waiting to be analysed. */
    public static final String FOLDER = "incoming";
    /**
     * The longest title taken, in characters: a headline is a line, and a longer title costs the
     * pipeline dearly (a 10 MB one about 40 s of a single worker). A line with a longer title is
     * rejected, saying so, and left out of its batch.
     */
    public static final int MAX_TITLE_CHARS = 1_000;
    private static final String BATCH = ".jsonl";
    /** Beside a batch: the lines refused before it was queued, recorded in the store when it is analysed. */
    private static final String REFUSED = ".refused";
    private static final long RETRY_MILLIS = 2_000;
    /** Reads one whole value: a body with more after its first object is JSON lines. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path store;
    private final IngestConfig ingest;
    private final StoreAnalyzer analyzer;
    private final Supplier<NlpAnnotator> annotator;
    private final Function<Path, ArticleStore> writer;
    private final Function<Path, SearchIndex> searchIndex;
    private final Path incoming;
    private final Consumer<String> log;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-intake");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean closed;

    /**
     * An intake into the store in {@code store}; {@code log} hears each batch analysed or failed.
     *
     * @param ingest      how articles are read, as analyze reads them
     * @param analyzer    analyze, which each batch is given to
     * @param annotator   the annotator of a batch, loaded when first used
     * @param writer      opens a store to write
     * @param searchIndex opens the search index of the store in a folder
     */
    public ArticleIntake(Path store, IngestConfig ingest, StoreAnalyzer analyzer, Supplier<NlpAnnotator> annotator,
            Function<Path, ArticleStore> writer, Function<Path, SearchIndex> searchIndex, Consumer<String> log) {
        this.store = store;
        this.ingest = ingest;
        this.analyzer = analyzer;
        this.annotator = annotator;
        this.writer = writer;
        this.searchIndex = searchIndex;
        this.incoming = store.resolve(FOLDER);
        this.log = log;
        worker.execute(this::drain);
    }

    /**
     * Checks the articles of {@code body} (one JSON object, or JSON lines) and queues those
     * accepted for analysis; a body with no accepted article queues nothing.
     */
    public IntakeReceipt take(String body) {
        String name = String.format("%013d-%06d", System.currentTimeMillis(), sequence.incrementAndGet()) + BATCH;
        try {
            Path staging = Files.createDirectories(incoming.resolve(".staging")).resolve(name);
            List<Rejection> refused = new ArrayList<>();
            Files.writeString(staging, withoutLongTitles(name, asLines(body), refused), StandardCharsets.UTF_8);
            List<Rejection> rejected = new ArrayList<>(refused);
            int accepted = check(staging, rejected);
            rejected.sort(Comparator.comparingInt(ArticleIntake::lineOf));
            if (accepted == 0) {
                Files.delete(staging);
                return new IntakeReceipt(0, rejected, null);
            }
            if (!refused.isEmpty()) {
                Files.write(incoming.resolve(name + REFUSED), refused.stream().map(r -> r.input() + "\t" + r.reason()).toList(),
                        StandardCharsets.UTF_8);
            }
            Files.move(staging, incoming.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            worker.execute(this::drain);
            return new IntakeReceipt(accepted, rejected, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot queue articles in " + incoming, e);
        }
    }

    /** One JSON object, even over several lines, becomes one line; anything else is taken as JSON lines. */
    private static String asLines(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode one = JSON.readTree(trimmed);
                if (one != null && one.isObject()) {
                    return JSON.writeValueAsString(one) + "\n";
                }
            } catch (JsonProcessingException notOneObject) {
                // JSON lines, or broken JSON: the line reader says which line and why
            }
        }
        return body;
    }

    /**
     * The lines with the title of each line whose title is over {@link #MAX_TITLE_CHARS} blanked
     * (so the others keep their numbers), and a rejection for each: the line and the limit.
     */
    private static String withoutLongTitles(String batch, String lines, List<Rejection> refused) {
        String[] each = lines.split("\n", -1);
        for (int i = 0; i < each.length; i++) {
            int length = each[i].length() > MAX_TITLE_CHARS ? titleLength(each[i]) : 0;
            if (length > MAX_TITLE_CHARS) {
                refused.add(new Rejection(batch + ":" + (i + 1), String.format(Locale.ROOT,
                        "title of %,d characters: at most %,d are taken (a title is one headline)", length, MAX_TITLE_CHARS)));
                each[i] = "";
            }
        }
        return String.join("\n", each);
    }

    /** The length of a line's title, 0 when it has none or is no JSON object (the line reader says why). */
    private static int titleLength(String line) {
        try {
            JsonNode title = JSON.readTree(line).path("title");
            return title.isTextual() ? title.asText().length() : 0;
        } catch (JsonProcessingException notAnObject) {
            return 0;
        }
    }

    /** The line of {@code batch.jsonl:LINE}, 0 for a rejection of the whole body. */
    private static int lineOf(Rejection r) {
        String input = r.input();
        String number = input.substring(input.lastIndexOf(':') + 1);
        return number.matches("\\d{1,9}") ? Integer.parseInt(number) : 0;
    }

    private int check(Path batch, List<Rejection> rejected) {
        int[] accepted = {0};
        InputFile file = new InputFile(batch, batch.getFileName().toString(), InputKind.JSONL, SidecarMetadata.none());
        new ArticleReader(ingest).read(file, item -> {
            if (item instanceof IngestItem.Rejected r) {
                rejected.add(r.rejection());
            } else {
                accepted[0]++;
            }
        });
        return accepted[0];
    }

    /** Analyses every waiting batch, oldest first; a batch the store is locked for waits for the next try. */
    private void drain() {
        for (Path batch : waiting()) {
            if (closed) {
                return;
            }
            try (ArticleStore articles = writer.apply(store); SearchIndex index = searchIndex.apply(store)) {
                recordRefused(batch, articles);
                RunSummary run = analyzer.analyze(List.of(batch), articles, annotator.get(), ProgressListener.SILENT);
                new SearchIndexer().update(articles, index, run.searchChanges(), SearchIndexer.Progress.SILENT);
                Files.delete(batch);
                Files.deleteIfExists(refusedBeside(batch));
                log.accept("analysed " + batch.getFileName());
            } catch (StoreLockedException locked) {
                if (!closed) {
                    worker.schedule(this::drain, RETRY_MILLIS, TimeUnit.MILLISECONDS); // an analyze writes: wait for it
                }
                return;
            } catch (IOException | RuntimeException e) {
                log.accept("could not analyse " + batch.getFileName() + " (kept for the next batch or start): "
                        + e.getMessage());
                return;
            }
        }
    }

    /** Records the lines refused before the batch was queued as the store records any rejected input. */
    private static void recordRefused(Path batch, ArticleStore articles) throws IOException {
        Path refused = refusedBeside(batch);
        if (Files.exists(refused)) {
            for (String line : Files.readAllLines(refused, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    articles.recordRejection(new Rejection(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
    }

    private static Path refusedBeside(Path batch) {
        return batch.resolveSibling(batch.getFileName() + REFUSED);
    }

    private List<Path> waiting() {
        if (!Files.isDirectory(incoming)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.filter(f -> f.getFileName().toString().endsWith(BATCH) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + incoming, e);
        }
    }

    /**
     * Stops: the batch being analysed is given a minute to finish; it and those waiting stay in
     * {@code incoming/} for the next start.
     */
    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                worker.shutdownNow(); // the batch stays in incoming/ for the next start
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
