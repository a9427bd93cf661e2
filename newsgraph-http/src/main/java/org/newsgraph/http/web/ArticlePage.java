package org.newsgraph.http.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.http.read.ArticleDetail;
import org.newsgraph.http.read.Snapshot;

/**
 * One article as it was analysed: its title, outlet, publication day with what it rests on; its
 * cleaned text, paragraph by paragraph, with the sentences that tell an event marked; the events
 * it reports, its quotes and numbers; and the lines cleaning removed, each with why.
 */
final class ArticlePage {

    /** The most of an article's text a page shows. */
    static final int MAX_TEXT = 100_000;
    private static final int MAX_ITEMS = 200;
    private static final int LINE = 2_000;

    private final Layout layout;

    ArticlePage(Layout layout) {
        this.layout = layout;
    }

    String render(ArticleDetail d, Snapshot s) {
        ExportDocument.Article a = d.article();
        String title = a.title() == null || a.title().isBlank() ? "Untitled article " + a.id() : a.title();
        return layout.page(title, "", h -> {
            h.open("h1").data(title, EventList.TITLE).close("h1");
            facts(h, a);
            if (a.status().equals("rejected") || a.status().equals("failed")) {
                h.open("p", "class", "problem").text(a.status().equals("rejected") ? "Not read as an article: "
                        : "Its analysis failed: ").data(a.error() == null ? "no reason recorded" : a.error(), LINE).close("p");
            }
            section(h, "text", "The text", () -> text(h, a, evidence(a.id(), s)));
            section(h, "events", "The events it reports", () -> {
                EventList.write(h, d.events().stream().limit(MAX_ITEMS).toList(), "It reports no event.");
                more(h, d.events().size(), "events");
            });
            section(h, "quotes", "Quotes", () -> {
                if (d.quotes().isEmpty()) {
                    h.element("p", "It quotes no one.", "class", "empty");
                }
                EventPage.quotes(h, d.quotes().stream().limit(MAX_ITEMS).toList());
                more(h, d.quotes().size(), "quotes");
            });
            section(h, "numbers", "Numbers", () -> {
                if (d.claims().isEmpty()) {
                    h.element("p", "It states no quantity.", "class", "empty");
                }
                EventPage.claims(h, d.claims().stream().limit(MAX_ITEMS).toList());
                more(h, d.claims().size(), "numbers");
            });
            section(h, "removed", "Lines removed as boilerplate", () -> removed(h, a.removed()));
        });
    }

    private static void facts(Html h, ExportDocument.Article a) {
        h.open("dl", "class", "facts");
        h.element("dt", "Outlet").open("dd", "class", "outlet-name");
        if (a.outlet() == null) {
            h.text("no outlet given");
        } else {
            h.data(a.outlet(), EventList.NAME).element("span", " (" + DateText.basis(a.outletBasis()) + ")", "class", "basis");
        }
        h.close("dd");
        h.element("dt", "Published").open("dd", "class", "date").open("time", "datetime",
                a.published() == null ? null : a.published().date()).text(DateText.published(a.published()))
                .close("time").close("dd");
        if (a.file() != null) {
            h.element("dt", "Read from").open("dd").data(a.file(), EventList.TITLE).close("dd");
        }
        Html.webAddress(a.url()).ifPresent(url -> h.element("dt", "Address").open("dd")
                .open("a", "href", url, "rel", "noopener noreferrer nofollow", "class", "source").text("the article")
                .close("a").close("dd"));
        if (a.language() != null) {
            h.element("dt", "Language").open("dd").data(a.language(), 20).close("dd");
        }
        h.element("dt", "Status").open("dd").text(a.status());
        if (a.duplicateOf() != null) {
            h.text(": a copy of ").link("/articles/" + a.duplicateOf(), a.duplicateOf(), 20);
        }
        h.close("dd");
        if (a.notes() != null && !a.notes().isEmpty()) {
            h.element("dt", "Notes").open("dd").open("ul", "class", "notes");
            a.notes().stream().limit(MAX_ITEMS).forEach(n -> h.open("li").data(n, LINE).close("li"));
            h.close("ul").close("dd");
        }
        h.close("dl");
    }

    private static void section(Html h, String id, String heading, Runnable body) {
        h.open("section", "id", id, "aria-labelledby", id + "-heading").element("h2", heading, "id", id + "-heading");
        body.run();
        h.close("section");
    }

    /** The sentences of this article that tell an event, by start, without overlaps: [start, end) pairs. */
    private static List<int[]> evidence(String article, Snapshot s) {
        List<int[]> spans = s.export().events().stream().filter(e -> e.articles().contains(article))
                .flatMap(e -> e.evidence().stream()).filter(v -> v.article().equals(article))
                .map(v -> new int[] {v.start(), v.end()}).sorted(Comparator.comparingInt(v -> v[0])).toList();
        List<int[]> apart = new ArrayList<>();
        for (int[] span : spans) {
            if (span[0] < span[1] && (apart.isEmpty() || span[0] >= apart.get(apart.size() - 1)[1])) {
                apart.add(span);
            }
        }
        return apart;
    }

    /**
     * The text, a paragraph for each line, each piece isolated as article text is; the sentences
     * that tell an event are marked. At most {@link #MAX_TEXT} characters.
     */
    private static void text(Html h, ExportDocument.Article a, List<int[]> told) {
        String text = a.text() == null ? "" : a.text();
        if (text.isBlank()) {
            h.element("p", "No text was kept.", "class", "empty");
            return;
        }
        int shown = Math.min(text.length(), MAX_TEXT);
        if (!told.isEmpty()) {
            h.open("p", "class", "note").text("Marked: the sentences that tell an event ")
                    .element("mark", "like this", "class", "told").text(".").close("p");
        }
        h.open("div", "class", "article-text", "lang", a.language() != null && a.language().matches("[a-z]{2,3}")
                ? a.language() : null);
        int at = 0;
        while (at < shown) {
            int end = text.indexOf('\n', at);
            end = end < 0 || end > shown ? shown : end;
            if (end > at && !text.substring(at, end).isBlank()) {
                paragraph(h, text, at, end, told);
            }
            at = end + 1;
        }
        h.close("div");
        if (shown < text.length()) {
            h.element("p", "The first " + MAX_TEXT + " of " + text.length() + " characters are shown.", "class", "note");
        }
    }

    private static void paragraph(Html h, String text, int start, int end, List<int[]> told) {
        h.open("p");
        int at = start;
        for (int[] span : told) {
            int from = Math.max(span[0], at);
            int to = Math.min(span[1], end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                h.data(text.substring(at, from), Integer.MAX_VALUE);
            }
            h.open("mark", "class", "told").data(text.substring(from, to), Integer.MAX_VALUE).close("mark");
            at = to;
        }
        if (at < end) {
            h.data(text.substring(at, end), Integer.MAX_VALUE);
        }
        h.close("p");
    }

    private static void removed(Html h, List<ExportDocument.Removed> removed) {
        if (removed == null || removed.isEmpty()) {
            h.element("p", "Cleaning removed nothing.", "class", "empty");
            return;
        }
        h.open("ul", "class", "removed");
        for (ExportDocument.Removed r : removed.stream().limit(MAX_ITEMS).toList()) {
            h.open("li").open("span", "class", "line").data(r.text(), LINE).close("span")
                    .element("span", " (" + r.reason() + ")", "class", "meta").close("li");
        }
        h.close("ul");
        more(h, removed.size(), "lines");
    }

    private static void more(Html h, int count, String what) {
        if (count > MAX_ITEMS) {
            h.element("p", "The first " + MAX_ITEMS + " of " + count + " " + what + " are shown.", "class", "note");
        }
    }
}
