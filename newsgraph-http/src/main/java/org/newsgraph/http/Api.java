package org.newsgraph.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.Snapshots;

/** What every route shares: the store's snapshots, the limits, parameters, ids and pages. */
final class Api {

    static final String BASE = "/api/v1";

    private final Snapshots snapshots;
    private final ServerConfig config;

    Api(Snapshots snapshots, ServerConfig config) {
        this.snapshots = snapshots;
        this.config = config;
    }

    Snapshot snapshot() {
        return snapshots.current();
    }

    /** How far the store's corpus model is behind its articles, read for this request. */
    Snapshot.ModelState model() {
        return snapshots.model();
    }

    /** The part of the store the cluster of an event makes, read for this request. */
    Snapshot ofEvent(String eventId) {
        return snapshots.ofEvent(eventId);
    }

    /** The part of the store an article's page shows: its cluster, or the article alone with the clusters of the events citing it. */
    Snapshot ofArticle(String articleId) {
        return snapshots.ofArticle(articleId);
    }

    /** The part of the store an entity's page shows, read for this request; empty for no such entity. */
    Optional<Snapshot> ofEntity(String entityId) {
        return snapshots.ofEntity(entityId);
    }

    /** The part of the store a story's events make, read for this request; empty for no such story. */
    Optional<Snapshot> ofStory(String storyId) {
        return snapshots.ofStory(storyId);
    }

    /** Reads by query from a view of the store opened for this request. */
    <T> T query(Function<Snapshots.StoreQuery, T> read) {
        return snapshots.query(read);
    }

    /** The request's query parameters, checked: only these names (and a page's limit and cursor when paged). */
    Params params(Context ctx, boolean paged, String... names) {
        Set<String> allowed = new HashSet<>(List.of(names));
        if (paged) {
            allowed.add(Params.LIMIT);
            allowed.add(Params.CURSOR);
        }
        Params.checkEncoding(ctx.queryString());
        return new Params(ctx.queryParamMap(), allowed, config.maxValueLength());
    }

    /** The path's {@code id}, checked against the form of the ids it names ({@code what}, e.g. "an event id, v3 or v3.1"). */
    String id(Context ctx, Pattern form, String what) {
        String id = Params.checked("id", ctx.pathParam("id"), config.maxValueLength());
        if (!form.matcher(id).matches()) {
            throw Problem.Raised.badParameter("id", "not " + what);
        }
        return id;
    }

    /** Sends the page of a listing the request's limit and cursor ask for. */
    <T> void page(Context ctx, Params params, List<T> all) {
        JsonBody.send(ctx, Page.of(all, params, config));
    }

    /** Sends the page of a listing read by query that the request's limit and cursor ask for, of {@code total}. */
    <T> void paged(Context ctx, Params params, Page.Reader<T> read, IntSupplier total) {
        JsonBody.send(ctx, Page.read(read, total, params, config));
    }

    int defaultPageSize() {
        return config.defaultPageSize();
    }

    int maxPageSize() {
        return config.maxPageSize();
    }

    /**
     * Answers a request for a retired id with a permanent redirect (308) to the id that took its
     * place, no body; not kept by caches, since a cluster's event id may stand again.
     */
    static void redirect(Context ctx, String location) {
        ctx.status(HttpStatus.PERMANENT_REDIRECT).header("Location", location).header("Cache-Control", "no-cache").result("");
    }

    void send(Context ctx, Object value) {
        JsonBody.send(ctx, value);
    }
}
