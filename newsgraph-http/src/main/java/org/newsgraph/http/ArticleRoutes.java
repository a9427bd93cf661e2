package org.newsgraph.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.app.articles.ArticleLister;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.ArticleDetail;
import org.newsgraph.http.read.Snapshot;

/** The articles (each with its analysis and the lines cleaning removed) and the outlets they come from. */
final class ArticleRoutes {

    static final Pattern ID = Pattern.compile("[ar]\\d{1,9}");
    private static final List<String> STATUSES = List.of("ok", "duplicate", "rejected", "failed");

    private final Api api;

    ArticleRoutes(Api api) {
        this.api = api;
    }

    void register(RoutesConfig routes) {
        routes.get(Api.BASE + "/articles", this::list);
        routes.get(Api.BASE + "/articles/{id}", this::one);
        routes.get(Api.BASE + "/outlets", this::outlets);
    }

    private void list(Context ctx) {
        Params p = api.params(ctx, true, "outlet", "status");
        String outlet = p.text("outlet");
        String status = p.choice("status", STATUSES);
        ArticleLister articles = new ArticleLister(outlet, status);
        api.query(q -> { // a page of the primary key (of the index of articles by outlet), counted by query
            api.paged(ctx, p, (offset, limit) -> articles.page(q.view(), offset, limit).stream()
                    .map(a -> ArticleListed.of(a.article(), a.cluster())).toList(), () -> articles.count(q.view()));
            return null;
        });
    }

    private void one(Context ctx) {
        api.params(ctx, false);
        String id = api.id(ctx, ID, "an article id, a5 (r2 for a rejected input)");
        Snapshot s = api.ofArticle(id);
        ExportDocument.Article a = s.article(id).orElseThrow(() -> Problem.Raised.notFound("no article " + id));
        api.send(ctx, ArticleDetail.of(a, s));
    }

    private void outlets(Context ctx) {
        Params p = api.params(ctx, true);
        Map<String, List<ExportDocument.Article>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        api.snapshot().export().articles().stream().filter(a -> a.outlet() != null)
                .forEach(a -> byOutlet.computeIfAbsent(a.outlet(), o -> new ArrayList<>()).add(a));
        api.page(ctx, p, byOutlet.entrySet().stream().map(e -> Outlet.of(e.getKey(), e.getValue())).toList());
    }

    /** An article as the list gives it: the export's article without its text. */
    @JsonPropertyOrder({"id", "file", "title", "outlet", "url", "language", "published", "status", "duplicate_of",
        "cluster"})
    record ArticleListed(String id, String file, String title, String outlet, String url, String language,
            ExportDocument.Published published, String status, String duplicateOf, String cluster) {

        static ArticleListed of(ExportDocument.Article a, String cluster) {
            return new ArticleListed(a.id(), a.file(), a.title(), a.outlet(), a.url(), a.language(), a.published(),
                    a.status(), a.duplicateOf(), cluster);
        }
    }

    /** An outlet with how many articles the store has from it and the span of their publication days. */
    @JsonPropertyOrder({"name", "article_count", "first_published", "last_published"})
    record Outlet(String name, int articleCount, String firstPublished, String lastPublished) {

        static Outlet of(String name, List<ExportDocument.Article> articles) {
            List<String> days = articles.stream().map(ExportDocument.Article::published).filter(Objects::nonNull)
                    .map(ExportDocument.Published::date).filter(Objects::nonNull).sorted().toList();
            return new Outlet(name, articles.size(), days.isEmpty() ? null : days.get(0),
                    days.isEmpty() ? null : days.get(days.size() - 1));
        }
    }
}
