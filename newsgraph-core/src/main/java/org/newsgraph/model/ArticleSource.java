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
 */
public record ArticleSource(
        String file,
        String sourceKey,
        SourceFormat format,
        String title,
        String body,
        String url,
        String outlet,
        PublicationDate published,
        String language) {

    public ArticleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(published, "published");
    }

    public ArticleSource withBody(SourceFormat newFormat, String newBody) {
        return new ArticleSource(file, sourceKey, newFormat, title, newBody, url, outlet, published, language);
    }

    public ArticleSource withTitle(String newTitle) {
        return new ArticleSource(file, sourceKey, format, newTitle, body, url, outlet, published, language);
    }

    public ArticleSource withMetadata(String newUrl, String newOutlet, PublicationDate newPublished, String newLanguage) {
        return new ArticleSource(file, sourceKey, format, title, body, newUrl, newOutlet, newPublished, newLanguage);
    }
}
