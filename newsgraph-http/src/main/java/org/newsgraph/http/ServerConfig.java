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
 * @param maxRequestBytes  the largest request body (the API takes none yet) and header block
 * @param snapshotTtl      how long one read of the store answers requests before the next one is
 *                         read: what an analyze adds shows within this time
 */
public record ServerConfig(String host, int port, int defaultPageSize, int maxPageSize, int maxValueLength,
        int maxRequestBytes, Duration snapshotTtl) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("no port " + port + ": give 0 to 65535");
        }
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("page sizes: default " + defaultPageSize + ", max " + maxPageSize);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 20, 100, 200, 16 * 1024, Duration.ofSeconds(1));
    }

    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, defaultPageSize, maxPageSize, maxValueLength, maxRequestBytes,
                snapshotTtl);
    }
}
