package org.newsgraph.extract;

import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;

/** Documents holding small pages written in the tests. */
final class Pages {

    private Pages() {}

    static Document html(String page) {
        return Document.of(new ArticleSource("p.html", "p.html", SourceFormat.HTML, null, page, null, null, Basis.NONE,
                PublicationDate.none(), null));
    }

    static Document extract(String page) {
        return new HtmlTextExtractor().apply(html(page));
    }

    static String text(String page) {
        return extract(page).text();
    }
}
