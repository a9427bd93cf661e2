package org.newsgraph.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The limit on a request's line and headers, held where the path is known, so that a page's
 * request over it is answered with a page and the API's with a problem (Jetty, which refuses
 * what is far over it, cannot tell them apart).
 */
final class RequestSize {

    private RequestSize() {}

    /** Refuses a request whose line (414) or header block (431) is over {@code max} bytes. */
    static void check(Context ctx, int max) {
        HttpServletRequest req = ctx.req();
        String query = req.getQueryString();
        long line = req.getMethod().length() + req.getRequestURI().length() + (query == null ? 0 : query.length() + 1)
                + req.getProtocol().length() + 2;
        if (line > max) {
            throw new HttpResponseException(414, "URI Too Long");
        }
        long headers = 0;
        for (String name : Collections.list(req.getHeaderNames())) {
            for (String value : Collections.list(req.getHeaders(name))) {
                headers += name.length() + value.length() + 4;
            }
        }
        if (line + headers > max) {
            throw new HttpResponseException(431, "Request Header Fields Too Large");
        }
    }

    /** What a client can change about a request over the limit. */
    static String refusal(int status) {
        return status == 414 ? "the address is too long: shorten the query (a value is at most 200 characters)"
                : "the request's headers are too large: send fewer or shorter ones (cookies included)";
    }
}
