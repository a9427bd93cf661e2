package org.newsgraph.search.lucene;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches each document of the index with the same chance, independently of the others and of any
 * query: as a filter beside a query it keeps a random sample of the query's hits, which counts
 * them at the cost of the sample, not of all the hits (the sample leads the conjunction and the
 * query's postings are only advanced to it). The same seed on the same reader draws the same sample.
 */
final class RandomSample extends Query {

    private final double rate;
    private final long seed;

    /** @param rate the chance of each document, above 0, at most 1 */
    RandomSample(double rate, long seed) {
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("a rate above 0, at most 1: " + rate);
        }
        this.rate = rate;
        this.seed = seed;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Draws draws = new Draws(context.reader().maxDoc(), rate, seed ^ context.docBase);
                return new ConstantScoreScorer(this, score(), scoreMode, draws);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "RandomSample(" + rate + ", " + seed + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((RandomSample) other).rate == rate && ((RandomSample) other).seed == seed;
    }

    @Override
    public int hashCode() {
        return classHash() ^ Double.hashCode(rate) ^ Long.hashCode(seed);
    }

    /** The documents drawn, in order: the gaps between them are geometric, so each is drawn with the rate's chance. */
    private static final class Draws extends DocIdSetIterator {

        private final int maxDoc;
        private final double rate;
        private final double logMiss;
        private final SplittableRandom random;
        private int doc = -1;
        private long next;

        Draws(int maxDoc, double rate, long seed) {
            this.maxDoc = maxDoc;
            this.rate = rate;
            this.logMiss = Math.log1p(-rate);
            this.random = new SplittableRandom(seed);
            this.next = gap() - 1;
        }

        /** How far the next document drawn is from the one before: 1 + the misses before a draw. */
        private long gap() {
            if (rate >= 1) {
                return 1;
            }
            return 1 + (long) Math.floor(Math.log1p(-random.nextDouble()) / logMiss);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            while (next < target && next < maxDoc) { // NO_MORE_DOCS is a target too: draw no further than the segment
                next += gap();
            }
            if (next >= maxDoc) {
                doc = NO_MORE_DOCS;
                next = Long.MAX_VALUE / 2;
                return doc;
            }
            doc = (int) next;
            next += gap();
            return doc;
        }

        @Override
        public long cost() {
            return (long) Math.ceil(maxDoc * rate);
        }
    }
}
