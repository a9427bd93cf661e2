package org.newsgraph.ingest;

import java.util.Locale;
import java.util.Optional;

/** What a file holds, as told by its name (see the input table of the contract). */
public enum InputKind {
    /** One article: the first non-empty line is the title, the rest the body. */
    TEXT,
    /** One raw web page, plain or gzipped. */
    HTML,
    /** One article a line. */
    JSONL,
    /** {@code metadata.jsonl}: values for the other files of its folder, not an article. */
    SIDECAR;

    public static final String SIDECAR_NAME = "metadata.jsonl";

    static final String EXPECTED = "expected .txt, .html, .htm, .html.gz or .jsonl";

    /** The kind of a file with this name, or empty when newsgraph does not read such files. */
    public static Optional<InputKind> of(String fileName) {
        if (fileName.equals(SIDECAR_NAME)) {
            return Optional.of(SIDECAR);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")) {
            return Optional.of(HTML);
        }
        return name.endsWith(".jsonl") ? Optional.of(JSONL) : Optional.empty();
    }

    /** The reason a file of no known kind is rejected, naming its extension. */
    static String unsupported(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String type = dot > 0 ? "'" + fileName.substring(dot) + "'" : "(no extension)";
        return "unsupported file type " + type + " (" + EXPECTED + ")";
    }

    /** Whether a page of this name is gzip-compressed. */
    static boolean isGzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
