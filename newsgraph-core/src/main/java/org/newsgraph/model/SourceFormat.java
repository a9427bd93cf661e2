package org.newsgraph.model;

/** How an article's body arrived. */
public enum SourceFormat {
    /** Plain text: the body of a {@code .txt} file or a JSONL {@code text} field. */
    TEXT,
    /** A raw web page, from which the article must be extracted. */
    HTML
}
