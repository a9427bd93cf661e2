package org.newsgraph.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;

/**
 * The port to where analysed articles are kept. Saving an article is atomic: it is stored whole
 * or not at all.
 */
public interface ArticleStore extends AutoCloseable {

    /** What is already stored for this content from this source, if anything. */
    Optional<Known> find(String contentHash, String sourceKey);

    /** The first article stored with this content from any source, for exact copies. */
    Optional<Long> firstWithContent(String contentHash);

    /**
     * Stores one article in one transaction and returns its id. An earlier FAILED row for the
     * same content and source is replaced by it.
     */
    long save(AnalyzedArticle article);

    /** Records a rejected input; recording the same input and reason again changes nothing. */
    void recordRejection(Rejection rejection);

    /** The fingerprints of stored articles, by which their copies are found, kept beside them. */
    SeenArticles seenArticles();

    /** The corpus entities, kept beside the articles they are made of. */
    CorpusEntities corpusEntities();

    /** The clusters of articles on one event, kept beside the articles. */
    EventClusters eventClusters();

    /** The corpus events and the stories they form, kept beside the clusters and entities. */
    CorpusEvents corpusEvents();

    /** Every stored article, in id order. */
    List<StoredArticle> articles();

    /** The stored articles with these ids, in id order; ids of no article are left out. */
    List<StoredArticle> articles(Collection<Long> ids);

    /**
     * What listings show of the stored articles with these ids, without their text, in id order;
     * ids of no article are left out. An article is dated when it or an article of its cluster
     * has a publication day, as the export dates it.
     */
    default List<ArticleHead> heads(Collection<Long> ids) {
        List<StoredArticle> some = articles(ids);
        Map<Long, Long> clusterOf = eventClusters().assignment();
        Set<Long> datedClusters = new HashSet<>();
        List<StoredArticle> all = articles();
        all.stream().filter(a -> a.article().source().published().isKnown() && clusterOf.containsKey(a.id()))
                .forEach(a -> datedClusters.add(clusterOf.get(a.id())));
        return some.stream().map(a -> new ArticleHead(a.id(), a.article().source().file(), a.article().source().outlet(),
                a.article().source().published().isKnown() || datedClusters.contains(clusterOf.get(a.id())))).toList();
    }

    /** How many stored articles have this status. */
    default int count(ArticleStatus status) {
        return (int) articles().stream().filter(a -> a.article().status() == status).count();
    }

    /** Every recorded rejection, in the order first seen. */
    List<Rejection> rejections();

    /**
     * How many stored articles the corpus model does not account for yet: articles ({@code ok} or
     * copies) not placed in an event cluster, and articles whose entities are not resolved into
     * corpus entities. Zero once an analyze has finished; more while one runs, or after one was
     * stopped before it brought the model up to date. Its cost grows with that number only, not
     * with the store.
     */
    int articlesOutsideCorpusModel();

    @Override
    void close();

    /** An article already in the store. */
    record Known(long id, ArticleStatus status) {}
}
