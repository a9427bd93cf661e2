package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An error as the API answers it, an RFC 9457 problem ({@code application/problem+json}): its
 * {@code detail} is written for the client and never holds an exception's message or a stack
 * trace; {@code parameter} names the bad parameter of a 400.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "parameter"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    public static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail, String instance, String parameter) {
        return new Problem("about:blank", title, status, detail, instance, parameter);
    }

    /** A request the API answers with a problem: a bad parameter (400), an unknown id (404), or not allowed (401, 403). */
    static final class Raised extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int status;
        final String parameter;

        private Raised(int status, String detail, String parameter) {
            super(detail, null, false, false);
            this.status = status;
            this.parameter = parameter;
        }

        static Raised badParameter(String parameter, String reason) {
            return new Raised(400, parameter + ": " + reason, parameter);
        }

        static Raised notFound(String what) {
            return new Raised(404, what, null);
        }

        /** Another status (401, 403), with what the client can do. */
        static Raised of(int status, String detail) {
            return new Raised(status, detail, null);
        }
    }
}
