package org.newsgraph.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.intake.ArticleIntake;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.http.web.WebPages;
import org.newsgraph.search.SearchIndex;
import org.newsgraph.search.SearchIndexMissingException;
import org.newsgraph.store.StoreNotFoundException;
import org.newsgraph.store.StoreViews;
import org.newsgraph.store.StoreVersionException;

/**
 * The JSON API over a store, read only unless given an ingest token: Javalin on Jetty, bound where
 * the config says. Every answer is JSON with an entity tag, or a problem; no exception's message or
 * stack trace reaches a client (the log gets the message).
 */
public final class ApiServer implements AutoCloseable {

    static final String OPENAPI = Api.BASE + "/openapi.json";
    private static final String SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** How many times the request limit Jetty reads before it refuses a request itself. */
    private static final int JETTY_MARGIN = 4;
    /**
     * How many read-only connections to the store are kept open between requests: about as many
     * as requests read at once. More are opened when more read together, and closed after.
     */
    private static final int READ_CONNECTIONS = 8;

    private final Javalin app;
    private final ServerConfig config;
    private final SearchIndex index;
    private final ArticleIntake intake;
    private final List<Runnable> reads;

    private ApiServer(Javalin app, ServerConfig config, SearchIndex index, ArticleIntake intake, List<Runnable> reads) {
        this.app = app;
        this.config = config;
        this.index = index;
        this.intake = intake;
        this.reads = reads;
    }

    /**
     * Starts serving the store in {@code store}; {@code log} gets one line for each request the
     * server could not answer (a 500 or 503) with what went wrong.
     */
    public static ApiServer start(Newsgraph newsgraph, Path store, ServerConfig config, Consumer<String> log) {
        StoreViews views = newsgraph.storeViews(store, READ_CONNECTIONS);
        Snapshots snapshots = new Snapshots(newsgraph, store, views, config.snapshotTtl());
        Api api = new Api(snapshots, config);
        JsonNode openApi = openApi();
        SearchIndex index = newsgraph.openSearchIndex(store);
        index.warm();
        ArticleIntake intake = config.ingestToken() == null ? null : newsgraph.intake(store, log);
        SearchStates states = new SearchStates(newsgraph, store, views, config.snapshotTtl());
        states.warm();
        snapshots.warm();
        List<Consumer<RoutesConfig>> routes = List.of(new SearchRoutes(api, index, states)::register,
                new IngestRoutes(api, config.ingestToken(), intake)::register);
        WebPages pages = new WebPages(snapshots, index, states::current);
        Javalin app = Javalin.create(c -> configure(c, config, api, routes, pages, openApi, log));
        try {
            app.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            index.close();
            states.close();
            snapshots.close();
            views.close();
            if (intake != null) {
                intake.close();
            }
            throw new UnavailableAddressException("cannot listen on " + config.host() + " port " + config.port()
                    + ": it is in use or not this machine's (give another --port or --bind)");
        }
        return new ApiServer(app, config, index, intake, List.of(states::close, snapshots::close, views::close));
    }

    private static void configure(JavalinConfig c, ServerConfig config, Api api, List<Consumer<RoutesConfig>> more,
            WebPages pages, JsonNode openApi, Consumer<String> log) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.http.prefer405over404 = true;
        c.jetty.modifyHttpConfiguration(h -> {
            // Jetty refuses past a margin, before the path is read; the limit itself is held below, where it is known
            h.setRequestHeaderSize(config.maxRequestBytes() * JETTY_MARGIN);
            h.setSendServerVersion(false);
            h.setSendXPoweredBy(false);
        });
        c.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(pages)));
        c.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", SECURITY_POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
            RequestSize.check(ctx, config.maxRequestBytes());
            if (WebPages.isPage(ctx.path())) {
                Params.checkEncoding(ctx.queryString()); // the API checks its own, naming the parameter
            }
        });
        c.routes.get(Api.BASE, ctx -> api.send(ctx, index(api, ctx)));
        c.routes.get(OPENAPI, ctx -> {
            api.params(ctx, false);
            api.send(ctx, openApi);
        });
        new EventRoutes(api).register(c.routes);
        new EntityRoutes(api).register(c.routes);
        new ArticleRoutes(api).register(c.routes);
        new CorpusRoutes(api).register(c.routes);
        more.forEach(r -> r.accept(c.routes));
        pages.register(c);
        errors(c, pages, log);
    }

    /**
     * Every failure as a problem, or on a web page's path as an error page: the client learns what
     * it can change, the log what went wrong.
     */
    private static void errors(JavalinConfig c, WebPages pages, Consumer<String> log) {
        c.routes.exception(Problem.Raised.class, (e, ctx) ->
                send(ctx, pages, e.status, e.getMessage(), e.parameter));
        c.routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, pages, e.getStatus(), statusText(ctx, e.getStatus()), null));
        c.routes.exception(StoreNotFoundException.class, (e, ctx) -> {
            log.accept("cannot serve " + ctx.path() + ": " + e.getMessage());
            send(ctx, pages, 503, "the store is not there: run newsgraph analyze into it first", null);
        });
        c.routes.exception(StoreVersionException.class, (e, ctx) -> {
            log.accept("cannot serve " + ctx.path() + ": " + e.getMessage());
            send(ctx, pages, 503, "the store was written by another version of newsgraph: the server's log says which",
                    null);
        });
        c.routes.exception(SearchIndexMissingException.class, (e, ctx) -> {
            log.accept("cannot serve " + ctx.path() + ": " + e.getMessage());
            send(ctx, pages, 503, "the store has no search index yet: make it with ./newsgraph reindex --store DIR "
                    + "(analyze makes it too)", null);
        });
        c.routes.exception(Exception.class, (e, ctx) -> {
            log.accept("internal error on " + ctx.path() + ": " + e.getClass().getName() + ": " + e.getMessage());
            send(ctx, pages, 500, "the server could not answer: its log says why", null);
        });
        for (int status : new int[] {404, 405}) {
            c.routes.error(status, ctx -> {
                String type = ctx.res().getContentType();
                if (!Problem.CONTENT_TYPE.equals(type) && (type == null || !type.startsWith("text/html"))) {
                    send(ctx, pages, status, statusText(ctx, status), null);
                }
            });
        }
    }

    private static void send(Context ctx, WebPages pages, int status, String detail, String parameter) {
        if (WebPages.isPage(ctx.path())) {
            pages.error(ctx, status, detail);
            return;
        }
        HttpStatus known = HttpStatus.forStatus(status);
        JsonBody.sendProblem(ctx, Problem.of(status, known.getMessage(), detail, ctx.path(), parameter));
    }

    private static String statusText(Context ctx, int status) {
        if (status == 414 || status == 431) {
            return RequestSize.refusal(status);
        }
        if (WebPages.isPage(ctx.path())) {
            return switch (status) {
                case 404 -> "there is no such page: the events, the timeline and the map are linked above";
                case 405 -> "the pages are only read: the browser asked to change one";
                default -> HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
            };
        }
        return switch (status) {
            case 404 -> "no such resource: " + OPENAPI + " lists the API's paths";
            case 405 -> "this path only reads: use GET (articles are sent in with POST " + Api.BASE + "/articles)";
            default -> HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
        };
    }

    private static Map<String, Object> index(Api api, Context ctx) {
        api.params(ctx, false);
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("name", "newsgraph");
        index.put("openapi", OPENAPI);
        Map<String, String> links = new LinkedHashMap<>();
        for (String r : List.of("events", "timeline", "entities", "stories", "clusters", "articles", "outlets", "quotes",
                "claims", "search")) {
            links.put(r, Api.BASE + "/" + r);
        }
        index.put("links", links);
        index.put("corpus_model", api.model());
        return index;
    }

    private static JsonNode openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json cannot be read", e);
        }
    }

    /** The port it listens on (the one it took, when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The API's root, {@code http://127.0.0.1:8080/api/v1}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + Api.BASE;
    }

    /** The web pages' root, {@code http://127.0.0.1:8080/}. */
    public String pagesUrl() {
        return url().substring(0, url().length() - Api.BASE.length()) + "/";
    }

    /** Every route of the JSON API the server answers, as {@code GET /api/v1/events/{id}} (the web pages' are not). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(e -> !WebPages.isPage(e.endpoint.path))
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /** The address to listen on is taken or not this machine's. */
    public static final class UnavailableAddressException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnavailableAddressException(String message) {
            super(message);
        }
    }

    /** Stops serving; requests in flight are answered first. */
    @Override
    public void close() {
        app.stop();
        if (intake != null) {
            intake.close();
        }
        index.close();
        reads.forEach(Runnable::run);
    }
}
