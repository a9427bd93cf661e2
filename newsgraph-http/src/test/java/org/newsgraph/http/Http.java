package org.newsgraph.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests to a running server, and what it answered. */
record Http(int status, String contentType, String etag, String body, HttpResponse<String> response) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Http get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    static Http send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("ETag").orElse(null), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request line as it is, over a socket, for what java.net.http refuses to send (a
     * broken percent-encoding, raw angle brackets); reads the status, the content type and the body.
     */
    static Http raw(int port, String target) {
        return rawRequest(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** Sends these bytes as they are (a request Jetty cannot parse) and reads the answer. */
    static Http rawRequest(int port, String request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?im)^content-type: *(.+)$").matcher(head);
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("(?im)^etag: *(.+)$").matcher(head);
            return new Http(Integer.parseInt(head.split(" ")[1]), type.find() ? type.group(1).strip() : null,
                    tag.find() ? tag.group(1).strip() : null, answer.substring(head.length() + 4), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
    }

    /** The media type without parameters. */
    String mediaType() {
        return contentType == null ? null : contentType.split(";")[0].strip();
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
