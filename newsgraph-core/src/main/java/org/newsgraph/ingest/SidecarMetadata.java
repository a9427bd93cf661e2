package org.newsgraph.ingest;

import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;

/**
 * The values a {@code metadata.jsonl} line gives for one file; null where it gives none.
 * {@code published} is kept as written: a malformed date is dropped when applied, not rejected.
 */
public record SidecarMetadata(String title, String url, String outlet, String published) {

    private static final SidecarMetadata NONE = new SidecarMetadata(null, null, null, null);

    public static SidecarMetadata none() {
        return NONE;
    }

    /** The source with every value this sidecar gives taking the place of the file's own. */
    public ArticleSource applyTo(ArticleSource source) {
        PublicationDate date = PublishedValue.metadata(published);
        ArticleSource titled = title == null ? source : source.withTitle(title);
        ArticleSource named = outlet == null ? titled : titled.withOutlet(outlet, Basis.METADATA);
        return named.withMetadata(
                url == null ? named.url() : url,
                date.isKnown() ? date : named.published(),
                named.language());
    }
}
