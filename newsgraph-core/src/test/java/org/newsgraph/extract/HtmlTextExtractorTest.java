package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Pipeline;

class HtmlTextExtractorTest {

    @Test
    void requiresTheSourceAndProvidesRawText() {
        HtmlTextExtractor extractor = new HtmlTextExtractor();

        assertThat(extractor.requires()).containsExactly(Facet.SOURCE);
        assertThat(Pipeline.builder().then(extractor).build().provides()).contains(Facet.RAW_TEXT);
    }

    @Test
    void passesPlainTextThroughAsItIs() {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Title",
                "First.\n\n  <b>not markup</b>\n", null, null, Basis.NONE, PublicationDate.none(), null);

        Document document = new HtmlTextExtractor().apply(Document.of(source));

        assertThat(document.text()).isEqualTo("First.\n\n  <b>not markup</b>\n");
        assertThat(document.source()).isEqualTo(source);
        assertThat(document.facets()).isEqualTo(Set.of(Facet.SOURCE, Facet.RAW_TEXT));
    }

    @Test
    void writesTheBlocksOfTheArticleOneALineSeparatedByABlankLine() {
        String page = """
                <html><head><title>T</title><style>p { color: red }</style></head><body>
                <header><a href="/">Home</a></header>
                <nav><ul><li>World</li><li>Politics</li></ul></nav>
                <article>
                  <h1>Stoltenberg visits Kyiv</h1>
                  <p>NATO's chief   met
                     Zelensky on <b>Thursday</b>.</p>
                  <figure><img src="x.jpg"><figcaption>Photo: Reuters</figcaption></figure>
                  <div class="share-bar">Share this article</div>
                  <blockquote>We stand with Ukraine.</blockquote>
                  <ul><li>Point one</li><li>Point two</li></ul>
                  <script>track()</script>
                </article>
                <aside>Most read</aside>
                <footer>© 2023</footer>
                </body></html>
                """;

        Document document = Pages.extract(page);

        assertThat(document.text()).isEqualTo(
                "Stoltenberg visits Kyiv\n\nNATO's chief met Zelensky on Thursday.\n\n"
                        + "We stand with Ukraine.\n\nPoint one\n\nPoint two");
        assertThat(document.has(Facet.RAW_TEXT)).isTrue();
        assertThat(document.source().format()).isEqualTo(SourceFormat.HTML);
        assertThat(document.source().body()).isEqualTo(page);
    }

    @Test
    void dropsElementsNamedLikeCommentsRelatedCookiesMenusOrAds() {
        String page = """
                <body><div id="content">
                  <p>The story.</p>
                  <div id="comments"><p>First!</p></div>
                  <section class="related-stories"><p>Other news</p></section>
                  <div class="cookie-banner">We use cookies</div>
                  <div class="main-menu">Menu</div>
                  <div class="ad slot">Buy now</div>
                  <p class="shared-values">Shared is not share.</p>
                </div></body>
                """;

        assertThat(Pages.text(page)).isEqualTo("The story.\n\nShared is not share.");
    }

    @Test
    void keepsAFurnitureLikeWrapperThatHoldsMostOfThePage() {
        String page = """
                <body><form id="aspnetForm"><div class="page-with-sidebar">
                  <p>A long paragraph of the actual news story, which is most of the page.</p>
                  <p>Another paragraph of the story, also long enough to count.</p>
                  <div class="sidebar">Small sidebar</div>
                </div></form></body>
                """;

        assertThat(Pages.text(page)).isEqualTo("A long paragraph of the actual news story, which is most of the page.\n\n"
                + "Another paragraph of the story, also long enough to count.");
    }

    @Test
    void prefersMainWhenThePageHasSeveralArticles() {
        String page = """
                <body><main><p>Main story.</p></main>
                <article><p>Teaser one</p></article><article><p>Teaser two</p></article></body>
                """;

        assertThat(Pages.text(page)).isEqualTo("Main story.");
    }

    @Test
    void choosesTheContainerWithTheMostParagraphTextOtherwise() {
        String page = """
                <body>
                  <div class="teasers"><p>Short teaser.</p></div>
                  <div class="story"><p>The first long paragraph of the story itself.</p>
                    <p>The second long paragraph of the story itself.</p></div>
                </body>
                """;

        assertThat(Pages.text(page)).isEqualTo("The first long paragraph of the story itself.\n\n"
                + "The second long paragraph of the story itself.");
    }

    @Test
    void makesABlockOfTextWrittenDirectlyInADivOrSplitByLineBreaks() {
        String page = "<body><div>First line<br>Second line<div>Inner</div>Tail</div></body>";

        assertThat(Pages.text(page)).isEqualTo("First line\n\nSecond line\n\nInner\n\nTail");
    }

    @Test
    void joinsInlineElementsWithoutAddingSpaces() {
        assertThat(Pages.text("<p>Zelen<b>sky</b> met <a href=x>Stoltenberg</a>&nbsp;today.</p>"))
                .isEqualTo("Zelensky met Stoltenberg today.");
    }

    @Test
    void keepsTheLinesOfPreformattedText() {
        assertThat(Pages.text("<article><p>Table:</p><pre>\nA   1\n  B 2\n</pre></article>"))
                .isEqualTo("Table:\n\nA   1\n  B 2");
    }

    @Test
    void writesEachTableRowAsOneLine() {
        assertThat(Pages.text("<article><table><tr><th>City</th><th>Visits</th></tr>"
                + "<tr><td>Kyiv</td><td>3</td></tr><tr><td><p>Brussels</p></td><td>12</td></tr></table></article>"))
                .isEqualTo("City Visits\n\nKyiv 3\n\nBrussels\n\n12");
    }
}
