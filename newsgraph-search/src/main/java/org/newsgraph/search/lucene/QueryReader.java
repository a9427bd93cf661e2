package org.newsgraph.search.lucene;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.newsgraph.search.BadQueryException;

/**
 * A query as a person writes it into a Lucene query over titles, texts and the names of the
 * entities a document names: words (all must match), "phrases", OR, AND, NOT, -word, +word,
 * grouping in brackets, a trailing {@code *} and {@code ~}. What would cost too much or cannot be
 * read is refused with a message saying what to change: a query over {@value #MAX_LENGTH}
 * characters or {@value #MAX_TERMS} words, an unbalanced quote, a leading wildcard, a regular
 * expression, a range, a field that does not exist.
 */
final class QueryReader {

    static final int MAX_LENGTH = 1_000;
    static final int MAX_TERMS = 64;
    private static final String[] FIELDS = {Fields.TITLE, Fields.TEXT, Fields.NAMES};
    private static final Set<String> NAMED_FIELDS = Set.of(Fields.TITLE, Fields.TEXT);

    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query of these words; every document for none. */
    Query read(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadQueryException("the query is " + text.length() + " characters long: give at most " + MAX_LENGTH);
        }
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new BadQueryException("a quote is not closed: a phrase starts and ends with \" (\"Anna Berg\")");
        }
        Query query = parsed(text);
        int terms = QueryCounts.terms(query);
        if (terms > MAX_TERMS * FIELDS.length) {
            throw new BadQueryException("the query has " + terms / FIELDS.length + " words: give at most " + MAX_TERMS);
        }
        return query;
    }

    private Query parsed(String text) {
        try {
            return new Parser(analyzer).parse(text);
        } catch (ParseException e) {
            throw new BadQueryException(reason(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query has too many words: give at most " + MAX_TERMS);
        }
    }

    /**
     * The parser's complaint, without its grammar's token list and the query echoed back: what a
     * person can act on. The parser wraps the cause: a syntax error (with where), a refusal of ours,
     * too many clauses, a lexical error.
     */
    private static String reason(ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "the query has too many words: give at most " + MAX_TERMS;
        }
        if (cause instanceof ParseException p && p.currentToken != null) {
            int column = p.currentToken.next == null ? p.currentToken.endColumn : p.currentToken.next.beginColumn;
            return "the query cannot be read near column " + column + ": check its brackets and operators (AND, OR, "
                    + "NOT, +, -), or put special characters (: ( ) [ ] { } ^ ~ / \\) in quotes";
        }
        String message = cause instanceof ParseException p ? p.getMessage() : "";
        if (message.contains("not allowed as first character")) {
            return "a word may not start with * or ?: put the wildcard at the end (berg*)";
        }
        if (cause instanceof ParseException && !message.isBlank()) {
            return message;
        }
        return "the query cannot be read: check its brackets and operators, or put special characters in quotes";
    }

    /** The classic parser over the fields, with what costs too much or means nothing here turned off. */
    private static final class Parser extends MultiFieldQueryParser {

        Parser(Analyzer analyzer) {
            super(FIELDS, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
            setDeterminizeWorkLimit(10_000);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkField(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions (/.../) are not searched: put the slashes in quotes");
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            throw new ParseException("ranges ([a TO b]) are not searched: use the date filters (from, to) for dates");
        }

        private static void checkField(String field) throws ParseException {
            if (field != null && !NAMED_FIELDS.contains(field) && !Set.of(FIELDS).contains(field)) {
                throw new ParseException(field + ": is not a field to search (title: and text: are); put a colon "
                        + "in quotes, or leave it out");
            }
        }
    }
}
