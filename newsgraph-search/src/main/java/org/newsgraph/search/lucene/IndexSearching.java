package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
 * page of hits with their snippets, and the facet counts of all the hits.
 */
final class IndexSearching {

    /** The deepest hit a page may reach: deeper paging costs more than it is worth. */
    static final int MAX_DEPTH = 10_000;
    private static final int FACET_VALUES = 10;
    private static final int MAX_HIGHLIGHTED = 200_000;

    private final Analyzer analyzer;
    private final SortedSetDocValuesReaderState facetState;
    private final QueryReader queries;
    private final EntityExpander expander;
    private final UnifiedHighlighter highlighter;

    IndexSearching(IndexReader reader, Analyzer analyzer, FacetsConfig facets) throws IOException {
        this.analyzer = analyzer;
        this.facetState = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facets);
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
        Query words = expander.expand(queries.read(query.text()), searcher);
        Query filtered = filtered(words, query);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, filtered,
                Math.max(1, query.offset() + query.limit()), new FacetsCollectorManager());
        FacetsCollector collected = result.facetsCollector();
        int total = collected.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
        return new SearchResult(total, hits(searcher, result.topDocs(), words, query), facets(searcher, collected, total));
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs top, Query words, SearchQuery query) throws IOException {
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = query.offset(); i < Math.min(docs.length, query.offset() + query.limit()); i++) {
            Document doc = stored.document(docs[i].doc);
            String text = doc.get(Fields.TEXT) != null ? doc.get(Fields.TEXT) : doc.get(Fields.TITLE);
            hits.add(new Hit(HitKind.of(doc.get(Fields.KIND)).orElseThrow(), doc.get(Fields.ID), doc.get(Fields.ARTICLE),
                    doc.get(Fields.TITLE), doc.get(Fields.OUTLET), doc.get(Fields.DATE), snippet(words, text),
                    docs[i].score));
        }
        return hits;
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

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collected, int total)
            throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (facetState == null || total == 0) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collected);
        List<String> dims = new ArrayList<>();
        facetState.getDims().forEach(dims::add);
        for (String dim : Fields.FACETS) {
            if (!dims.contains(dim)) {
                continue;
            }
            FacetResult values = dim.equals(Fields.MONTH) ? counts.getAllChildren(dim) : counts.getTopChildren(FACET_VALUES, dim);
            List<FacetCount> listed = new ArrayList<>();
            if (values != null) {
                for (LabelAndValue v : values.labelValues) {
                    listed.add(new FacetCount(v.label, label(searcher, dim, v.label), v.value.intValue()));
                }
            }
            if (dim.equals(Fields.MONTH)) {
                listed.sort(Comparator.comparing(FacetCount::value));
            }
            facets.put(dim, listed);
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
