package org.newsgraph.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server on a large store: how many requests of each route the clients made, how many failed
 * (and of them how many asked for an id not found), how many were answered through a redirect (a
 * bookmarked event id retired since), and the percentiles of their times (of every request, nearest rank); what the analyze beside
 * did, and how soon the server showed what it added.
 *
 * @param articles the articles the store held when the clients began
 * @param template how many analysed articles it is made of copies of
 * @param buildSeconds how long storing the copies took, NaN for a store an earlier run left
 * @param seconds  how long the clients asked
 */
public record ServeBenchReport(int articles, int template, double buildSeconds, double indexSeconds, int clients,
        double seconds, List<Route> routes, Added added) {

    /** The search's and the event page's 95th percentile the server is held to, in ms (issue 15). */
    static final double SEARCH_P95 = 100;
    static final double EVENT_PAGE_P95 = 150;
    /** How many failures the report names, of each route. */
    private static final int FAILURES_NAMED = 3;

    public ServeBenchReport {
        routes = List.copyOf(routes);
    }

    /**
     * One route's requests.
     *
     * @param notFound   how many of the failed were answered 404
     * @param redirected how many were redirected (and then answered, or failed)
     * @param failures   the first few failures, in words
     */
    public record Route(String label, String path, int requests, int failed, int notFound, int redirected, double p50,
            double p95, double p99, double max, List<String> failures) {

        public Route {
            failures = List.copyOf(failures);
        }
    }

    /**
     * The analyze beside.
     *
     * @param exit          its exit status; -1 when it did not finish
     * @param seconds       from its start to its end (or to when it was stopped)
     * @param window        how long of that the clients asked
     * @param stored        the articles it added to the store
     * @param event         the event of the last article it added, null when it added none to a cluster
     * @param shownSeconds  how soon after its end the server's answer for that event held the article;
     *                      NaN when it did not within the limit, or there was none to look for
     * @param inStore       when (from its start) the store first held an article it added outside the
     *                      corpus model, NaN when never seen so
     * @param inServer      when the server's root first counted such an article, NaN when never
     */
    public record Added(int exit, double seconds, double window, int stored, String event, double shownSeconds,
            double inStore, double inServer) {

        Added(int exit, double seconds, double window, int stored, String event, double shownSeconds) {
            this(exit, seconds, window, stored, event, shownSeconds, Double.NaN, Double.NaN);
        }

        /** The same, with when the store and the server first held an article outside the corpus model. */
        Added seen(double store, double server) {
            return new Added(exit, seconds, window, stored, event, shownSeconds, store, server);
        }
    }

    /** The figures of every route, of all the requests made. */
    static List<Route> figures(List<ServeClients.Request> requests) {
        List<Route> routes = new ArrayList<>();
        for (ServeClients.Route r : ServeClients.Route.values()) {
            List<ServeClients.Request> of = requests.stream().filter(q -> q.route() == r).toList();
            double[] millis = of.stream().mapToDouble(q -> q.nanos() / 1e6).sorted().toArray();
            List<String> failures = of.stream().filter(q -> q.failure() != null).map(ServeClients.Request::failure).toList();
            routes.add(new Route(r.label, r.path, of.size(), failures.size(),
                    (int) of.stream().filter(ServeClients.Request::notFound).count(),
                    (int) of.stream().filter(ServeClients.Request::redirected).count(), percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 99), millis.length == 0 ? Double.NaN : millis[millis.length - 1],
                    failures.stream().limit(FAILURES_NAMED).toList()));
        }
        return routes;
    }

    /** The nearest-rank percentile of sorted values: the smallest value at least {@code p}% of them do not exceed. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Whether every request was answered: each route asked at least once, none failed. */
    public boolean everyAnswered() {
        return routes.stream().allMatch(r -> r.requests() > 0 && r.failed() == 0);
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        String made = Double.isNaN(buildSeconds) ? "the store and index of an earlier run"
                : String.format(Locale.ROOT, "stored in %.0f s, search index made in %.0f s", buildSeconds, indexSeconds);
        lines.add(String.format(Locale.ROOT, "serve: %,d articles (copies of %d analysed articles, %s); %d clients for "
                + "%.0f s", articles, template, made, clients, seconds));
        for (Route r : routes) {
            lines.add(String.format(Locale.ROOT, "serve: %-10s  %-27s  %,7d requests  %d failed  p50 %.1f ms  p95 %.1f ms"
                    + "  p99 %.1f ms  max %.1f ms  %d not found  %d redirected", r.label(), r.path(), r.requests(),
                    r.failed(), r.p50(), r.p95(), r.p99(), r.max(), r.notFound(), r.redirected()));
            r.failures().forEach(f -> lines.add("serve:   failed: " + f));
        }
        lines.add(addedLine());
        lines.add(seenLine());
        int total = routes.stream().mapToInt(Route::requests).sum();
        int failed = routes.stream().mapToInt(Route::failed).sum();
        lines.add(String.format(Locale.ROOT, "serve: every request answered: %s (%,d requests, %,d failed)",
                everyAnswered() ? "yes" : "no", total, failed));
        lines.add(String.format(Locale.ROOT, "serve: bookmarked event ids: %,d answered through a redirect to the event "
                + "that took their reports, %,d not found", routes.stream().mapToInt(Route::redirected).sum(),
                routes.stream().mapToInt(Route::notFound).sum()));
        lines.add(String.format(Locale.ROOT, "serve: search p95 under %.0f ms: %s; event page p95 under %.0f ms: %s",
                SEARCH_P95, yes(route("search").p95() < SEARCH_P95), EVENT_PAGE_P95,
                yes(route("event page").p95() < EVENT_PAGE_P95)));
        return String.join("\n", lines);
    }

    private String addedLine() {
        if (added.exit() != 0) {
            return String.format(Locale.ROOT, "serve: the analyze beside %s after %.0f s",
                    added.exit() < 0 ? "did not finish: stopped" : "failed (exit " + added.exit() + ")", added.seconds());
        }
        String shown = added.event() == null ? "it placed none in a cluster"
                : Double.isNaN(added.shownSeconds()) ? "the server did not show the last in its event " + added.event()
                        + " within 30 s"
                        : String.format(Locale.ROOT, "the server showed the last in its event %s %.1f s after analyze "
                                + "ended", added.event(), added.shownSeconds());
        return String.format(Locale.ROOT, "serve: the analyze beside added %d articles in %.0f s (%.0f s of it while "
                + "the clients asked); %s", added.stored(), added.seconds(), Math.min(added.window(), added.seconds()),
                shown);
    }

    private String seenLine() {
        if (Double.isNaN(added.inStore())) {
            return "serve: no article of the analyze beside was seen outside the corpus model in the store";
        }
        return Double.isNaN(added.inServer())
                ? String.format(Locale.ROOT, "serve: the store held an added article outside the corpus model %.1f s "
                        + "after analyze began; the server's root never counted one", added.inStore())
                : String.format(Locale.ROOT, "serve: the store held an added article outside the corpus model %.1f s "
                        + "after analyze began, the server's root counted it %.1f s later (each looked at every 0.25 s)",
                        added.inStore(), Math.max(0, added.inServer() - added.inStore()));
    }

    private Route route(String label) {
        return routes.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
