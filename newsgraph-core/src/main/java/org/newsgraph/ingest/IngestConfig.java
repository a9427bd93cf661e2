package org.newsgraph.ingest;

/**
 * Limits for reading inputs, so that one huge or hostile file cannot exhaust memory.
 *
 * @param maxFileBytes largest {@code .txt} or HTML file read, and largest page a {@code .html.gz}
 *                     may expand to; JSONL files are streamed and have no size limit
 * @param maxLineBytes largest single line of a JSONL file (one article with its HTML)
 */
public record IngestConfig(long maxFileBytes, int maxLineBytes) {

    private static final int MIB = 1024 * 1024;

    /** A file is read into one array, and Java arrays stop a little short of Integer.MAX_VALUE. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

    public IngestConfig {
        if (maxFileBytes < 1 || maxFileBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxFileBytes out of [1, " + LARGEST_ARRAY + "]: " + maxFileBytes);
        }
        if (maxLineBytes < 1 || maxLineBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxLineBytes out of [1, " + LARGEST_ARRAY + "]: " + maxLineBytes);
        }
    }

    /** 16 MiB a file and a JSONL line: far above any news article, far below a heap. */
    public static IngestConfig defaults() {
        return new IngestConfig(16L * MIB, 16 * MIB);
    }

    public IngestConfig withMaxFileBytes(long bytes) {
        return new IngestConfig(bytes, maxLineBytes);
    }
}
