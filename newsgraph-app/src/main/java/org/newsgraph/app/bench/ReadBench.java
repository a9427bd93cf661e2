package org.newsgraph.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.store.ArticleStore;

/**
 * Measures the read commands on a large store: a small folder is analysed once into a template
 * store, copies of it fill a real store to each size ({@link SyntheticCorpus}), and at each size the
 * use cases behind {@code events}, {@code events --type T}, {@code timeline --entity X},
 * {@code entities --name X} and {@code story ID} are timed (each on a read-only view opened for it, as the CLI opens one), and
 * {@code export} is run in a child JVM whose heap after each garbage collection is logged.
 */
public final class ReadBench {

    /** Runs of each read at each size; the median is reported. */
    private static final int RUNS = 3;
    /** How long the export may take before it is stopped (and reported as not finished). */
    private static final long EXPORT_MINUTES = 10;
    /** The heap the export's child JVM is given. */
    static final String EXPORT_HEAP = "1g";
    /** The heap in use after a collection, in a line of -Xlog:gc: "Pause Young (Allocation Failure) 25M->3M(247M)". */
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    /** The read use cases as the CLI runs them, each on a store folder; each returns how many things it found. */
    public interface Reads {
        int events(Path store);

        /** {@code events --type T}: its default limit of the events of one type. */
        int eventsOfType(Path store, String type);

        int timeline(Path store, String entity);

        int entities(Path store, String name);

        int story(Path store, String id);

    }

    private final Bench.Analysis analysis;
    private final Function<Path, ArticleStore> writer;
    private final Reads reads;
    private final String cliMain;
    private final Consumer<String> log;

    /**
     * @param analysis analyze, to make the template store from real articles
     * @param writer   opens a store to write
     * @param reads    the read use cases measured
     * @param cliMain  the command line's main class, whose export is run in a child JVM
     */
    public ReadBench(Bench.Analysis analysis, Function<Path, ArticleStore> writer, Reads reads, String cliMain,
            Consumer<String> log) {
        this.analysis = analysis;
        this.cliMain = cliMain;
        this.writer = writer;
        this.reads = reads;
        this.log = log;
    }

    /**
     * Analyses {@code articles} into a template store in {@code work}, then grows a second store in
     * {@code work} to each of {@code sizes} (ascending) and measures the reads at each.
     */
    public ReadBenchReport run(Path articles, List<Integer> sizes, Path work) throws IOException {
        Path template = work.resolve("template");
        log.accept("reads: analysing " + articles + " into the template store");
        analysis.analyze(articles, template, 1);
        SyntheticCorpus corpus;
        try (ArticleStore store = writer.apply(template)) {
            corpus = new SyntheticCorpus(store);
        }
        String entity = corpus.busiestEntityName();
        String type;
        try (ArticleStore store = writer.apply(template)) {
            type = store.corpusEvents().eventsAfter(null, 1).stream().map(e -> e.type()).findFirst().orElse("meeting");
        }
        log.accept("reads: " + corpus.articlesPerWorld() + " template articles; reads ask for entity '" + entity + "'");
        Path big = work.resolve("store");
        List<ReadBenchReport.Size> measured = new ArrayList<>();
        for (int size : sizes) {
            long start = System.nanoTime();
            grow(corpus, big, size);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            String story = corpus.storyId(corpus.worlds() / 2);
            measured.add(measure(big, corpus.worlds() * corpus.articlesPerWorld(), buildSeconds, entity, type, story));
            log.accept("reads: " + measured.get(measured.size() - 1).render());
        }
        return new ReadBenchReport(measured, entity, corpus.articlesPerWorld());
    }

    /** Writes worlds until the store holds at least {@code size} articles, then their corpus model. */
    private void grow(SyntheticCorpus corpus, Path dir, int size) {
        try (ArticleStore store = writer.apply(dir)) {
            corpus.grow(store, size, line -> log.accept("reads: " + line));
        }
    }

    private ReadBenchReport.Size measure(Path store, int articles, double buildSeconds, String entity, String type,
            String story) throws IOException {
        int[] found = new int[5];
        double events = median(() -> found[0] = reads.events(store));
        double typed = median(() -> found[4] = reads.eventsOfType(store, type));
        double timeline = median(() -> found[1] = reads.timeline(store, entity));
        double entities = median(() -> found[2] = reads.entities(store, entity));
        double storyMillis = story == null ? Double.NaN : median(() -> found[3] = reads.story(store, story));
        log.accept("reads: exporting in a child JVM with -Xmx" + EXPORT_HEAP);
        ExportRun export = export(store, store.getParent().resolve("export.json"));
        return new ReadBenchReport.Size(articles, buildSeconds, events, type, typed, timeline, entities, storyMillis, found,
                export);
    }

    private interface Read {
        int run();
    }

    /** The median of three runs; one run only when it takes more than ten seconds. */
    private static double median(Read read) {
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (millis[i] > 10_000) {
                return millis[i];
            }
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    /**
     * Runs the CLI's export in a child JVM with a heap of {@link #EXPORT_HEAP} and the serial
     * collector, which logs the heap in use after every collection: the most of those is what the
     * export kept alive. An export that needs more does not finish (OutOfMemoryError), nor one that
     * takes more than {@link #EXPORT_MINUTES}.
     */
    private ExportRun export(Path store, Path target) throws IOException {
        Path gcLog = Files.createTempFile(store.getParent(), "export-gc", ".log");
        List<String> command = CliProcess.command(cliMain, List.of("-Xmx" + EXPORT_HEAP, "-XX:+UseSerialGC",
                "-Xlog:gc:file=" + gcLog), List.of("export", "--store", store.toString(), target.toString()));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(store.getParent().resolve("export.out").toFile()).start();
        try {
            if (!child.waitFor(EXPORT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly().waitFor();
            }
            int status = child.exitValue();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> gc = Files.readAllLines(gcLog);
            long peak = 0;
            int collections = 0;
            for (String line : gc) {
                Matcher m = AFTER_GC.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                    collections++;
                }
            }
            long bytes = status == 0 && Files.exists(target) ? Files.size(target) : 0;
            return new ExportRun(status == 0, seconds, bytes, peak, collections);
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the export ran", e);
        } finally {
            Files.deleteIfExists(gcLog);
            Files.deleteIfExists(target);
        }
    }

    /** How the export in its child JVM went: the most heap in use after a collection, in MB. */
    record ExportRun(boolean finished, double seconds, long bytes, long heapMegabytes, int collections) {}
}
