package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
 * entities); this makes the text match too, so snippets mark the spelling the article used. Only
 * names expand and are expanded to, not the roles an entity was called by: the index holds an
 * entity's names alone ({@link DocumentMaker}, {@link NameSpellings}: "Prime Minister" names every
 * prime minister). Words under NOT are left as written.
 */
final class EntityExpander {

    /** The most entities one name expands to: a name many entities share says little. */
    private static final int MAX_ENTITIES = 5;
    /**
     * The most spellings one name expands to, the shortest first (they find the most): an entity
     * that gathered thousands of spellings would otherwise make a query Lucene refuses.
     */
    private static final int MAX_SPELLINGS = 32;

    private final Analyzer analyzer;

    EntityExpander(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query with each name expanded to its entities' spellings; the query as it is when the
     * expansion would hold more clauses than Lucene allows.
     */
    Query expand(Query query, IndexSearcher searcher) throws IOException {
        Query expanded = expanded(query, searcher);
        return QueryCounts.clauses(expanded) > IndexSearcher.getMaxClauseCount() ? query : expanded;
    }

    private Query expanded(Query query, IndexSearcher searcher) throws IOException {
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause clause : b.clauses()) {
                Query inner = clause.getOccur() == BooleanClause.Occur.MUST_NOT ? clause.getQuery()
                        : expanded(clause.getQuery(), searcher);
                if (clause.getOccur() == BooleanClause.Occur.SHOULD && b.getMinimumNumberShouldMatch() == 0
                        && anyOf(inner)) {
                    // one disjunction, not one within another: it matches and scores the same, and
                    // Lucene skips the hits that cannot reach the page by each term's best score
                    ((BooleanQuery) inner).clauses().forEach(builder::add);
                } else {
                    builder.add(inner, clause.getOccur());
                }
            }
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(expanded(boost.getQuery(), searcher), boost.getBoost());
        }
        String words = textWords(query);
        return words == null ? query : withEntities(query, words, searcher);
    }

    /** Whether a query is a plain disjunction: any of its clauses, none required. */
    private static boolean anyOf(Query query) {
        return query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
                && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
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
        Set<List<String>> spellings = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : entities) {
            Document doc = stored.document(hit.doc);
            ids.add(doc.get(Fields.ID));
            for (String spelling : doc.getValues(Fields.SPELLING)) {
                List<String> terms = Terms.of(analyzer, Fields.TEXT, spelling);
                if (!terms.isEmpty()) {
                    spellings.add(terms);
                }
            }
        }
        if (ids.isEmpty()) {
            return original;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(original, BooleanClause.Occur.SHOULD);
        for (List<String> spelling : needed(spellings, List.of(words.split(" ")))) {
            any.add(phrase(spelling), BooleanClause.Occur.SHOULD);
        }
        ids.forEach(id -> any.add(new TermQuery(new Term(Fields.ENTITY, id.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * The spellings that find something the words and the shorter spellings do not: one that
     * holds the words or another spelling, in order ("mao zedong" holds "zedong"),
     * matches only what that one matches already, and would cost a phrase search of common words
     * over every document that has them. At most {@link #MAX_SPELLINGS}, the shortest.
     */
    private static List<List<String>> needed(Set<List<String>> spellings, List<String> words) {
        List<List<String>> kept = new ArrayList<>(List.of(words));
        spellings.stream().sorted(Comparator.comparingInt(List::size)).forEach(spelling -> {
            if (kept.stream().noneMatch(shorter -> Collections.indexOfSubList(spelling, shorter) >= 0)) {
                kept.add(spelling);
            }
        });
        return kept.subList(1, Math.min(kept.size(), MAX_SPELLINGS + 1));
    }

    private static Query phrase(List<String> terms) {
        return terms.size() == 1 ? new TermQuery(new Term(Fields.TEXT, terms.get(0)))
                : new PhraseQuery(Fields.TEXT, terms.toArray(String[]::new));
    }
}
