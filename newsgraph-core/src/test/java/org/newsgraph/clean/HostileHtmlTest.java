package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

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
        // 10 MB of open tags, some 580,000 levels: far past what any recursive walk survives
        String open = "<div class='wrap'>";
        String page = "<body>" + open.repeat(10 * 1024 * 1024 / open.length()) + "<p>Deep news.</p>";

        assertThat(Pages.text(page)).isEqualTo("Deep news.");
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
