package org.newsgraph.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.IndexChange;
import org.newsgraph.search.SearchDocument;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchIndexMissingException;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;

/**
 * The search index in one folder (a store's {@code search/}), read by any number of processes and
 * written by the one that holds the store's writer lock. A replacement is one Lucene commit, so a
 * reader sees the whole old index or the whole new one, and a process killed while writing leaves
 * the old one; the commit records the store state the index was made from and the index's format.
 * Each document holds a digest of what it was made from, so a replacement writes only the
 * documents that changed.
 * Readers open nothing until there is an index (or {@link #warm} opens it), and see another
 * process's new commit within a second or so of it, opened on the refresh thread: a search never
 * waits for that. An index made from nothing is merged to one segment.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /**
     * The layout of the fields; an index of another format is as good as none (stale), and the next
     * analyze or reindex makes it again. 2: the text's offsets in its postings (snippets), the names
     * of entities without their roles.
     */
    static final String FORMAT = "2";
    private static final String STATE_KEY = "newsgraph.store_state";
    private static final String FORMAT_KEY = "newsgraph.index_format";
    private static final int PROGRESS_EVERY = 500;

    /** How often at most a search looks for a newer commit. */
    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Path folder;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final FacetsConfig facets = Fields.facets();
    private final IndexSearching.Counting counting;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-index-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile long lookedForCommit = System.nanoTime();
    private Directory directory;
    private SearcherManager searchers;

    private LuceneSearchIndex(Path folder, IndexSearching.Counting counting) {
        this.folder = folder;
        this.counting = counting;
    }

    /** The index in {@code folder}; opening makes nothing: a missing index is made by the first replace. */
    public static LuceneSearchIndex open(Path folder) {
        return new LuceneSearchIndex(folder, IndexSearching.Counting.defaults());
    }

    /** The index in {@code folder}, counting hits exactly up to a bound and past it on a sample (tests). */
    static LuceneSearchIndex open(Path folder, IndexSearching.Counting counting) {
        return new LuceneSearchIndex(folder, counting);
    }

    /** {@inheritDoc} Opens the newest commit on a thread of its own; a search meanwhile waits for it. */
    @Override
    public void warm() {
        refresher.execute(() -> {
            try {
                if (exists()) {
                    searchers();
                }
            } catch (UncheckedIOException | SearchIndexMissingException notYet) {
                // the first search opens the index again, and says why it cannot
            }
        });
    }

    /** {@inheritDoc} Reads the last commit's data; takes no lock, so a search never waits for it. */
    @Override
    public Optional<String> state() {
        if (!exists()) {
            return Optional.empty();
        }
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory()).getUserData();
            if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                return Optional.of("an index of format " + data.get(FORMAT_KEY) + ", not " + FORMAT);
            }
            return Optional.ofNullable(data.get(STATE_KEY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + folder, e);
        }
    }

    @Override
    public synchronized IndexChange replace(List<SearchDocument> documents, String state, IntConsumer progress) {
        return write(documents, state, false, progress);
    }

    @Override
    public synchronized IndexChange rebuild(List<SearchDocument> documents, String state, IntConsumer progress) {
        return write(documents, state, true, progress);
    }

    /** {@inheritDoc} Deletes by the key's term and by its prefix with a dot, then updates by the key's term. */
    @Override
    public synchronized Optional<IndexChange> update(String from, Map<HitKind, Set<String>> deleted,
            List<SearchDocument> documents, String state) {
        if (!state().filter(from::equals).isPresent()) {
            return Optional.empty();
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setCommitOnClose(false)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter writer = new IndexWriter(directory(), config)) {
            int gone = 0;
            for (Map.Entry<HitKind, Set<String>> kind : deleted.entrySet()) {
                for (String id : kind.getValue()) {
                    String key = DocumentMaker.key(kind.getKey(), id);
                    writer.deleteDocuments(new Term(Fields.KEY, key));
                    writer.deleteDocuments(new PrefixQuery(new Term(Fields.KEY, key + ".")));
                    gone++;
                }
            }
            DocumentMaker maker = new DocumentMaker(analyzer);
            Set<String> given = new HashSet<>();
            for (SearchDocument document : documents) {
                String key = DocumentMaker.key(document.kind(), document.id());
                if (given.add(key)) { // one document a key: the first
                    writer.updateDocument(new Term(Fields.KEY, key),
                            facets.build(maker.make(document, DocumentMaker.digest(document))));
                }
            }
            writer.setLiveCommitData(Map.of(STATE_KEY, state, FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            return Optional.of(new IndexChange(writer.getDocStats().numDocs, given.size(), gone));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    /**
     * Writes the documents whose digest is not the one the index holds under their key (all of
     * them when made from nothing: asked to, no index, another format, or one that cannot be
     * read), deletes the keys not given, and commits with the state.
     */
    private IndexChange write(List<SearchDocument> documents, String state, boolean fresh, IntConsumer progress) {
        try {
            Files.createDirectories(folder);
            if (exists() && !readable()) {
                clear();
            }
            Map<String, String> before = fresh ? null : previous();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setCommitOnClose(false)
                    .setOpenMode(before == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
            IndexChange change;
            try (IndexWriter writer = new IndexWriter(directory(), config)) {
                change = write(writer, documents, before == null ? Map.of() : before, progress);
                if (before == null) {
                    writer.forceMerge(1); // one segment: a search looks each term up once, not once a segment
                }
                writer.setLiveCommitData(Map.of(STATE_KEY, state, FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
            }
            if (searchers != null) {
                searchers.maybeRefreshBlocking(); // this process's own searches see what it wrote at once
            }
            return change;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    private IndexChange write(IndexWriter writer, List<SearchDocument> documents, Map<String, String> before,
            IntConsumer progress) throws IOException {
        DocumentMaker maker = new DocumentMaker(analyzer);
        Set<String> given = new HashSet<>();
        int written = 0;
        for (SearchDocument document : documents) {
            String key = DocumentMaker.key(document.kind(), document.id());
            if (!given.add(key)) {
                continue; // one document a key: the first
            }
            String digest = DocumentMaker.digest(document);
            if (!digest.equals(before.get(key))) {
                writer.updateDocument(new Term(Fields.KEY, key), facets.build(maker.make(document, digest)));
                written++;
            }
            if (given.size() % PROGRESS_EVERY == 0) {
                progress.accept(given.size());
            }
        }
        int deleted = 0;
        for (String key : before.keySet()) {
            if (!given.contains(key)) {
                writer.deleteDocuments(new Term(Fields.KEY, key));
                deleted++;
            }
        }
        progress.accept(given.size());
        return new IndexChange(given.size(), written, deleted);
    }

    /**
     * Each document's key and digest as the last commit has them; null when there is nothing to
     * build on: no index, one of another format, or one that cannot be read (made again from nothing).
     */
    private Map<String, String> previous() {
        try {
            if (!exists() || !FORMAT.equals(SegmentInfos.readLatestCommit(directory()).getUserData().get(FORMAT_KEY))) {
                return null;
            }
            return digests();
        } catch (IOException | UncheckedIOException unreadable) {
            return null;
        }
    }

    private boolean readable() {
        try {
            SegmentInfos.readLatestCommit(directory());
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Deletes what an index that cannot be read left, so that a new one can be made in its place. */
    private void clear() throws IOException {
        Directory dir = directory();
        for (String file : dir.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                dir.deleteFile(file);
            }
        }
    }

    /** Each document's key and digest, as the last commit has them. */
    private Map<String, String> digests() throws IOException {
        Map<String, String> digests = new HashMap<>();
        Set<String> fields = Set.of(Fields.KEY, Fields.DIGEST);
        try (DirectoryReader reader = DirectoryReader.open(directory())) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document d = stored.document(doc, fields);
                    digests.put(d.get(Fields.KEY), d.get(Fields.DIGEST));
                }
            }
        }
        return digests;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        SearcherManager manager = searchers();
        refreshSoon(manager);
        IndexSearcher searcher = acquire(manager);
        try {
            return ((Searcher) searcher).searching.search(searcher, query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + folder, e);
        } finally {
            release(manager, searcher);
        }
    }

    /** How many times the searches of the current reader counted hits (tests). */
    int countings() {
        SearcherManager manager = searchers();
        IndexSearcher searcher = acquire(manager);
        try {
            return ((Searcher) searcher).searching.countings();
        } finally {
            release(manager, searcher);
        }
    }

    /** How many queries the searches of the current reader expanded to entities (tests). */
    int expansions() {
        SearcherManager manager = searchers();
        IndexSearcher searcher = acquire(manager);
        try {
            return ((Searcher) searcher).searching.expansions();
        } finally {
            release(manager, searcher);
        }
    }

    /**
     * The searchers of the index, made when there first is one. Only making them takes this
     * index's lock: searches run side by side, and a search never waits for a write.
     */
    private synchronized SearcherManager searchers() {
        try {
            if (searchers == null) {
                if (!exists()) {
                    throw new SearchIndexMissingException("no search index in " + folder);
                }
                searchers = new SearcherManager(directory(), new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                        return new Searcher(reader, new IndexSearching(analyzer, counting));
                    }
                });
            }
            return searchers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /**
     * Looks for a newer commit (another process's) at most once a second, on the refresh thread:
     * the searches go on with the commit before meanwhile, so none waits for it to open. A
     * refresh that fails leaves the searcher before, and is tried again at a later search.
     */
    private void refreshSoon(SearcherManager manager) {
        long now = System.nanoTime();
        if (now - lookedForCommit < REFRESH_NANOS || !refreshing.compareAndSet(false, true)) {
            return;
        }
        lookedForCommit = now;
        try {
            refresher.execute(() -> {
                try {
                    manager.maybeRefreshBlocking();
                } catch (IOException | AlreadyClosedException tryAgainLater) {
                    // the searcher before stays; the next search past the second tries again
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RejectedExecutionException closed) {
            refreshing.set(false);
        }
    }

    /** The searcher of the newest commit opened. */
    private IndexSearcher acquire(SearcherManager manager) {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    private void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a reader of the search index in " + folder, e);
        }
    }

    /** A searcher with its searching. */
    private static final class Searcher extends IndexSearcher {

        private final IndexSearching searching;

        Searcher(IndexReader reader, IndexSearching searching) {
            super(reader);
            this.searching = searching;
            setQueryCache(null); // caching a query of many hits visits every hit: what sampling them avoids
        }
    }

    private boolean exists() {
        try {
            return Files.isDirectory(folder) && DirectoryReader.indexExists(directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + folder, e);
        }
    }

    private synchronized Directory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(folder);
        }
        return directory;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSearchers();
    }

    private synchronized void closeSearchers() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + folder, e);
        }
    }
}
