package org.newsgraph.model;

/**
 * Where a single-article entity lives in the corpus: its stored article and its position in that
 * article's entity list. The unit that corpus entities are made of.
 */
public record EntityRef(long article, int index) implements Comparable<EntityRef> {

    @Override
    public int compareTo(EntityRef other) {
        int byArticle = Long.compare(article, other.article);
        return byArticle != 0 ? byArticle : Integer.compare(index, other.index);
    }
}
