package org.newsgraph.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.store.ArticleStore;

/**
 * Measures the server on a large store: a small folder is analysed into a template store, copies
 * of it fill a real store to the size asked ({@link SyntheticCorpus}), {@code reindex} makes its
 * search index, and the server is started over it. Then clients ask it, each one request after the
 * other, for searches of the template's title words and for its events (web page and API) for a
 * while, as an {@code analyze} adds articles to the same store. The command line runs in child JVMs
 * (analyze, reindex), as a user runs it beside a server. Every request's time is kept; the
 * percentiles are of all of them.
 */
public final class ServeBench {

    /** How long the template's analysis and the reindex may take. */
    private static final long CHILD_MINUTES = 60;
    /** How long the analyze beside may go on once the clients are done, before it is stopped. */
    private static final long ADDED_MINUTES = 10;
    /** How long the server may take to show an article the analyze beside added, once it finished. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);
    /** The most articles the analyze beside is looked for. */
    private static final int MOST_ADDED = 10_000;

    /** Starts the server measured over a store folder, on a free port of the loopback address. */
    public interface Server {
        Running start(Path store);
    }

    /** A server started: the root of its pages ({@code http://127.0.0.1:8080/}); closing stops it. */
    public interface Running extends AutoCloseable {
        String root();

        @Override
        void close();
    }

    /**
     * What is measured.
     *
     * @param size     the articles the store holds
     * @param clients  the clients that ask at the same time
     * @param duration how long they ask
     * @param added    the folder the analyze beside adds; null: copies of the template's articles
     */
    public record Settings(int size, int clients, Duration duration, Path added) {

        public Settings {
            if (size < 1 || clients < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a size, clients and a duration above zero: " + size + ", "
                        + clients + ", " + duration);
            }
        }
    }

    private final Function<Path, ArticleStore> writer;
    private final Function<Path, ArticleStore> reader;
    private final Server server;
    private final String cliMain;
    private final Consumer<String> log;

    /**
     * @param writer  opens a store to write
     * @param reader  opens a read-only view of a store
     * @param server  the server measured
     * @param cliMain the command line's main class, run in child JVMs
     */
    public ServeBench(Function<Path, ArticleStore> writer, Function<Path, ArticleStore> reader, Server server,
            String cliMain, Consumer<String> log) {
        this.writer = writer;
        this.reader = reader;
        this.server = server;
        this.cliMain = cliMain;
        this.log = line -> log.accept("serve: " + line);
    }

    /**
     * Makes the store of {@code articles}' copies in {@code work} and measures the server over it;
     * when {@code work} holds the template and store of an earlier run, serves them again.
     */
    public ServeBenchReport run(Path articles, Path work, Settings settings) throws IOException {
        Path template = work.resolve("template");
        Path store = work.resolve("store");
        boolean again = Files.isDirectory(template) && Files.isDirectory(store);
        if (!again) {
            log.accept("analysing " + articles + " into the template store");
            child(List.of("analyze", articles.toString(), "--store", template.toString()), work.resolve("template.out"));
        }
        SyntheticCorpus corpus;
        try (ArticleStore templateStore = writer.apply(template)) {
            corpus = new SyntheticCorpus(templateStore);
        }
        double built = Double.NaN;
        double indexed = Double.NaN;
        long newest;
        if (again) {
            log.accept("serving the store an earlier run left in " + store + " again");
            try (ArticleStore big = reader.apply(store)) {
                corpus.resume(big, settings.size());
                newest = newest(big, corpus.newestArticle());
            }
        } else {
            long start = System.nanoTime();
            try (ArticleStore big = writer.apply(store)) {
                corpus.grow(big, settings.size(), log);
            }
            built = since(start);
            log.accept("making the search index: reindex");
            start = System.nanoTime();
            child(List.of("reindex", "--store", store.toString()), work.resolve("reindex.out"));
            indexed = since(start);
            newest = corpus.newestArticle();
        }
        Path added = settings.added() != null ? settings.added() : copies(articles, work);
        ServeClients clients = new ServeClients(corpus.titleWords(), corpus::eventId, corpus.worlds(),
                corpus.eventsPerWorld());
        try (Running running = server.start(store)) {
            log.accept("server at " + running.root() + "; " + settings.clients() + " clients for "
                    + settings.duration().toSeconds() + " s while analyze adds " + added);
            Process analyze = new ProcessBuilder(CliProcess.command(cliMain, List.of(CliProcess.sameHeap()),
                    List.of("analyze", added.toString(), "--store", store.toString()))).redirectErrorStream(true)
                    .redirectOutput(work.resolve("added.out").toFile()).start();
            long began = System.nanoTime();
            FirstSeen seen = new FirstSeen(store, running.root(), began);
            Thread watching = new Thread(seen, "serve-bench-watch");
            watching.setDaemon(true);
            watching.start();
            try {
                List<ServeClients.Request> requests = ask(clients, running.root(), settings);
                double window = since(began);
                ServeBenchReport.Added beside = finish(analyze, began, window, store, newest, running.root())
                        .seen(seen.inStore, seen.inServer);
                return new ServeBenchReport(corpus.worlds() * corpus.articlesPerWorld(), corpus.articlesPerWorld(),
                        built, indexed, settings.clients(), window, ServeBenchReport.figures(requests), beside);
            } finally {
                watching.interrupt();
                analyze.destroyForcibly();
            }
        }
    }

    /** Runs the clients until the duration has passed; every request they made. */
    private static List<ServeClients.Request> ask(ServeClients clients, String root, Settings settings)
            throws IOException {
        long deadline = System.nanoTime() + settings.duration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        try {
            List<Future<List<ServeClients.Request>>> running = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                int seed = i;
                running.add(pool.submit(() -> clients.ask(root, deadline, seed)));
            }
            List<ServeClients.Request> all = new ArrayList<>();
            for (Future<List<ServeClients.Request>> f : running) {
                all.addAll(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the clients asked", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for the analyze beside to end, then for the server to show the last article it added
     * and placed in a cluster, in that cluster's main event.
     */
    private ServeBenchReport.Added finish(Process analyze, long began, double window, Path store, long newest,
            String root) throws IOException {
        if (analyze.isAlive()) {
            log.accept("waiting for the analyze beside to finish");
        }
        boolean ended = waitFor(analyze, ADDED_MINUTES);
        double seconds = since(began);
        if (!ended || analyze.exitValue() != 0) {
            return new ServeBenchReport.Added(ended ? analyze.exitValue() : -1, seconds, window, 0, null, Double.NaN);
        }
        long done = System.nanoTime();
        List<Long> ids;
        Optional<Long> cluster;
        try (ArticleStore view = reader.apply(store)) {
            ids = view.heads(LongStream.rangeClosed(newest + 1, newest + MOST_ADDED).boxed().toList()).stream()
                    .map(ArticleHead::id).toList();
            cluster = ids.isEmpty() ? Optional.empty() : view.eventClusters().clusterOf(ids.get(ids.size() - 1));
        }
        if (cluster.isEmpty()) {
            return new ServeBenchReport.Added(0, seconds, window, ids.size(), null, Double.NaN);
        }
        String event = "v" + cluster.get();
        String article = "\"a" + ids.get(ids.size() - 1) + "\"";
        boolean shown = ServeClients.shows(root + "api/v1/events/" + event, article, VISIBLE_WITHIN);
        return new ServeBenchReport.Added(0, seconds, window, ids.size(), event, shown ? since(done) : Double.NaN);
    }

    /** The newest article of the store from {@code from} on: what earlier runs' analyzes added after the copies. */
    private static long newest(ArticleStore store, long from) {
        return store.heads(LongStream.rangeClosed(from + 1, from + MOST_ADDED).boxed().toList()).stream()
                .mapToLong(ArticleHead::id).max().orElse(from);
    }

    private static boolean waitFor(Process child, long minutes) throws IOException {
        try {
            if (!child.waitFor(minutes, TimeUnit.MINUTES)) {
                child.destroyForcibly().waitFor();
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a child JVM ran", e);
        }
    }

    /** Runs the command line in a child JVM to its end; one that fails stops the bench, naming its output. */
    private void child(List<String> arguments, Path output) throws IOException {
        Process child = new ProcessBuilder(CliProcess.command(cliMain, List.of(CliProcess.sameHeap()), arguments))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!waitFor(child, CHILD_MINUTES) || child.exitValue() != 0) {
            throw new IOException(arguments.get(0) + " failed in its child JVM: " + Files.readString(output));
        }
    }

    /**
     * Copies of the articles of a folder under new names in a new folder of {@code work}, each text
     * file with a line more that names the run, so that each is a new input with a content of its
     * own (dedup may still find it a near copy).
     */
    private static Path copies(Path articles, Path work) throws IOException {
        String run = String.valueOf(System.currentTimeMillis());
        Path folder = Files.createDirectories(work.resolve("added-" + run));
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                Path copy = folder.resolve("added-" + name);
                if (name.endsWith(".txt")) {
                    Files.writeString(copy, Files.readString(f, StandardCharsets.UTF_8)
                            + "\n\nThis copy was added while the server was measured, run " + run + ".\n",
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
        return folder;
    }

    /**
     * When the store first held an article outside its corpus model (one the analyze beside stored,
     * before it updates the model at its end), and when the server's root first counted one, in
     * seconds from the start; each looked at every quarter second.
     */
    private final class FirstSeen implements Runnable {

        private final Path store;
        private final String root;
        private final long began;
        private volatile double inStore = Double.NaN;
        private volatile double inServer = Double.NaN;

        FirstSeen(Path store, String root, long began) {
            this.store = store;
            this.root = root;
            this.began = began;
        }

        @Override
        public void run() {
            try {
                while (Double.isNaN(inStore) || Double.isNaN(inServer)) {
                    if (Double.isNaN(inStore)) {
                        try (ArticleStore view = reader.apply(store)) {
                            if (view.articlesOutsideCorpusModel() > 0) {
                                inStore = since(began);
                            }
                        }
                    }
                    if (Double.isNaN(inServer) && ServeClients.outsideModel(root) > 0) {
                        inServer = since(began);
                    }
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                log.accept("the root could not be read: " + e.getMessage());
            }
        }
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
