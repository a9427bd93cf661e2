package org.newsgraph.app.quotes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportIds;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;

/**
 * Lists the store's quotes, as the export gives them, whose speaker is one of some entities, in
 * export order: read a page of articles at a time, with their quotes only; or a page of the listing
 * by the keys of its quotes.
 */
public final class QuoteLister {

    /**
     * @param speakers the export ids of the speakers to keep, or null to keep every quote, those
     *                 without a speaker included
     */
    public List<ListedQuote> list(ArticleStore store, Set<String> speakers) {
        List<ListedQuote> listed = new ArrayList<>();
        for (List<StoredArticle> page : ExportStreamer.pages(store, ArticlePart.QUOTES)) {
            listed.addAll(listed(store, page, speakers));
        }
        return listed;
    }

    /**
     * The quotes from the {@code skip}-th on, at most {@code count}, of those {@link #list} gives:
     * their keys by query ({@link ArticleStore#partKeys}), then their articles alone.
     */
    public List<ListedQuote> page(ArticleStore store, Set<String> speakers, int skip, int count) {
        List<ArticleStore.PartKey> keys = store.partKeys(ArticlePart.QUOTES, storeIds(speakers), skip, count);
        Set<Long> ids = new LinkedHashSet<>();
        keys.forEach(k -> ids.add(k.article()));
        Map<String, List<ListedQuote>> byArticle = new HashMap<>();
        for (ListedQuote q : listed(store, store.articles(ids, EnumSet.of(ArticlePart.QUOTES)), null)) {
            byArticle.computeIfAbsent(q.quote().article(), a -> new ArrayList<>()).add(q);
        }
        return keys.stream().map(k -> byArticle.get(StoredArticle.exportId(k.article())).get(k.seq())).toList();
    }

    /** How many quotes {@link #list} gives, counted by query. */
    public int count(ArticleStore store, Set<String> speakers) {
        return store.countParts(ArticlePart.QUOTES, storeIds(speakers));
    }

    /** The quotes of one article ({@code a5} as the export writes it; none for any other id) that {@link #list} gives. */
    public List<ListedQuote> ofArticle(ArticleStore store, String articleId, Set<String> speakers) {
        List<Long> id = ExportIds.storeIds(List.of(articleId), "a");
        return id.isEmpty() || !StoredArticle.exportId(id.get(0)).equals(articleId) ? List.of() : listed(store, store.articles(id, EnumSet.of(ArticlePart.QUOTES)), speakers);
    }

    private static Set<Long> storeIds(Set<String> speakers) {
        return speakers == null ? null : Set.copyOf(ExportIds.storeIds(speakers, "e"));
    }

    /** The quotes of a page of articles read with their quotes, those of {@code speakers} only when given. */
    private static List<ListedQuote> listed(ArticleStore store, List<StoredArticle> page, Set<String> speakers) {
        List<ExportDocument.Quote> quotes = ExportStreamer.quotes(store, page).stream()
                .filter(q -> speakers == null || (q.speaker() != null && speakers.contains(q.speaker())))
                .toList();
        if (quotes.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        store.corpusEntities().names(ExportIds.storeIds(quotes.stream().map(ExportDocument.Quote::speaker).toList(), "e"))
                .forEach((id, name) -> names.put(CorpusEntity.exportId(id), name));
        Map<String, StoredArticle> articles = new HashMap<>();
        page.forEach(a -> articles.put(a.exportId(), a));
        List<ListedQuote> listed = new ArrayList<>();
        for (ExportDocument.Quote q : quotes) {
            StoredArticle article = articles.get(q.article());
            listed.add(new ListedQuote(article.article().source().file(), article.article().source().title(), q,
                    q.speaker() == null ? null : names.get(q.speaker())));
        }
        return listed;
    }
}
