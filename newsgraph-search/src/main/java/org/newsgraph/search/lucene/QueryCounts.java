package org.newsgraph.search.lucene;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** How big a query is: its terms, as the reader bounds a query's words, and its clauses, as Lucene bounds them. */
final class QueryCounts {

    private QueryCounts() {}

    /** The terms of every field a query asks for. */
    static int terms(Query query) {
        return count(query, false);
    }

    /** The leaf clauses and terms of a query, as Lucene counts them against its clause limit. */
    static int clauses(Query query) {
        return count(query, true);
    }

    private static int count(Query query, boolean leaves) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0] += leaves ? 1 : 0;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
