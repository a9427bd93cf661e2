package org.newsgraph.app.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.app.export.ExportDocument;

/** Picks the quotes of an export whose speaker is one of some entities, in export order. */
public final class QuoteLister {

    /**
     * @param speakers the export ids of the speakers to keep, or null to keep every quote, those
     *                 without a speaker included
     */
    public List<ListedQuote> list(ExportDocument export, Set<String> speakers) {
        Map<String, ExportDocument.Article> articles = new HashMap<>();
        export.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, String> names = new HashMap<>();
        export.entities().forEach(e -> names.put(e.id(), e.name()));
        return export.quotes().stream()
                .filter(q -> speakers == null || (q.speaker() != null && speakers.contains(q.speaker())))
                .map(q -> new ListedQuote(articles.get(q.article()).file(), articles.get(q.article()).title(), q,
                        q.speaker() == null ? null : names.get(q.speaker())))
                .toList();
    }
}
