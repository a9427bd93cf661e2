package org.newsgraph.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.newsgraph.http.web.WebPages;

/**
 * Jetty's own errors, those it answers before a request reaches a route (a header block or a URI
 * over Jetty's size limit, a request it cannot parse): on a web page's path an error page, under
 * the pages' policy; on the API's, or when Jetty could not read the request as far as its path (it
 * then names a path of its own), a problem. Either gives the status and its reason phrase, never
 * Jetty's message or a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** The path Jetty gives a request it could not read. */
    private static final String UNREAD = "/badMessage";

    private final WebPages pages;

    ProblemErrorHandler(WebPages pages) {
        this.pages = pages;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String title = HttpStatus.getMessage(code);
        String detail = "the request was refused before it was read: " + title.toLowerCase(Locale.ROOT);
        byte[] body;
        if (isPage(request)) {
            List<String> headers = WebPages.headers();
            for (int i = 0; i < headers.size(); i += 2) {
                response.getHeaders().put(headers.get(i), headers.get(i + 1));
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebPages.HTML);
            body = pages.errorPage(code, detail).getBytes(StandardCharsets.UTF_8);
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
            body = JsonBody.bytes(Problem.of(code, title, detail, null, null));
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Whether the request names a web page's path. A request Jetty could not read (a broken request
     * line, a NUL in its path, headers far over the limit) has lost its path: Jetty names it
     * {@value #UNREAD}, and it is answered as a problem.
     */
    private static boolean isPage(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        return path != null && path.startsWith("/") && !path.equals(UNREAD) && WebPages.isPage(path);
    }
}
