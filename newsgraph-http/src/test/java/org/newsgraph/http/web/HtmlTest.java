package org.newsgraph.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextAndAttributeValuesSoNothingBecomesMarkup() {
        String written = new Html().open("p", "title", "\"><script>x()</script>")
                .text("<script>alert('x')</script> & more").close("p").toString();

        assertThat(written).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>");
    }

    @Test
    void writesStoreTextIsolatedAndCutShort() {
        String written = new Html().data("\u202Eevil <b>" + "x".repeat(50), 12).toString();

        assertThat(written).isEqualTo("<bdi>\u202Eevil &lt;b&gt;xxx…</bdi>");
    }

    @Test
    void replacesControlCharactersButKeepsLineBreaks() {
        assertThat(new Html().text("a\u0000b\u001bc\nd\te").toString()).isEqualTo("a\uFFFDb\uFFFDc\nd\te");
    }

    @Test
    void refusesEventHandlersStylesAndOddNames() {
        assertThatThrownBy(() -> new Html().open("img", "onerror", "x()")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("p", "style", "color:red")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("p", "x onclick", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("scr<ipt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksGoOnlyToThisServerOrTheWeb() {
        assertThat(new Html().open("a", "href", "/events/v2").toString()).isEqualTo("<a href=\"/events/v2\">");
        assertThat(new Html().open("a", "href", "https://example.org/a?b=1&c=2").toString())
                .isEqualTo("<a href=\"https://example.org/a?b=1&amp;c=2\">");
        for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "//evil.example/x",
                "data:text/html,<script>", "vbscript:x", "/\\evil.example"}) {
            assertThatThrownBy(() -> new Html().open("a", "href", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anArticleAddressIsAWebAddressOrNothing() {
        assertThat(Html.webAddress("https://example.org/news/1")).hasValue("https://example.org/news/1");
        assertThat(Html.webAddress("http://example.org")).hasValue("http://example.org");
        for (String bad : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "ftp://x.org/a",
                "/relative", "https://", "https://example.org/a?x=\"><script>", null}) {
            assertThat(Html.webAddress(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void cutsNeverBetweenASurrogatePair() {
        assertThat(Html.cut("ab\uD83D\uDE00cd", 3)).isEqualTo("ab…");
    }
}
