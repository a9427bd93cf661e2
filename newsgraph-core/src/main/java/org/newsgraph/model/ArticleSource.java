package org.newsgraph.model;

import java.util.Objects;

/**
 * One article as read from an input, before any analysis.
 *
 * @param file      the input file's name, as exported
 * @param sourceKey what identifies this article within its input: the file name, or
 *                  {@code name.jsonl#id} for a line of a JSONL file
 * @param format    how the body was given
 * @param body      plain text, or the raw page when {@code format} is HTML
 * @param outletBasis where the outlet's name came from; {@link Basis#NONE} exactly when there is none
 * @param titleSetApart whether the title is a {@code .txt} file's first line with a blank line
 *                  after it, as a headline is set apart from its story: evidence that it is one
 */
public record ArticleSource(
        String file,
        String sourceKey,
        SourceFormat format,
        String title,
        String body,
        String url,
        String outlet,
        Basis outletBasis,
        PublicationDate published,
        String language,
        boolean titleSetApart) {

    /** A source whose title, if any, is not known to be set apart from its body. */
    public ArticleSource(String file, String sourceKey, SourceFormat format, String title, String body, String url,
            String outlet, Basis outletBasis, PublicationDate published, String language) {
        this(file, sourceKey, format, title, body, url, outlet, outletBasis, published, language, false);
    }

    public ArticleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outletBasis, "outletBasis");
        if ((outlet == null) != (outletBasis == Basis.NONE)) {
            throw new IllegalArgumentException("an outlet needs a basis, and basis none has no outlet");
        }
    }

    public ArticleSource withBody(SourceFormat newFormat, String newBody) {
        return new ArticleSource(file, sourceKey, newFormat, title, newBody, url, outlet, outletBasis, published, language,
                titleSetApart);
    }

    /** Another title, which is not the set-apart first line. */
    public ArticleSource withTitle(String newTitle) {
        return new ArticleSource(file, sourceKey, format, newTitle, body, url, outlet, outletBasis, published, language,
                titleSetApart && Objects.equals(newTitle, title));
    }

    public ArticleSource withMetadata(String newUrl, PublicationDate newPublished, String newLanguage) {
        return new ArticleSource(file, sourceKey, format, title, body, newUrl, outlet, outletBasis, newPublished,
                newLanguage, titleSetApart);
    }

    /** The outlet's name with where it came from; a null name has basis none. */
    public ArticleSource withOutlet(String newOutlet, Basis basis) {
        return new ArticleSource(file, sourceKey, format, title, body, url, newOutlet,
                newOutlet == null ? Basis.NONE : basis, published, language, titleSetApart);
    }
}
