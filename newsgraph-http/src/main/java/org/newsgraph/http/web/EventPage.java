package org.newsgraph.http.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.EventDetail;
import org.newsgraph.http.read.Snapshot;
import org.newsgraph.http.read.Views;

/**
 * One event: its title, date with its basis, place (on a map when the gazetteer has its
 * coordinates) and participants; then one column per outlet with what each of its reports says
 * of the event: the sentences that tell it, its quotes and its numbers.
 */
final class EventPage {

    static final int MAX_REPORTS = 100;
    private static final int SENTENCE = 2_000;
    private static final int MAX_ITEMS = 50;

    private final Layout layout;

    EventPage(Layout layout) {
        this.layout = layout;
    }

    String render(EventDetail e, Snapshot s) {
        String title = e.title() == null ? e.type() : e.title();
        Optional<ExportDocument.Place> place = e.place() == null ? Optional.empty()
                : s.entity(e.place().id()).map(ExportDocument.Entity::place).filter(p -> p.latitude() != null);
        return layout.page(title, "/", place.isPresent(), h -> {
            h.open("h1").data(title, EventList.TITLE).close("h1");
            facts(h, e, place, s);
            if (place.isPresent()) {
                h.element("div", "", "id", "map", "class", "map small", "role", "img", "aria-label",
                        "Map of the event's place");
            }
            h.element("h2", "Reports, outlet by outlet");
            outlets(h, e, s);
        });
    }

    private static void facts(Html h, EventDetail e, Optional<ExportDocument.Place> place, Snapshot s) {
        h.open("dl", "class", "facts");
        h.element("dt", "What").open("dd").text(e.type() + (e.cameo() == null ? "" : " (CAMEO " + e.cameo() + ")")
                + ", " + e.kind() + " event").close("dd");
        h.element("dt", "When").open("dd", "class", "date").open("time", "datetime", e.date().value())
                .text(DateText.of(e.date().value())).close("time")
                .element("span", " (" + DateText.basis(e.date()) + ")", "class", "basis").close("dd");
        h.element("dt", "Where").open("dd", "class", "place",
                "data-lat", place.map(p -> String.valueOf(p.latitude())).orElse(null),
                "data-lon", place.map(p -> String.valueOf(p.longitude())).orElse(null));
        if (e.place() == null) {
            h.text("no place given");
        } else {
            h.link("/entities/" + e.place().id(), e.place().name(), EventList.NAME);
        }
        h.close("dd");
        h.element("dt", "Who").open("dd").open("ul", "class", "participants");
        for (Views.Named p : e.participants()) {
            h.open("li").link("/entities/" + p.id(), p.name(), EventList.NAME).close("li");
        }
        h.close("ul").close("dd");
        if (!e.stories().isEmpty()) {
            h.element("dt", "Stories").open("dd").open("ul", "class", "inline");
            for (String id : e.stories()) {
                String title = s.events().story(id).map(t -> t.story().title()).orElse("story " + id);
                h.open("li").link("/stories/" + id, title, EventList.TITLE).close("li");
            }
            h.close("ul").close("dd");
        }
        h.close("dl");
    }

    /** One column per outlet (a report without an outlet is its file's), in the order the reports come. */
    private static void outlets(Html h, EventDetail e, Snapshot s) {
        Map<String, List<EventDetail.Report>> byOutlet = new LinkedHashMap<>();
        e.reports().stream().limit(MAX_REPORTS).forEach(r -> byOutlet.computeIfAbsent(source(r), k -> new ArrayList<>()).add(r));
        h.open("div", "class", "outlets");
        byOutlet.forEach((outlet, reports) -> {
            h.open("section", "class", "outlet", "aria-label", "Outlet " + Html.cut(outlet, EventList.NAME));
            h.open("h3").data(outlet, EventList.NAME).close("h3");
            reports.forEach(r -> report(h, r, e, s));
            h.close("section");
        });
        h.close("div");
        if (e.reports().size() > MAX_REPORTS) {
            h.element("p", "The first " + MAX_REPORTS + " of " + e.reports().size() + " reports are shown.", "class", "note");
        }
    }

    private static String source(EventDetail.Report r) {
        return r.outlet() != null ? r.outlet() : r.file() != null ? r.file() : r.article();
    }

    private static void report(Html h, EventDetail.Report r, EventDetail e, Snapshot s) {
        Optional<ExportDocument.Article> article = s.article(r.article());
        String language = article.map(ExportDocument.Article::language).filter(l -> l.matches("[a-z]{2,3}")).orElse(null);
        h.open("article", "class", "report", "lang", language);
        String title = r.title() == null ? "untitled (" + r.article() + ")" : r.title();
        h.open("h4");
        if (article.isPresent()) {
            h.link("/articles/" + r.article(), title, EventList.TITLE);
        } else {
            h.data(title, EventList.TITLE);
        }
        h.close("h4");
        h.open("p", "class", "meta").text(r.published() == null || r.published().date() == null ? "publication day unknown"
                : "published " + DateText.of(r.published().date()));
        article.flatMap(a -> Html.webAddress(a.url())).ifPresent(url -> h.text(" · ").open("a", "href", url,
                "rel", "noopener noreferrer nofollow", "class", "source").text("the article").close("a"));
        h.close("p");
        if (r.evidence().isEmpty()) {
            h.element("p", "A copy of another report: no sentence of its own.", "class", "empty");
        } else {
            h.open("ul", "class", "evidence", "aria-label", "Sentences that tell the event");
            r.evidence().stream().limit(MAX_ITEMS).forEach(v -> h.open("li").data(v.text(), SENTENCE).close("li"));
            h.close("ul");
        }
        quotes(h, e.quotes().stream().filter(q -> q.article().equals(r.article())).limit(MAX_ITEMS).toList());
        claims(h, e.claims().stream().filter(c -> c.article().equals(r.article())).limit(MAX_ITEMS).toList());
        h.close("article");
    }

    static void quotes(Html h, List<Views.QuoteView> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        h.element("h5", "Quotes").open("ul", "class", "quotes");
        for (Views.QuoteView q : quotes) {
            h.open("li").open("blockquote").data(q.text(), SENTENCE).close("blockquote").open("p", "class", "speaker").text("— ");
            if (q.speaker() != null) {
                h.link("/entities/" + q.speaker(), q.speakerName(), EventList.NAME);
            } else {
                h.data(q.speakerText() == null ? "unattributed" : q.speakerText(), EventList.NAME);
            }
            h.close("p").close("li");
        }
        h.close("ul");
    }

    static void claims(Html h, List<ExportDocument.Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        h.element("h5", "Numbers").open("ul", "class", "claims");
        for (ExportDocument.Claim c : claims) {
            h.open("li").element("strong", number(c)).text(": ").data(c.text(), SENTENCE).close("li");
        }
        h.close("ul");
    }

    private static String number(ExportDocument.Claim c) {
        String value = c.value() == null ? "?" : String.format(Locale.ROOT, "%,.0f", c.value().doubleValue());
        if (c.value() != null && c.value().doubleValue() != Math.rint(c.value().doubleValue())) {
            value = c.value().toString();
        }
        String range = c.upper() == null ? value : value + "–" + c.upper();
        return (c.qualifier() == null ? "" : c.qualifier() + " ") + range + (c.unit() == null ? "" : " " + c.unit());
    }
}
