package org.newsgraph.app.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportStreamer;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;

/** Lists the store's claims as the export gives them, in export order: a page of articles at a time, with their claims only. */
public final class ClaimLister {

    public List<ListedClaim> list(ArticleStore store) {
        List<ListedClaim> listed = new ArrayList<>();
        for (List<StoredArticle> page : ExportStreamer.pages(store, ArticlePart.CLAIMS)) {
            for (ExportDocument.Claim c : ExportStreamer.claims(store, page)) {
                String file = page.stream().filter(a -> a.exportId().equals(c.article())).findFirst().orElseThrow()
                        .article().source().file();
                listed.add(new ListedClaim(file, c));
            }
        }
        return listed;
    }
}
