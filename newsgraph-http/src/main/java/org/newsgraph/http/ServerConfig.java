package org.newsgraph.http;

import java.time.Duration;

/**
 * How the API server listens and what it accepts.
 *
 * @param host             the address to bind: loopback unless told otherwise
 * @param port             the port; 0 takes a free one
 * @param defaultPageSize  the items of a page when a request gives no {@code limit}
 * @param maxPageSize      the most items a page holds; a larger {@code limit} is a bad parameter
 * @param maxValueLength   the longest query or path parameter value, in characters
 * @param maxRequestBytes  the largest header block (and request line)
 * @param maxBodyBytes     the largest request body: articles sent in
 * @param snapshotTtl      how long one read of the store answers requests before the next one is
 *                         read: what an analyze adds shows within this time
 * @param ingestToken      the bearer token that lets a client send articles in; null: the server
 *                         only reads
 */
public record ServerConfig(String host, int port, int defaultPageSize, int maxPageSize, int maxValueLength,
        int maxRequestBytes, int maxBodyBytes, Duration snapshotTtl, String ingestToken) {

    /** The shortest token taken: a short one is guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("no port " + port + ": give 0 to 65535");
        }
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("page sizes: default " + defaultPageSize + ", max " + maxPageSize);
        }
        if (ingestToken != null && (ingestToken.length() < MIN_TOKEN_LENGTH || !ingestToken.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("an ingest token is at least " + MIN_TOKEN_LENGTH
                    + " printable ASCII characters without spaces");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 20, 100, 200, 16 * 1024, 16 * 1024 * 1024, Duration.ofSeconds(1), null);
    }

    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, defaultPageSize, maxPageSize, maxValueLength, maxRequestBytes,
                maxBodyBytes, snapshotTtl, ingestToken);
    }

    /** The same, taking articles sent in with this bearer token (null: reading only). */
    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, defaultPageSize, maxPageSize, maxValueLength, maxRequestBytes, maxBodyBytes,
                snapshotTtl, token);
    }

    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + (ingestToken == null ? ", read only" : ", taking articles") + "]";
    }
}
