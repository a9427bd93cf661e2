package org.newsgraph.http.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A path of this server with its query: each value encoded, the null ones left out. */
final class Links {

    private Links() {}

    /** {@code path} with parameters given as name, value pairs. */
    static String to(String path, String... parameters) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (parameters[i + 1] != null) {
                link.append(separator).append(parameters[i]).append('=')
                        .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }
}
