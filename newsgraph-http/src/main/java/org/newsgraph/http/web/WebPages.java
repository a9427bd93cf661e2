package org.newsgraph.http.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.http.read.ArticleDetail;
import org.newsgraph.http.read.EntityDetail;
import org.newsgraph.http.read.EventDetail;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.Snapshots;
import org.newsgraph.http.read.StoryDetail;
import org.newsgraph.search.SearchIndex;

/**
 * The web pages of {@code serve}, beside the JSON API and read from the same snapshots: events,
 * an event, an article, entities, an entity, the timeline, the map, stories, a story, and search
 * over the API's search index. Every page is
 * HTML written by {@link Html} (all store text escaped) with a strict Content-Security-Policy: only
 * this server's own scripts and styles, none inline. Errors are pages that say what to change,
 * never a stack trace.
 */
public final class WebPages {

    static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The media type of every page. */
    public static final String HTML = "text/html; charset=utf-8";
    private static final List<String> HEADERS = List.of("Content-Security-Policy", SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");
    private static final String EVENT_ID = "v\\d{1,9}(\\.\\d{1,9})?";
    private static final String ENTITY_ID = "e\\d{1,9}";
    private static final String STORY_ID = "s\\d{1,9}";
    private static final String ARTICLE_ID = "[ar]\\d{1,9}";

    private final Snapshots snapshots;
    private final SearchIndex index;
    private final Supplier<String> searchState;
    private final Layout layout;

    /**
     * Pages read from {@code snapshots} (an event's page from its cluster's part of the store) and
     * searched in {@code index}, the JSON API's own; {@code searchState} is the state of the store
     * an index current with it records.
     */
    public WebPages(Snapshots snapshots, SearchIndex index, Supplier<String> searchState) {
        this.snapshots = snapshots;
        this.index = index;
        this.searchState = searchState;
        this.layout = new Layout(Assets.load());
    }

    /** Whether a path is a page's (or a page's file), not the JSON API's. */
    public static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.equals("/api");
    }

    public void register(JavalinConfig c) {
        c.staticFiles.add(files -> {
            files.hostedPath = Assets.STATIC;
            files.directory = "/org/newsgraph/http/web/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "max-age=3600");
        });
        c.staticFiles.enableWebjars();
        EventsPage events = new EventsPage(layout);
        EventPage event = new EventPage(layout);
        EntityPage entity = new EntityPage(layout);
        EntitiesPage entities = new EntitiesPage(layout);
        TimelinePage timeline = new TimelinePage(layout);
        MapPage map = new MapPage(layout);
        StoryPage story = new StoryPage(layout);
        ArticlePage article = new ArticlePage(layout);
        SearchPage search = new SearchPage(layout, index, searchState);
        c.routes.get("/", ctx -> send(ctx, 200, snapshots.query(s -> events.render(s, new Query(ctx)))));
        c.routes.get("/events", ctx -> ctx.redirect("/"));
        c.routes.get("/events/{id}", ctx -> {
            String id = id(ctx, EVENT_ID, "an event");
            Snapshot s = snapshots.ofEvent(id);
            Optional<ListedEvent> listed = s.event(id);
            if (listed.isEmpty()) { // a retired id: the page of the event that took its reports
                String successor = snapshots.query(q -> q.successor(id)).orElseThrow(() -> noSuch("event", id));
                ctx.status(HttpStatus.PERMANENT_REDIRECT).header("Location", "/events/" + successor)
                        .header("Cache-Control", "no-cache").result("");
                return;
            }
            send(ctx, 200, event.render(EventDetail.of(listed.get(), s), s));
        });
        c.routes.get("/entities", ctx -> send(ctx, 200, snapshots.query(s -> entities.render(s, new Query(ctx)))));
        c.routes.get("/entities/{id}", ctx -> {
            String id = id(ctx, ENTITY_ID, "an entity");
            Snapshot s = snapshots.ofEntity(id).orElseThrow(() -> noSuch("entity", id));
            send(ctx, 200, entity.render(s.entities().stream().filter(e -> e.exportId().equals(id)).findFirst()
                    .map(e -> EntityDetail.of(e, s)).orElseThrow(() -> noSuch("entity", id))));
        });
        c.routes.get("/articles/{id}", ctx -> {
            String id = id(ctx, ARTICLE_ID, "an article");
            Snapshot s = snapshots.ofArticle(id);
            send(ctx, 200, article.render(ArticleDetail.of(s.article(id).orElseThrow(() -> noSuch("article", id)), s), s));
        });
        c.routes.get("/timeline", ctx -> send(ctx, 200, snapshots.query(s -> timeline.render(s, new Query(ctx)))));
        c.routes.get("/map", ctx -> send(ctx, 200, snapshots.query(s -> map.render(s, new Query(ctx)))));
        c.routes.get("/stories", ctx -> send(ctx, 200, snapshots.query(s -> story.list(s, new Query(ctx)))));
        c.routes.get("/stories/{id}", ctx -> {
            String id = id(ctx, STORY_ID, "a story");
            Snapshot s = snapshots.ofStory(id).orElseThrow(() -> noSuch("story", id));
            send(ctx, 200, story.render(StoryDetail.of(s.events().story(id).orElseThrow(() -> noSuch("story", id)), s)));
        });
        c.routes.get("/search", ctx -> {
            SearchPage.Shown shown = search.render(new Query(ctx));
            send(ctx, shown.status(), shown.html());
        });
        c.routes.exception(PageProblem.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    }

    /** An error as a page: the status, and what went wrong in words ({@code detail}, never an exception's message). */
    public void error(Context ctx, int status, String detail) {
        send(ctx, status, errorPage(status, detail));
    }

    /**
     * The page of an error, for a request the server refused before any page saw it (a URI or
     * headers over the limit, a request it cannot read): what went wrong in words, no exception's.
     */
    public String errorPage(int status, String detail) {
        String title = switch (status) {
            case 400 -> "That request cannot be answered";
            case 404 -> "Not found";
            case 405 -> "Pages are only read";
            case 413, 414, 431 -> "That request is too large";
            case 503 -> "The store cannot be read";
            default -> "Something went wrong";
        };
        return layout.page(title, "", h -> {
            h.element("h1", title);
            h.element("p", detail, "class", "problem");
            h.open("p").element("a", "Back to the events", "href", "/").close("p");
        });
    }

    /** The headers every page is sent with, as name, value pairs: the strict policy first. */
    public static List<String> headers() {
        return HEADERS;
    }

    private static String id(Context ctx, String form, String what) {
        String id = ctx.pathParam("id");
        if (!id.matches(form)) {
            throw PageProblem.notFound("there is no such page: that is not " + what + "'s id");
        }
        return id;
    }

    private static PageProblem noSuch(String what, String id) {
        return PageProblem.notFound("there is no " + what + " " + id + " in this store");
    }

    private static void send(Context ctx, int status, String page) {
        ctx.status(status);
        for (int i = 0; i < HEADERS.size(); i += 2) {
            ctx.header(HEADERS.get(i), HEADERS.get(i + 1));
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(HTML);
        ctx.result(page);
    }
}
