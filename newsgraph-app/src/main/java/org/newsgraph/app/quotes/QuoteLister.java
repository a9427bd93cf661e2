package org.newsgraph.app.quotes;

import java.util.ArrayList;
import java.util.HashMap;
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
 * export order: read a page of articles at a time, with their quotes only.
 */
public final class QuoteLister {

    /**
     * @param speakers the export ids of the speakers to keep, or null to keep every quote, those
     *                 without a speaker included
     */
    public List<ListedQuote> list(ArticleStore store, Set<String> speakers) {
        List<ListedQuote> listed = new ArrayList<>();
        for (List<StoredArticle> page : ExportStreamer.pages(store, ArticlePart.QUOTES)) {
            List<ExportDocument.Quote> quotes = ExportStreamer.quotes(store, page).stream()
                    .filter(q -> speakers == null || (q.speaker() != null && speakers.contains(q.speaker())))
                    .toList();
            if (quotes.isEmpty()) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            store.corpusEntities().names(ExportIds.storeIds(quotes.stream().map(ExportDocument.Quote::speaker).toList(), "e"))
                    .forEach((id, name) -> names.put(CorpusEntity.exportId(id), name));
            for (ExportDocument.Quote q : quotes) {
                StoredArticle article = page.stream().filter(a -> a.exportId().equals(q.article())).findFirst().orElseThrow();
                listed.add(new ListedQuote(article.article().source().file(), article.article().source().title(), q,
                        q.speaker() == null ? null : names.get(q.speaker())));
            }
        }
        return listed;
    }
}
