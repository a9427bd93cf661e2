package org.newsgraph.app.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.app.export.ExportIds;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;

/**
 * Lists the store's claims as the export gives them, in export order: a page of articles at a time,
 * with their claims only; or a page of the listing by the keys of its claims.
 */
public final class ClaimLister {

    public List<ListedClaim> list(ArticleStore store) {
        List<ListedClaim> listed = new ArrayList<>();
        for (List<StoredArticle> page : ExportStreamer.pages(store, ArticlePart.CLAIMS)) {
            listed.addAll(listed(store, page));
        }
        return listed;
    }

    /**
     * The claims from the {@code skip}-th on, at most {@code count}, of those {@link #list} gives:
     * their keys by query ({@link ArticleStore#partKeys}), then their articles alone.
     */
    public List<ListedClaim> page(ArticleStore store, int skip, int count) {
        List<ArticleStore.PartKey> keys = store.partKeys(ArticlePart.CLAIMS, null, skip, count);
        Set<Long> ids = new LinkedHashSet<>();
        keys.forEach(k -> ids.add(k.article()));
        Map<String, List<ListedClaim>> byArticle = new HashMap<>();
        for (ListedClaim c : listed(store, store.articles(ids, EnumSet.of(ArticlePart.CLAIMS)))) {
            byArticle.computeIfAbsent(c.claim().article(), a -> new ArrayList<>()).add(c);
        }
        return keys.stream().map(k -> byArticle.get(StoredArticle.exportId(k.article())).get(k.seq())).toList();
    }

    /** How many claims {@link #list} gives, counted by query. */
    public int count(ArticleStore store) {
        return store.countParts(ArticlePart.CLAIMS, null);
    }

    /** The claims of one article ({@code a5} as the export writes it; none for any other id) that {@link #list} gives. */
    public List<ListedClaim> ofArticle(ArticleStore store, String articleId) {
        List<Long> id = ExportIds.storeIds(List.of(articleId), "a");
        return id.isEmpty() || !StoredArticle.exportId(id.get(0)).equals(articleId) ? List.of() : listed(store, store.articles(id, EnumSet.of(ArticlePart.CLAIMS)));
    }

    private static List<ListedClaim> listed(ArticleStore store, List<StoredArticle> page) {
        Map<String, StoredArticle> articles = new HashMap<>();
        page.forEach(a -> articles.put(a.exportId(), a));
        return ExportStreamer.claims(store, page).stream()
                .map(c -> new ListedClaim(articles.get(c.article()).article().source().file(), c)).toList();
    }
}
