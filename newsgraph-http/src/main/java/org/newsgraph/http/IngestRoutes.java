package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.newsgraph.app.intake.ArticleIntake;
import org.newsgraph.app.intake.IntakeReceipt;
import org.newsgraph.model.Rejection;

/**
 * Articles sent in: {@code POST /api/v1/articles} with the server's bearer token, a JSON object
 * or JSON lines with the contract's JSONL fields; each line is checked at once and the accepted
 * ones are analysed in the background (they show in the API and search when analysed). Without
 * a token the server only reads, and says so.
 */
final class IngestRoutes {

    private final Api api;
    private final String token;
    private final ArticleIntake intake;

    /** {@code token} and {@code intake} are null on a server that only reads. */
    IngestRoutes(Api api, String token, ArticleIntake intake) {
        this.api = api;
        this.token = token;
        this.intake = intake;
    }

    void register(RoutesConfig routes) {
        routes.post(Api.BASE + "/articles", this::take);
    }

    private void take(Context ctx) {
        if (intake == null) {
            throw Problem.Raised.of(403, "this server only reads: start it with --ingest-token TOKEN (or "
                    + "NEWSGRAPH_INGEST_TOKEN) to take articles");
        }
        if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.Raised.of(401, "give the server's ingest token: Authorization: Bearer TOKEN");
        }
        api.params(ctx, false);
        String body = utf8(ctx.bodyAsBytes());
        if (body.isBlank()) {
            throw Problem.Raised.badParameter("body", "empty: send a JSON object or JSON lines, each with text or html");
        }
        IntakeReceipt receipt = intake.take(body);
        if (receipt.accepted() == 0) {
            Rejection first = receipt.rejected().get(0);
            throw Problem.Raised.badParameter("body", "no article accepted: " + line(first.input()) + ": " + first.reason());
        }
        JsonBody.sendStatus(ctx, 202, new Taken(receipt.accepted(), receipt.rejected().stream()
                .map(r -> new Refused(line(r.input()), r.reason())).toList(), receipt.batch()));
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.Raised.badParameter("body", "not UTF-8 text");
        }
    }

    /** {@code 1700000000000-000001.jsonl:3} as {@code line 3}: the batch's name means nothing to the client. */
    private static String line(String input) {
        int colon = input.lastIndexOf(':');
        return colon < 0 ? "the body" : "line " + input.substring(colon + 1);
    }

    /** Accepted: how many articles were queued, which lines were not and why, and the batch. */
    @JsonPropertyOrder({"accepted", "rejected", "batch"})
    record Taken(int accepted, List<Refused> rejected, String batch) {}

    @JsonPropertyOrder({"line", "reason"})
    record Refused(String line, String reason) {}
}
