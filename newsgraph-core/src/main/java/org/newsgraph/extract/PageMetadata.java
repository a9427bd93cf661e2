package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.UrlDates;

/**
 * What a page says about itself in its markup: Open Graph and article meta tags, JSON-LD,
 * {@code <title>}, {@code <time>}, {@code <link rel=canonical>} and {@code <html lang>}.
 * Each value is null (or an unknown date) when the page does not give it.
 */
record PageMetadata(String title, PublicationDate published, String outlet, String url, String language) {

    private static final int TIMES_WALKED_UP = 20;

    static PageMetadata of(Document page) {
        JsonLd jsonLd = JsonLd.of(page);
        return new PageMetadata(title(page), published(page, jsonLd),
                first(meta(page, "og:site_name"), jsonLd.publisherName()),
                first(canonical(page), meta(page, "og:url").filter(PageMetadata::isWebAddress)),
                language(page, jsonLd));
    }

    /** The source with each value it lacks taken from the page; what it has is kept. */
    ArticleSource fillMissing(ArticleSource source) {
        ArticleSource titled = isBlank(source.title()) && title != null ? source.withTitle(title) : source;
        String address = isBlank(titled.url()) ? url : titled.url();
        ArticleSource named = isBlank(titled.outlet()) && !isBlank(outlet) ? titled.withOutlet(outlet, Basis.HTML) : titled;
        return named.withMetadata(
                address,
                named.published().isKnown() ? named.published() : published(address),
                isBlank(named.language()) ? language : named.language());
    }

    /** The page's date; else the day in its URL, which is weaker evidence. */
    private PublicationDate published(String address) {
        return published.isKnown() ? published : UrlDates.parse(address).orElse(PublicationDate.none());
    }

    private static String title(Document page) {
        Optional<String> h1 = Optional.ofNullable(page.selectFirst("h1")).map(Element::text);
        return first(meta(page, "og:title"), nonBlank(page.title()), h1);
    }

    private static PublicationDate published(Document page, JsonLd jsonLd) {
        return Stream.of(
                        meta(page, "article:published_time"),
                        attribute(page, "[itemprop=datePublished][content]", "content"),
                        jsonLd.text("datePublished"),
                        timeElement(page),
                        otherMeta(page))
                .flatMap(Optional::stream)
                .flatMap(raw -> HtmlDates.parse(raw).stream())
                .findFirst()
                .orElse(PublicationDate.none());
    }

    /** Names other than Open Graph's that publishers give the publication date in meta tags. */
    private static Optional<String> otherMeta(Document page) {
        return Stream.of("og:published_time", "article:published", "pubdate", "publishdate", "publish-date",
                        "dc.date.issued", "DC.date.issued", "dcterms.created", "parsely-pub-date", "date")
                .map(name -> meta(page, name)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The {@code <time>} marked as the publication date, else the first in an article, else the
     * first at all. Not a descendant selector ("article time"): jsoup checks that against every
     * element's ancestors, quadratic on a deeply nested page; and only the first few times are
     * walked up from, for the same reason.
     */
    private static Optional<String> timeElement(Document page) {
        Elements times = page.select("time[datetime]");
        Optional<Element> marked = times.stream().filter(time -> time.attr("itemprop").equals("datePublished")).findFirst();
        Optional<Element> inArticle = times.stream().limit(TIMES_WALKED_UP)
                .filter(time -> time.closest("article") != null).findFirst();
        return marked.or(() -> inArticle).or(() -> times.stream().findFirst())
                .map(time -> time.attr("datetime").strip())
                .filter(value -> !value.isEmpty());
    }

    private static Optional<String> canonical(Document page) {
        return Optional.ofNullable(page.selectFirst("link[rel=canonical][href]"))
                .map(link -> link.absUrl("href"))
                .filter(PageMetadata::isWebAddress);
    }

    /**
     * The primary language subtag, as in {@code en} of {@code en-GB}: from {@code <html lang>},
     * else a {@code Content-Language} meta tag, else JSON-LD's {@code inLanguage}, else Open
     * Graph's locale ({@code en_US}).
     */
    private static String language(Document page, JsonLd jsonLd) {
        return Stream.of(Optional.of(page.select("html[lang]").attr("lang")),
                        attribute(page, "meta[http-equiv~=(?i)content-language]", "content"),
                        jsonLd.text("inLanguage"), meta(page, "og:locale"))
                .flatMap(Optional::stream)
                .map(PageMetadata::primaryLanguage).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static Optional<String> primaryLanguage(String tag) {
        String lang = tag.strip();
        boolean usable = lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
                && (lang.length() == 2 || !Character.isLetter(lang.charAt(2)));
        return usable ? Optional.of(lang.substring(0, 2).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A meta tag's content, whether the page names it with {@code property} (as OG says) or {@code name}. */
    private static Optional<String> meta(Document page, String key) {
        return attribute(page, "meta[property=" + key + "], meta[name=" + key + "]", "content");
    }

    private static Optional<String> attribute(Document page, String cssQuery, String attribute) {
        return page.select(cssQuery).stream()
                .map(element -> element.attr(attribute).strip())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Optional<String> nonBlank(String value) {
        return isBlank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @SafeVarargs
    private static String first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).map(String::strip)
                .filter(value -> !value.isEmpty()).findFirst().orElse(null);
    }
}
