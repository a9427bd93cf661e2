package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of a page of hits, from their stored text and the offsets of the query's words in
 * the text's postings ({@link DocumentMaker#TEXT}): each hit's postings are read, its text is not
 * analysed again. Every field's words of the query mark the text (a word matched in a title or in
 * the names of a document's entities is marked where the text has it too); a phrase is marked
 * where its words stand in order. A hit without text, or whose text has none of the words, has none.
 */
final class TextHighlighter extends UnifiedHighlighter {

    private static final String[] FIELDS = {Fields.TEXT};
    private static final int[] PASSAGES = {2};

    TextHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                .withFieldMatcher(field -> true).withMaxLength(IndexSearching.MAX_HIGHLIGHTED)
                .withHighlightPhrasesStrictly(true).withWeightMatches(false).withMaxNoHighlightPassages(0));
    }

    /** Each document's snippet ({@link org.newsgraph.search.SearchResult.Snippet}), null for none, in the order given. */
    Object[] snippets(Query query, int[] docs) throws IOException {
        if (docs.length == 0) {
            return new Object[0];
        }
        Map<String, Object[]> highlighted = highlightFieldsAsObjects(FIELDS, query, docs, PASSAGES);
        return highlighted.get(Fields.TEXT);
    }
}
