package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.ingest.IngestItem;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputKind;
import org.newsgraph.model.ArticleSource;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Pages built to break an extractor: it must give text (maybe empty), never an exception. */
class HostileHtmlTest {

    @Test
    void readsAPageWithoutHtmlHeadOrBody() {
        assertThat(Pages.text("Just words <p>and a paragraph")).isEqualTo("Just words\n\nand a paragraph");
    }

    @Test
    void givesNoTextForAScriptOnlyPage() {
        Document document = Pages.extract("<html><head><script>var a = '<p>not text</p>';</script></head>"
                + "<body><script>document.write('x')</script><noscript>Enable JS</noscript></body></html>");

        assertThat(document.text()).isEmpty();
        assertThat(document.has(Facet.RAW_TEXT)).isTrue();
    }

    @Test
    void givesNoTextForAnEmptyOrMarkupOnlyPage() {
        assertThat(Pages.text("")).isEmpty();
        assertThat(Pages.text("<html><body><div><span></span></div></body></html>")).isEmpty();
    }

    @Test
    void readsAPageOfOnlyLinks() {
        assertThat(Pages.text("<a href=1>One</a> <a href=2>Two</a>")).isEqualTo("One Two");
    }

    @Test
    void survivesDeeplyNestedElementsWithoutOverflowingTheStack() {
        // 10 MB of open tags, some 580,000 levels: far past what any recursive walk survives.
        // jsoup's parser alone takes some seconds on it (it searches the open elements for each
        // tag); the bound catches a pass of the extractor's own that turns quadratic.
        String open = "<div class='wrap'>";
        String page = "<body>" + open.repeat(10 * 1024 * 1024 / open.length()) + "<p>Deep news.</p>";

        String text = assertTimeout(Duration.ofSeconds(30), () -> Pages.text(page));

        assertThat(text).isEqualTo("Deep news.");
    }

    @Test
    void survivesManyNestedNamedContainersAndLinkLists() {
        String page = "<body>" + "<div class='article-body share'><ul><li><a href=x>link</a>".repeat(20_000)
                + "<p>The story, at the bottom of it all, with a comma.</p>";

        assertThat(assertTimeout(Duration.ofSeconds(30), () -> Pages.text(page))).isNotNull();
    }

    @Test
    void readsAFramesetPageWithoutABody() {
        assertThat(Pages.text("<html><frameset><frame src='a.html'></frameset></html>")).isEmpty();
    }

    @Test
    void readsAPageWithoutAnyParagraphAsItsBodyText() {
        assertThat(Pages.text("<body><div>Breaking: talks resume</div></body>")).isEqualTo("Breaking: talks resume");
    }

    @Test
    void readsAPageWithALyingCharsetDeclarationThroughIngest(@TempDir Path dir) throws IOException {
        // windows-1252 bytes that claim to be UTF-8: the bad bytes become replacement characters
        Path file = dir.resolve("lying.html");
        Files.write(file, ("<meta charset='utf-8'><p>Caf\u00e9 owners in Kyiv said the talks, at last, would resume "
                + "next week.</p>").getBytes(Charset.forName("windows-1252")));

        assertThat(extractThroughIngest(file)).startsWith("Caf\uFFFD owners in Kyiv");
    }

    @Test
    void readsAnUndeclaredLatinPageThroughIngest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin.html");
        Files.write(file, ("<p>Caf\u00e9 owners in Kyiv said the talks, at last, would resume next week.</p>")
                .getBytes(Charset.forName("windows-1252")));

        assertThat(extractThroughIngest(file)).startsWith("Caf\u00e9 owners in Kyiv");
    }

    private static String extractThroughIngest(Path file) {
        List<IngestItem> items = new ArrayList<>();
        new ArticleReader(IngestConfig.defaults()).read(InputFile.of(file, InputKind.HTML), items::add);
        ArticleSource source = ((IngestItem.Accepted) items.get(0)).source();
        return new HtmlTextExtractor().apply(Document.of(source)).text();
    }

    @Test
    void survivesDeeplyNestedJsonLd() {
        String page = "<script type='application/ld+json'>" + "[".repeat(5000) + "</script><p>x</p>";

        assertThat(Pages.text(page)).isEqualTo("x");
    }

    @Test
    void randomTagSoupNeverThrows() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> pieces = List.of("<p>", "</p>", "<div class='share'>", "</div>", "<article>", "</article>",
                "<main>", "<pre>", "</pre>", "<br>", "<script>", "</script>", "<table><tr><td>", "<li>", "&amp;",
                "&#0;", "\u0000", "<!--", "-->", "<![CDATA[", "<meta property='og:title' content='", "'>", "\"",
                "<time datetime='2023-13-45'>", "<html lang='x'>", "<script type='application/ld+json'>{",
                "word ", "Zelensky ", "\n", "\u00A0", "\uD800");
        for (int round = 0; round < 300; round++) {
            StringBuilder page = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                page.append(pieces.get(random.nextInt(pieces.size())));
            }

            Document document = Pages.extract(page.toString());

            assertThat(document.has(Facet.RAW_TEXT)).as("seed %d round %d", seed, round).isTrue();
        }
    }
}
