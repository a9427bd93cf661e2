package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.app.claims.ClaimLister;
import org.newsgraph.app.claims.ListedClaim;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.events.ListedStory;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.quotes.QuoteLister;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.StoryDetail;
import org.newsgraph.http.read.Views;

/**
 * What the corpus model joins articles into: event clusters (each member with why it is there, as
 * {@code cluster --why} says) and stories; and the quotes and claims of all articles.
 */
final class CorpusRoutes {

    static final Pattern CLUSTER = Pattern.compile("c\\d{1,9}");
    static final Pattern STORY = Pattern.compile("s\\d{1,9}");

    private final Api api;

    CorpusRoutes(Api api) {
        this.api = api;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.BASE + "/clusters", this::clusters);
        routes.get(Api.BASE + "/clusters/{id}", this::cluster);
        routes.get(Api.BASE + "/stories", this::stories);
        routes.get(Api.BASE + "/stories/{id}", this::story);
        routes.get(Api.BASE + "/quotes", this::quotes);
        routes.get(Api.BASE + "/claims", this::claims);
    }

    private void clusters(Context ctx) {
        Params p = api.params(ctx, true);
        // a page of the index of members by cluster, its members' heads, and the page's events by key
        api.query(q -> {
            api.paged(ctx, p, (offset, limit) -> {
                List<ListedCluster> clusters = q.clusters(offset, limit);
                Set<String> events = q.eventsHeld(clusters.stream().map(ClusterListed::eventOf).toList());
                return clusters.stream().map(c -> ClusterListed.of(c, events)).toList();
            }, q::clusterCount);
            return null;
        });
    }

    private void cluster(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, CLUSTER, "a cluster id, c3");
        // by the index of members by cluster: that cluster's articles alone
        api.send(ctx, api.query(q -> q.cluster(id)).orElseThrow(() -> Problem.Raised.notFound("no cluster " + id)));
    }

    private void stories(Context ctx) {
        Params p = api.params(ctx, true);
        api.query(q -> { // a range of the index of stories by id, counted by query
            api.paged(ctx, p, (offset, limit) -> q.events().stories(offset, limit).stream().map(StoryListed::of).toList(),
                    q.events()::storyCount);
            return null;
        });
    }

    private void story(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, STORY, "a story id, s1");
        Snapshot s = api.ofStory(id).orElseThrow(() -> Problem.Raised.notFound("no story " + id));
        ListedStory story = s.events().story(id).orElseThrow(() -> Problem.Raised.notFound("no story " + id));
        api.send(ctx, StoryDetail.of(story, s));
    }

    private void quotes(Context ctx) {
        Params p = api.params(ctx, true, "speaker", "article");
        String speaker = p.text("speaker");
        String article = p.text("article");
        QuoteLister quotes = new QuoteLister();
        api.query(q -> {
            Set<String> speakers = speaker == null ? null : q.named(speaker);
            if (article != null) { // one article's quotes, by its key
                api.page(ctx, p, quotes.ofArticle(q.view(), article, speakers).stream().map(Views.QuoteView::of).toList());
            } else { // a page of the keys of quotes (by their speakers' members), then its articles alone
                api.paged(ctx, p, (offset, limit) -> quotes.page(q.view(), speakers, offset, limit).stream()
                        .map(Views.QuoteView::of).toList(), () -> quotes.count(q.view(), speakers));
            }
            return null;
        });
    }

    private void claims(Context ctx) {
        Params p = api.params(ctx, true, "article");
        String article = p.text("article");
        ClaimLister claims = new ClaimLister();
        api.query(q -> {
            if (article != null) { // one article's claims, by its key
                api.page(ctx, p, claims.ofArticle(q.view(), article).stream().map(ListedClaim::claim).toList());
            } else { // a page of the keys of claims, then its articles alone
                api.paged(ctx, p, (offset, limit) -> claims.page(q.view(), offset, limit).stream()
                        .map(ListedClaim::claim).toList(), () -> claims.count(q.view()));
            }
            return null;
        });
    }

    /** A cluster as the list gives it: its members counted, not listed, and the id of the event it is about. */
    @JsonPropertyOrder({"id", "title", "size", "first_published", "last_published", "outlets", "event"})
    record ClusterListed(String id, String title, int size, String firstPublished, String lastPublished,
            List<String> outlets, String event) {

        /** A cluster as listed, with the id of its main event when {@code events} holds it. */
        static ClusterListed of(ListedCluster c, Set<String> events) {
            String event = eventOf(c);
            return new ClusterListed(c.id(), c.title(), c.size(), c.firstPublished(), c.lastPublished(), c.outlets(),
                    events.contains(event) ? event : null);
        }

        /** The id of the main event a cluster's events are merged into ({@code c3}: {@code v3}). */
        static String eventOf(ListedCluster c) {
            return "v" + c.id().substring(1);
        }
    }

    @JsonPropertyOrder({"id", "title", "event_count"})
    record StoryListed(String id, String title, int eventCount) {

        static StoryListed of(ExportDocument.Story s) {
            return new StoryListed(s.id(), s.title(), s.events().size());
        }
    }
}
