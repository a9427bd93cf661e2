package org.newsgraph.http;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, those it answers before a request reaches the API (a header block or a URI
 * over the size limit, a request it cannot parse), as problems too: the status and its reason
 * phrase, never Jetty's message or a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private static byte[] body(int status) {
        String title = HttpStatus.getMessage(status);
        String detail = "the request was refused before it was read: " + title.toLowerCase(Locale.ROOT);
        return JsonBody.bytes(Problem.of(status, title, detail, null, null));
    }
}
