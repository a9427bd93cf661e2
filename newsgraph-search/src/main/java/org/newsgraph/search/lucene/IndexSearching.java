package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsgraph.search.BadQueryException;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchQuery;
import org.newsgraph.search.SearchResult;
import org.newsgraph.search.SearchResult.FacetCount;
import org.newsgraph.search.SearchResult.Hit;
import org.newsgraph.search.SearchResult.Snippet;

/**
 * A search on one reader of the index: the query read and expanded to entities, the filters, the
 * page of hits with their snippets, and the facet counts of the hits: of all of them when few
 * match, else estimated on a random sample of them. Counting every hit of a common word costs
 * hundreds of milliseconds at a few million documents; the best hits alone, a millisecond.
 */
final class IndexSearching {

    /** The deepest hit a page may reach: deeper paging costs more than it is worth. */
    static final int MAX_DEPTH = 10_000;
    private static final int FACET_VALUES = 10;
    static final int MAX_HIGHLIGHTED = 200_000;
    /** The stored fields a hit shows, but its text: the highlighter reads that. */
    private static final Set<String> SHOWN = Set.of(Fields.KIND, Fields.ID, Fields.ARTICLE, Fields.TITLE, Fields.OUTLET,
            Fields.DATE);
    /** How many times a sample is drawn again, at a higher rate, when it drew too few hits. */
    private static final int MAX_SAMPLINGS = 3;
    /** How many searches' counts are kept, the last asked. */
    private static final int COUNTS_KEPT = 256;

    /**
     * How hits are counted: exactly, with their facets, up to {@code exactUpTo} of them; past that
     * on a random sample of about {@code sampleSize} hits, the counts scaled up (estimates).
     */
    record Counting(int exactUpTo, int sampleSize) {

        Counting {
            if (exactUpTo < 1 || sampleSize < 1) {
                throw new IllegalArgumentException("counts above zero: " + exactUpTo + ", " + sampleSize);
            }
        }

        static Counting defaults() {
            return new Counting(1_000, 2_000);
        }
    }

    private final Analyzer analyzer;
    private final QueryReader queries;
    private final EntityExpander expander;
    /** Highlights what has no text of its own to read offsets from (an entity's title): analysed at each search. */
    private final UnifiedHighlighter highlighter;
    private final Counting counting;
    private final FacetCounter counter = new FacetCounter(Fields.FACETS, FACET_VALUES, List.of(Fields.MONTH));
    /**
     * The counts of the searches asked last, by their query with its filters: on one reader they
     * do not change, so the pages of one search, and a search asked again, count once. Counting is
     * half of what a search of a common word costs; this reader's searches only, so a new commit
     * counts afresh.
     */
    private final Map<Query, Counts> counted = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Counts> eldest) {
            return size() > COUNTS_KEPT;
        }
    });
    private final AtomicInteger countings = new AtomicInteger();
    private final AtomicInteger expansions = new AtomicInteger();
    /**
     * The queries as expanded to the entities they name, by the query read: on one reader an
     * expansion cannot change, and finding it reads the entities' stored spellings and analyses
     * each (a few milliseconds for a name many entities share).
     */
    private final Map<Query, Query> expanded = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Query> eldest) {
            return size() > COUNTS_KEPT;
        }
    });

    IndexSearching(Analyzer analyzer, Counting counting) {
        this.analyzer = analyzer;
        this.counting = counting;
        this.queries = new QueryReader(analyzer);
        this.expander = new EntityExpander(analyzer);
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(new SnippetFormatter())
                .withFieldMatcher(field -> true).withMaxLength(MAX_HIGHLIGHTED).withHighlightPhrasesStrictly(true)
                .withWeightMatches(false).build();
    }

    SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        if (query.offset() + query.limit() > MAX_DEPTH) {
            throw new BadQueryException("a page may reach hit " + MAX_DEPTH + " at most: narrow the search with words or filters");
        }
        Query words = expanded(queries.read(query.text()), searcher);
        Query filtered = filtered(words, query);
        TopDocs top = searcher.search(filtered,
                new TopScoreDocCollectorManager(Math.max(1, query.offset() + query.limit()), counting.exactUpTo()));
        TotalHits found = top.totalHits;
        List<Hit> hits = hits(searcher, top, words, query);
        Counts counts = counted.get(filtered);
        if (counts == null) {
            counts = count(searcher, filtered, found);
            counted.put(filtered, counts);
        }
        return new SearchResult(counts.total(), hits, counts.facets(), counts.estimated());
    }

    /**
     * The total and the facet counts of a query's hits: exact when few match, else estimated on a
     * sample of them (drawn by the query's hash, so the same sample every time on one reader).
     */
    private Counts count(IndexSearcher searcher, Query filtered, TotalHits found) throws IOException {
        countings.incrementAndGet();
        if (found.relation == TotalHits.Relation.EQUAL_TO && found.value <= counting.exactUpTo()) {
            FacetsCollector all = found.value == 0 ? null : searcher.search(filtered, new FacetsCollectorManager());
            return new Counts((int) found.value, facets(searcher, all, 1), false);
        }
        Sample sample = sample(searcher, filtered);
        boolean estimated = sample.rate() < 1;
        long total = found.relation == TotalHits.Relation.EQUAL_TO ? found.value
                : Math.max(found.value, Math.round(sample.drawn() / sample.rate()));
        return new Counts((int) Math.min(Integer.MAX_VALUE, total), facets(searcher, sample.hits(), 1 / sample.rate()),
                estimated);
    }

    private Query expanded(Query read, IndexSearcher searcher) throws IOException {
        Query words = expanded.get(read);
        if (words == null) {
            expansions.incrementAndGet();
            words = expander.expand(read, searcher);
            expanded.put(read, words);
        }
        return words;
    }

    /** How many queries were expanded on this reader (one asked again is not): for tests. */
    int expansions() {
        return expansions.get();
    }

    /** A query's total hits and facet counts, and whether they are estimates. */
    private record Counts(int total, Map<String, List<FacetCount>> facets, boolean estimated) {}

    /** How many times hits were counted on this reader (the counts of a search asked again are not): for tests. */
    int countings() {
        return countings.get();
    }

    /**
     * A random sample of the hits of a query with many, about {@link Counting#sampleSize} of them:
     * the rate is first guessed from what the query's terms cost (at least the hits), then raised
     * when far fewer hits were drawn (a conjunction of common words that rarely meet).
     */
    private Sample sample(IndexSearcher searcher, Query filtered) throws IOException {
        double rate = Math.min(1, (double) counting.sampleSize() / Math.max(1, cost(searcher, filtered)));
        for (int tries = 1;; tries++) {
            Query drawn = new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.FILTER)
                    .add(new RandomSample(rate, filtered.hashCode()), BooleanClause.Occur.FILTER).build();
            FacetsCollector hits = searcher.search(drawn, new FacetsCollectorManager());
            int count = hits.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
            if (rate >= 1 || count >= counting.sampleSize() / 4 || tries == MAX_SAMPLINGS) {
                return new Sample(hits, count, rate);
            }
            rate = Math.min(1, count == 0 ? rate * 16 : rate * counting.sampleSize() / count);
        }
    }

    /** What the query's postings cost to visit, summed over the segments: never fewer than its hits. */
    private static long cost(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier scorers = weight.scorerSupplier(leaf);
            cost += scorers == null ? 0 : scorers.cost();
        }
        return cost;
    }

    /** The hits drawn, how many, and the chance each hit had to be drawn. */
    private record Sample(FacetsCollector hits, int drawn, double rate) {}

    /**
     * The hits of the page asked for, each with its snippet: cut from the text by the offsets its
     * postings hold (the words are not analysed again), else (a title alone, an index made before
     * the offsets were kept) from the text analysed.
     */
    private List<Hit> hits(IndexSearcher searcher, TopDocs top, Query words, SearchQuery query) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(docs.length, query.offset());
        int to = Math.min(docs.length, query.offset() + query.limit());
        int[] page = new int[to - from];
        for (int i = from; i < to; i++) {
            page[i - from] = docs[i].doc;
        }
        Object[] snippets = new TextHighlighter(searcher, analyzer).snippets(words, page);
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = from; i < to; i++) {
            Document doc = stored.document(docs[i].doc, SHOWN);
            hits.add(new Hit(HitKind.of(doc.get(Fields.KIND)).orElseThrow(), doc.get(Fields.ID), doc.get(Fields.ARTICLE),
                    doc.get(Fields.TITLE), doc.get(Fields.OUTLET), doc.get(Fields.DATE),
                    snippet(words, snippets[i - from], stored, docs[i].doc, doc.get(Fields.TITLE)), docs[i].score));
        }
        return hits;
    }

    /**
     * The snippet of a hit: its text's as highlighted; the start of its text when the words matched
     * elsewhere (its title, the names of its entities); its title highlighted when it has no text.
     */
    private Snippet snippet(Query words, Object highlighted, StoredFields stored, int doc, String title)
            throws IOException {
        if (highlighted instanceof Snippet s && !s.marks().isEmpty()) {
            return s;
        }
        String text = stored.document(doc, Set.of(Fields.TEXT)).get(Fields.TEXT);
        return text != null ? SnippetFormatter.lead(text) : snippet(words, title);
    }

    private Snippet snippet(Query words, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return new Snippet("", List.of());
        }
        Object formatted = highlighter.highlightWithoutSearcher(Fields.TEXT, words, text, 2);
        if (formatted instanceof Snippet s && !s.marks().isEmpty()) {
            return s;
        }
        return SnippetFormatter.lead(text);
    }

    private static Query filtered(Query words, SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (!query.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            query.kinds().forEach(k -> kinds.add(new TermQuery(new Term(Fields.KIND, k.word())), BooleanClause.Occur.SHOULD));
            all.add(kinds.build(), BooleanClause.Occur.FILTER);
        }
        keyword(all, Fields.OUTLET_KEY, query.outlet());
        keyword(all, Fields.ENTITY, query.entity());
        keyword(all, Fields.TYPE, query.type());
        keyword(all, Fields.LANGUAGE, query.language());
        if (query.from() != null) {
            all.add(LongPoint.newRangeQuery(Fields.LAST_DAY, query.from().first().toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (query.to() != null) {
            all.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, query.to().last().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static void keyword(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field, value.strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
    }

    /** The facet counts of the hits collected, each multiplied by {@code scale} (a sample's: one over its rate). */
    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collected, double scale)
            throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (collected == null) {
            return facets;
        }
        Map<String, List<FacetCounter.Counted>> counted = counter.count(collected, scale, scale != 1);
        for (Map.Entry<String, List<FacetCounter.Counted>> facet : counted.entrySet()) {
            List<FacetCount> listed = new ArrayList<>();
            for (FacetCounter.Counted c : facet.getValue()) {
                listed.add(new FacetCount(c.value(), label(searcher, facet.getKey(), c.value()), c.count()));
            }
            facets.put(facet.getKey(), listed);
        }
        return facets;
    }

    /** An entity's name for its id; any other value as it is. */
    private static String label(IndexSearcher searcher, String dim, String value) throws IOException {
        if (!dim.equals(Fields.ENTITY)) {
            return value;
        }
        TopDocs entity = searcher.search(new TermQuery(new Term(Fields.KEY, DocumentMaker.key(HitKind.ENTITY, value))), 1);
        return entity.scoreDocs.length == 0 ? value : searcher.storedFields().document(entity.scoreDocs[0].doc).get(Fields.TITLE);
    }
}
