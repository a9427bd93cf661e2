package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Gives each document its raw text. A web page is parsed with jsoup, stripped of what is never
 * the article (scripts, hidden parts), narrowed to its content (the body the page marks, else the
 * container readability-style scores choose), pruned of furniture and lists of links, and written
 * as one block a paragraph without the headline; the page's metadata fills what the source lacks.
 */
public final class HtmlTextExtractor implements Stage {

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SOURCE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.RAW_TEXT);
    }

    @Override
    public Document apply(Document document) {
        ArticleSource source = document.source();
        if (source.format() == SourceFormat.TEXT) {
            return document.withText(source.body(), List.of(), Facet.RAW_TEXT);
        }
        org.jsoup.nodes.Document page = Jsoup.parse(source.body(), baseUri(source));
        ArticleSource filled = PageMetadata.of(page).fillMissing(source);
        Headline headline = Headline.of(page);
        Element body = Boilerplate.strip(page);
        ElementStats stats = ElementStats.of(body);
        List<Element> content = ContentRoot.of(body, stats);
        content.forEach(root -> Boilerplate.prune(root, stats));
        content.forEach(root -> LinkLists.prune(root, stats));
        return document.withSource(filled).withText(String.join("\n\n", headline.dropFrom(BlockText.of(content))), List.of(), Facet.RAW_TEXT);
    }

    /** Relative canonical links resolve against the URL the source came with, if any. */
    private static String baseUri(ArticleSource source) {
        return source.url() == null ? "" : source.url();
    }
}
