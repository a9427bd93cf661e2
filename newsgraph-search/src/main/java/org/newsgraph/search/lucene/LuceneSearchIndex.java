package org.newsgraph.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 * Readers open nothing until there is an index, and see a new commit at their next search.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** The layout of the fields; an index of another format is as good as none (stale). */
    static final String FORMAT = "1";
    private static final String STATE_KEY = "newsgraph.store_state";
    private static final String FORMAT_KEY = "newsgraph.index_format";
    private static final int PROGRESS_EVERY = 500;

    private final Path folder;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final FacetsConfig facets = Fields.facets();
    private Directory directory;
    private SearcherManager searchers;
    private IndexSearching searching;

    private LuceneSearchIndex(Path folder) {
        this.folder = folder;
    }

    /** The index in {@code folder}; opening makes nothing: a missing index is made by the first replace. */
    public static LuceneSearchIndex open(Path folder) {
        return new LuceneSearchIndex(folder);
    }

    @Override
    public synchronized Optional<String> state() {
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
    public synchronized void replace(List<SearchDocument> documents, String state, IntConsumer progress) {
        DocumentMaker maker = new DocumentMaker(analyzer);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the search index folder " + folder, e);
        }
        try (IndexWriter writer = new IndexWriter(directory(), config)) {
            int added = 0;
            for (SearchDocument document : documents) {
                writer.addDocument(facets.build(maker.make(document)));
                if (++added % PROGRESS_EVERY == 0) {
                    progress.accept(added);
                }
            }
            writer.setLiveCommitData(Map.of(STATE_KEY, state, FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            progress.accept(added);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + folder, e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        IndexSearcher searcher = acquire();
        try {
            return searching(searcher).search(searcher, query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + folder, e);
        } finally {
            release(searcher);
        }
    }

    private synchronized IndexSearcher acquire() {
        try {
            if (searchers == null) {
                if (!exists()) {
                    throw new SearchIndexMissingException("no search index in " + folder);
                }
                searchers = new SearcherManager(directory(), null);
            }
            searchers.maybeRefresh();
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    private synchronized void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a reader of the search index in " + folder, e);
        }
    }

    /** The searching of one reader, with its facet state, made again when the reader changes. */
    private synchronized IndexSearching searching(IndexSearcher searcher) throws IOException {
        if (searching == null || searching.reader() != searcher.getIndexReader()) {
            searching = new IndexSearching(searcher.getIndexReader(), analyzer, facets);
        }
        return searching;
    }

    private boolean exists() {
        try {
            return Files.isDirectory(folder) && DirectoryReader.indexExists(directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + folder, e);
        }
    }

    private Directory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(folder);
        }
        return directory;
    }

    @Override
    public synchronized void close() {
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
