package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.analyze.Outcome;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Hostile articles analysed by the real pipeline, then every page that shows them opened in a real
 * headless Chromium: a script in a title, a text and an outlet's name, an {@code onerror}
 * attribute, {@code javascript:} and broken addresses, a 10 MB title and right-to-left overrides.
 * Each would set {@code window.__pwned} and the document's title if it ran; none may, and every
 * page still renders, with the hostile text shown as text.
 */
class WebHostileArticlesIT {

    private static final String RUN = "window.__pwned=1;document.title='pwned'";
    private static final String SCRIPT = "<script>" + RUN + "</script>";
    private static final String IMG = "<img src=x onerror=\"" + RUN + "\">";
    private static final String SVG = "<svg onload=\"" + RUN + "\"></svg>";
    private static final String RLO = "\u202E";
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final String GOOD_URL = "https://example.org/news/rome-talks";

    private static ApiServer server;
    private static Browser browser;

    @BeforeAll
    static void analyseHostileArticlesAndServeThem() throws IOException {
        Path inputs = ExampleStore.temporary("newsgraph-web-hostile-in");
        Path jsonl = inputs.resolve("hostile.jsonl");
        ObjectMapper json = new ObjectMapper();
        StringBuilder huge = new StringBuilder(TEN_MB + SCRIPT.length());
        while (huge.length() < TEN_MB) {
            huge.append("Huge ").append(SCRIPT).append(' ');
        }
        List<ObjectNode> lines = List.of(
                article(json, "h1", "Minister " + SCRIPT + " resigns " + IMG, "Evil " + IMG + " Times",
                        "javascript:" + RUN, "2024-05-02",
                        "PARIS, May 2 (Reuters) - The French minister Jean Dupont met Angela Merkel in Paris on Thursday. "
                                + SCRIPT + " He said \"we will " + IMG + " talk again\" to reporters. The deal is worth "
                                + "3 billion euros.\n\nDupont visited Berlin on Friday. " + RLO + "gnp.exe" + SVG),
                article(json, "h2", huge.toString(), RLO + "semiT kroY weN\u202C",
                        "https://example.org/a?x=\"><script>" + RUN + "</script>", "2024-05-03",
                        "BERLIN (AP) - Angela Merkel met Jean Dupont in Berlin on Friday to discuss the budget. "
                                + "<a href=\"javascript:" + RUN + "\">click</a> The talks lasted 4 hours."),
                article(json, "h3", "Leaders meet in Rome", "Plain Daily", GOOD_URL, "2024-05-04",
                        "ROME (AP) - Giorgia Meloni met Emmanuel Macron in Rome on Saturday to discuss migration."));
        StringBuilder file = new StringBuilder();
        for (ObjectNode line : lines) {
            file.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(jsonl, file);
        Path store = ExampleStore.temporary("newsgraph-web-hostile-store");
        assertThat(ExampleStore.analyze(store, List.of(jsonl)).count(Outcome.OK)).as("the pipeline takes them all").isEqualTo(3);
        server = ExampleStore.serve(store);
        browser = Browser.open(server.pagesUrl().substring(0, server.pagesUrl().length() - 1));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noScriptFromAnArticleRunsOnAnyPageAndEveryPageRenders() {
        List<String> paths = pages();
        assertThat(paths).hasSizeGreaterThan(12);
        for (String path : paths) {
            browser.go(path);
            assertThat(browser.script("return window.__pwned === undefined")).as(path + ": a script ran").isEqualTo(true);
            // an article's page is titled by its title, hostile text and all: a script would have made it 'pwned'
            assertThat(browser.driver.getTitle()).as(path).isNotEqualTo("pwned").endsWith("newsgraph");
            assertThat(browser.find("h1").isDisplayed()).as(path + " renders").isTrue();
            for (WebElement script : browser.all("script")) {
                assertThat(script.getAttribute("src")).as(path + ": only the server's scripts")
                        .matches(server.pagesUrl() + "(static|webjars)/.*");
            }
            assertThat(browser.script("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                    + ".some(a => a.name.startsWith('on'))).length")).as(path + ": event handler attributes").isEqualTo(0L);
            for (WebElement link : browser.all("a[href]")) {
                assertThat(link.getAttribute("href")).as(path + ": links go here or to the web")
                        .matches("(" + server.pagesUrl() + "|https?://).*");
            }
            assertThat(browser.driver.getPageSource().length()).as(path + ": the page stays small").isLessThan(1_000_000);
        }
        browser.errors();
    }

    @Test
    void theHostileTitlesAreShownAsTextAndTheHugeOneCutShort() {
        List<String> titles = new ArrayList<>();
        String scripted = null;
        for (String event : ids("/events")) {
            browser.go("/events/" + event);
            for (WebElement title : browser.all("article.report h4")) {
                titles.add(title.getText());
                scripted = title.getText().startsWith("Minister <script>") ? event : scripted;
            }
        }
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("Minister " + SCRIPT + " resigns <img src=x onerror="));
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("Huge " + SCRIPT).endsWith("…").hasSizeLessThan(400));
        browser.go("/events/" + scripted);
        browser.screenshot("hostile-event");
    }

    @Test
    void aRightToLeftOverrideStaysInsideItsOwnText() {
        List<String> paths = new ArrayList<>();
        ids("/events").forEach(id -> paths.add("/events/" + id));
        ids("/articles").forEach(id -> paths.add("/articles/" + id));
        for (String path : paths) {
            browser.go(path);
            for (WebElement heading : browser.all("section.outlet h3")) {
                if (heading.getText().contains("Times") || heading.getAttribute("textContent").contains(RLO)) {
                    assertThat(heading.findElements(By.cssSelector("bdi"))).as("isolated").hasSize(1);
                }
            }
            assertThat(browser.script("return [...document.querySelectorAll('main *')].filter(e => [...e.childNodes]"
                    + ".some(n => n.nodeType === 3 && n.textContent.includes('\\u202E')) && e.localName !== 'bdi').length"))
                    .as("every text with an override is in its own bdi").isEqualTo(0L);
        }
        browser.go("/");
        assertThat(browser.find("main").getAttribute("textContent")).contains(RLO + "semiT kroY weN");
        browser.screenshot("hostile-events");
    }

    @Test
    void aJavascriptAddressIsNoLinkAndAWebAddressIs() {
        List<String> sources = new ArrayList<>();
        for (String event : ids("/events")) {
            browser.go("/events/" + event);
            browser.all("a.source").forEach(a -> sources.add(a.getAttribute("href")));
        }
        assertThat(sources).isNotEmpty().allMatch(GOOD_URL::equals);
    }

    @Test
    void searchHitsShowTheHostileTitlesAsTextCutShort() {
        browser.go("/search?q=huge");
        assertThat(browser.all("li.hit h3")).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Huge " + SCRIPT).endsWith("…").hasSizeLessThan(400));
        browser.go("/search?q=minister");
        assertThat(browser.all("li.hit h3")).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Minister " + SCRIPT));
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        browser.screenshot("hostile-search");
    }

    @Test
    void hostileQueriesAreEchoedAsTextOrRefused() {
        browser.go("/search?q=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
        assertThat(browser.find("main input#q").getAttribute("value")).isEqualTo(SCRIPT);
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        Http refused = Http.get(server.pagesUrl() + "timeline?entity=" + URLEncoder.encode(RLO + "x", StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("control or format character").doesNotContain(RLO);
    }

    private static List<String> pages() {
        List<String> paths = new ArrayList<>(List.of("/", "/?kind=all", "/timeline", "/map", "/stories", "/entities",
                "/search?q=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8), "/search?q=minister", "/search?q=huge",
                "/search?q=evil", "/search?q=semiT",
                "/entities?name=" + URLEncoder.encode(IMG, StandardCharsets.UTF_8),
                "/timeline?entity=" + URLEncoder.encode(SVG, StandardCharsets.UTF_8)));
        ids("/events").forEach(id -> paths.add("/events/" + id));
        ids("/entities").forEach(id -> paths.add("/entities/" + id));
        ids("/stories").forEach(id -> paths.add("/stories/" + id));
        ids("/articles").forEach(id -> paths.add("/articles/" + id));
        return paths;
    }

    /** The ids a listing of the API gives (its first 100). */
    private static List<String> ids(String listing) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : Http.get(server.url() + listing + "?limit=100").json().get("items")) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    private static ObjectNode article(ObjectMapper json, String id, String title, String outlet, String url,
            String published, String text) {
        ObjectNode line = json.createObjectNode();
        line.put("id", id).put("title", title).put("outlet", outlet).put("url", url).put("published", published)
                .put("text", text);
        return line;
    }
}
