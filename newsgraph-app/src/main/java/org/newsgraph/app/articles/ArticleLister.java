package org.newsgraph.app.articles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;

/**
 * Lists the articles of the export's {@code articles}, in its order (the stored articles by id, then
 * the rejected inputs), those of an outlet (any case) and of a status: a page by query, the page's
 * articles alone read, never their analysis.
 */
public final class ArticleLister {

    private final String outlet;
    private final String status;

    /**
     * @param outlet the outlet to keep, any case; null for every article
     * @param status the export's status to keep ({@code ok}, {@code duplicate}, {@code rejected},
     *               {@code failed}); null for every article
     */
    public ArticleLister(String outlet, String status) {
        this.outlet = outlet;
        this.status = status;
    }

    /** The articles from the {@code skip}-th on, at most {@code count}, with their clusters. */
    public List<ListedArticle> page(ArticleStore store, int skip, int count) {
        Set<String> outlets = outlets(store);
        List<Long> ids = store.articleIds(outlets, status(), skip, count);
        List<ListedArticle> listed = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<Long, Long> clusterOf = store.eventClusters().assignment(ids);
            List<ExportDocument.Article> articles = ExportStreamer.articles(store,
                    store.articles(ids, EnumSet.noneOf(ArticlePart.class)));
            for (int i = 0; i < articles.size(); i++) {
                Long cluster = clusterOf.get(ids.get(i));
                listed.add(new ListedArticle(articles.get(i), cluster == null ? null : "c" + cluster));
            }
        }
        if (listed.size() < count && rejectionsListed()) {
            int stored = store.countArticles(outlets, status());
            ExportStreamer.rejected(store.rejections(), Math.max(0, skip - stored)).stream()
                    .limit(count - listed.size()).forEach(r -> listed.add(new ListedArticle(r, null)));
        }
        return listed;
    }

    /** How many articles the listing holds, counted by query. */
    public int count(ArticleStore store) {
        return store.countArticles(outlets(store), status()) + (rejectionsListed() ? store.countRejections() : 0);
    }

    /** The outlet's spellings the store holds (the listing's filter is any case), or null for any outlet. */
    private Set<String> outlets(ArticleStore store) {
        return outlet == null ? null
                : store.outlets().stream().filter(outlet::equalsIgnoreCase).collect(Collectors.toSet());
    }

    private ArticleStatus status() {
        return status == null ? null : ArticleStatus.fromLabel(status);
    }

    /** Rejected inputs have no outlet. */
    private boolean rejectionsListed() {
        return outlet == null && (status == null || status.equals(ArticleStatus.REJECTED.label()));
    }
}
