package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.UrlDates;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;

class PageMetadataTest {

    private static ArticleSource source(String page) {
        return Pages.extract(page).source();
    }

    private static PublicationDate html(String date) {
        return new PublicationDate(date, Basis.HTML, 0.9);
    }

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        ArticleSource source = source("""
                <html lang="en-GB"><head>
                <meta property="og:title" content=" NATO chief in Kyiv ">
                <title>NATO chief in Kyiv | Example News</title>
                <meta property="og:site_name" content="Example News">
                <meta property="og:url" content="https://example.org/og">
                <link rel="canonical" href="https://example.org/nato-kyiv">
                <meta property="article:published_time" content="2023-04-20T10:15:00+00:00">
                </head><body><p>Text</p></body></html>
                """);

        assertThat(source.title()).isEqualTo("NATO chief in Kyiv");
        assertThat(source.outlet()).isEqualTo("Example News");
        assertThat(source.outletBasis()).isEqualTo(Basis.HTML);
        assertThat(source.url()).isEqualTo("https://example.org/nato-kyiv");
        assertThat(source.published()).isEqualTo(html("2023-04-20T10:15:00+00:00"));
        assertThat(source.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToTheTitleElementThenTheFirstHeading() {
        assertThat(source("<title>From title</title><h1>From h1</h1>").title()).isEqualTo("From title");
        assertThat(source("<body><h1>From h1</h1><p>x</p></body>").title()).isEqualTo("From h1");
        assertThat(source("<body><p>x</p></body>").title()).isNull();
    }

    @Test
    void readsJsonLdIncludingAGraph() {
        ArticleSource source = source("""
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "site"},
                  {"@type": "NewsArticle", "datePublished": "2023-04-20T08:00:00Z",
                   "publisher": {"@type": "Organization", "name": "Kyiv Post"}}]}</script>
                <p>Text</p>
                """);

        assertThat(source.published()).isEqualTo(html("2023-04-20T08:00:00Z"));
        assertThat(source.outlet()).isEqualTo("Kyiv Post");
    }

    @Test
    void ignoresBrokenJsonLdAndUsesATimeElement() {
        ArticleSource source = source("""
                <script type="application/ld+json">{"datePublished": </script>
                <article><time datetime="2023-04-20">April 20</time><p>Text</p></article>
                """);

        assertThat(source.published()).isEqualTo(html("2023-04-20"));
    }

    @Test
    void takesTheDayOfANearIsoStampAndIgnoresNonsense() {
        assertThat(source("<meta property='article:published_time' content='2023-04-20T10:00:00+0000'>").published())
                .isEqualTo(html("2023-04-20"));
        assertThat(source("<meta property='article:published_time' content='yesterday'>").published())
                .isEqualTo(PublicationDate.none());
    }

    @Test
    void resolvesARelativeCanonicalLinkAgainstTheSourceUrl() {
        ArticleSource given = new ArticleSource("p.html", "p.html", SourceFormat.HTML, null,
                "<link rel=canonical href='/news/1'><p>x</p>", "https://example.org/feed", null, Basis.NONE, PublicationDate.none(), null);

        // the source's own URL is kept: the page only fills what is missing
        assertThat(new HtmlTextExtractor().apply(Document.of(given)).source().url()).isEqualTo("https://example.org/feed");
        assertThat(source("<link rel=canonical href='/news/1'><p>x</p>").url()).isNull();
    }

    @Test
    void keepsWhatTheSourceAlreadyHas() {
        PublicationDate metadata = new PublicationDate("2023-04-19", Basis.METADATA, 1.0);
        ArticleSource given = new ArticleSource("p.html", "p.html", SourceFormat.HTML, "Sidecar title",
                "<html lang=fr><title>PageText</title><meta property=og:site_name content=PageText>"
                        + "<meta property=article:published_time content=2023-04-20><p>x</p>",
                "https://e.org/a", "Sidecar outlet", Basis.METADATA, metadata, "en");

        ArticleSource source = new HtmlTextExtractor().apply(Document.of(given)).source();

        assertThat(source.title()).isEqualTo("Sidecar title");
        assertThat(source.outlet()).isEqualTo("Sidecar outlet");
        assertThat(source.outletBasis()).isEqualTo(Basis.METADATA);
        assertThat(source.published()).isEqualTo(metadata);
        assertThat(source.language()).isEqualTo("en");
        assertThat(source.url()).isEqualTo("https://e.org/a");
    }

    @Test
    void takesTheDayInTheUrlWhenThePageGivesNoDate() {
        ArticleSource source = source("<link rel=canonical href='https://example.org/2023/04/20/nato'><p>x</p>");

        assertThat(source.published()).isEqualTo(new PublicationDate("2023-04-20", Basis.URL, UrlDates.CONFIDENCE));
    }

    @Test
    void prefersTheMarkupsDateToTheUrls() {
        ArticleSource source = source("<link rel=canonical href='https://example.org/2023/04/19/nato'>"
                + "<time datetime='2023-04-20'>April 20</time><p>x</p>");

        assertThat(source.published()).isEqualTo(html("2023-04-20"));
    }

    @Test
    void ignoresPlaceholderDates() {
        assertThat(source("<meta itemprop=datePublished content='0001-01-01T00:00Z'><p>x</p>").published())
                .isEqualTo(PublicationDate.none());
        assertThat(source("<meta property=article:published_time content='1970-01-01T00:00:00Z'><p>x</p>").published())
                .isEqualTo(PublicationDate.none());
    }

    @Test
    void readsTheLanguageFromOtherPlacesWhenHtmlHasNoLang() {
        assertThat(source("<meta property=og:locale content=de_DE><p>x</p>").language()).isEqualTo("de");
        assertThat(source("<meta http-equiv=Content-Language content=fr><p>x</p>").language()).isEqualTo("fr");
        assertThat(source("<script type='application/ld+json'>{\"inLanguage\": \"es-ES\"}</script><p>x</p>").language())
                .isEqualTo("es");
    }

    @Test
    void readsTheOutletFromJsonLdPublisherWithoutOpenGraph() {
        assertThat(source("<script type='application/ld+json'>{\"publisher\": {\"name\": \"Kyiv Post\"}}</script><p>x</p>")
                .outlet()).isEqualTo("Kyiv Post");
    }
}
