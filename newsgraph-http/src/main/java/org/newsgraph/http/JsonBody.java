package org.newsgraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Writes a JSON answer with its entity tag, a digest of its bytes, and answers 304 without a body
 * when the client already has those bytes ({@code If-None-Match}). Field names are the export's,
 * in snake case; text (an article's, a quote's) is only ever a JSON string.
 */
final class JsonBody {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private JsonBody() {}

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static void send(Context ctx, Object value) {
        byte[] body = bytes(value);
        String tag = entityTag(body);
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304).contentType(JSON);
            return;
        }
        ctx.status(200).contentType(JSON).result(body);
    }

    /** An answer that is no read (202 Accepted): no entity tag, not cached. */
    static void sendStatus(Context ctx, int status, Object value) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType(JSON).result(bytes(value));
    }

    static void sendProblem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(bytes(problem));
    }

    /** A strong tag: the first 16 bytes of the SHA-256 of the body. */
    static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether an If-None-Match header names this tag (weakly compared, as RFC 9110 says for GET), or is *. */
    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String given : ifNoneMatch.split(",")) {
            String t = given.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
