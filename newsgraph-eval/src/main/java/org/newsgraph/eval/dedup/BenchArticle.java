package org.newsgraph.eval.dedup;

/**
 * One article of the benchmark, in arrival order.
 *
 * @param id     its id, counting up from 1 in arrival order
 * @param text   title line, then one sentence or boilerplate line a line
 * @param copyOf the id of the original it copies, or 0 for an original
 */
record BenchArticle(long id, String text, long copyOf) {

    boolean isCopy() {
        return copyOf != 0;
    }
}
