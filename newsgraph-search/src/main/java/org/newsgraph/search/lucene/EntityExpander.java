package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.search.HitKind;

/**
 * Entity-aware search: a word or phrase of the query that is an entity's name or alias in the
 * index ("Beijing") also matches the entity's other spellings in the text ("Peking") and the documents
 * that name it. The names field matches those already (each document carries the names of its
 * entities); this makes the text match too, so snippets mark the spelling the article used. Words
 * under NOT are left as written.
 */
final class EntityExpander {

    /** The most entities one name expands to: a name many entities share says little. */
    private static final int MAX_ENTITIES = 5;

    private final Analyzer analyzer;

    EntityExpander(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query expand(Query query, IndexSearcher searcher) throws IOException {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause clause : b.clauses()) {
                Query inner = clause.getOccur() == BooleanClause.Occur.MUST_NOT ? clause.getQuery()
                        : expand(clause.getQuery(), searcher);
                builder.add(inner, clause.getOccur());
            }
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(expand(boost.getQuery(), searcher), boost.getBoost());
        }
        String words = textWords(query);
        return words == null ? query : withEntities(query, words, searcher);
    }

    /** The words of a term or phrase on the text field, as the index has them; null for anything else. */
    private static String textWords(Query query) {
        if (query instanceof TermQuery t && t.getTerm().field().equals(Fields.TEXT)) {
            return t.getTerm().text();
        }
        if (query instanceof PhraseQuery p && p.getField().equals(Fields.TEXT) && p.getSlop() == 0) {
            return Arrays.stream(p.getTerms()).map(Term::text).collect(Collectors.joining(" "));
        }
        return null;
    }

    private Query withEntities(Query original, String words, IndexSearcher searcher) throws IOException {
        Query named = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ALIAS, words)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, HitKind.ENTITY.word())), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] entities = searcher.search(named, MAX_ENTITIES).scoreDocs;
        if (entities.length == 0) {
            return original;
        }
        Set<String> spellings = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : entities) {
            Document doc = stored.document(hit.doc);
            ids.add(doc.get(Fields.ID));
            for (String spelling : doc.getValues(Fields.SPELLING)) {
                List<String> terms = Terms.of(analyzer, Fields.TEXT, spelling);
                if (!terms.isEmpty() && !String.join(" ", terms).equals(words)) {
                    spellings.add(String.join(" ", terms));
                }
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(original, BooleanClause.Occur.SHOULD);
        for (String spelling : spellings) {
            any.add(phrase(spelling), BooleanClause.Occur.SHOULD);
        }
        ids.forEach(id -> any.add(new TermQuery(new Term(Fields.ENTITY, id.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Query phrase(String words) {
        String[] terms = words.split(" ");
        return terms.length == 1 ? new TermQuery(new Term(Fields.TEXT, terms[0])) : new PhraseQuery(Fields.TEXT, terms);
    }
}
