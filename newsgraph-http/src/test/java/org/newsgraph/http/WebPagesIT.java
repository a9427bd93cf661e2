package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real headless Chromium, over the real server on a store of the bundled
 * examples analysed by the real models: what a person sees and can click or type through, on a
 * desk and on a phone. Screenshots go to {@code target/screenshots/}.
 */
class WebPagesIT {

    private static final String KYIV_MEETING = "Zelensky meets Stoltenberg in Kyiv";

    private static ApiServer server;
    private static Browser browser;

    @BeforeAll
    static void serveTheExamplesToABrowser() {
        server = ExampleStore.serve(ExampleStore.dir());
        browser = Browser.open(server.pagesUrl().substring(0, server.pagesUrl().length() - 1));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @BeforeEach
    void desk() {
        browser.size(1280, 1000);
    }

    @AfterEach
    void noErrorInThePage() {
        assertThat(browser.errors()).as("errors the browser logged: scripts, refused resources, the policy").isEmpty();
    }

    @Test
    void theTwoKyivMeetingsAYearApartAreTwoEventsAndClickThroughToAnEntity() {
        browser.go("/");
        List<WebElement> meetings = browser.all("li.event").stream()
                .filter(e -> e.findElement(By.cssSelector("h3")).getText().equals(KYIV_MEETING)).toList();
        assertThat(meetings).hasSize(2);
        assertThat(meetings).extracting(e -> e.findElement(By.cssSelector("time")).getText())
                .containsExactlyInAnyOrder("20 April 2023", "29 April 2024");
        browser.screenshot("events");

        WebElement first = meetings.stream().filter(e -> e.getText().contains("20 April 2023")).findFirst().orElseThrow();
        first.findElement(By.cssSelector("h3 a")).click();
        browser.waitFor(d -> browser.path().startsWith("/events/v"));
        assertThat(browser.find("h1").getText()).isEqualTo(KYIV_MEETING);
        assertThat(browser.find("dd.date").getText()).contains("20 April 2023", "from the article text");
        assertThat(browser.find("dd.place").getText()).isEqualTo("Kyiv");

        browser.find("ul.participants").findElement(By.linkText("Jens Stoltenberg")).click();
        browser.waitFor(d -> browser.path().startsWith("/entities/e"));
        assertThat(browser.find("h1").getText()).isEqualTo("Jens Stoltenberg");
        List<String> timeline = browser.all("#timeline-heading ~ ol li.event").stream().map(WebElement::getText).toList();
        assertThat(timeline.stream().filter(t -> t.startsWith(KYIV_MEETING))).hasSize(2);
        assertThat(timeline.get(0)).as("its timeline is in date order").contains("2023");
        assertThat(browser.all("ul.quotes blockquote")).as("what Stoltenberg said").isNotEmpty();
        browser.screenshot("entity");
    }

    @Test
    void anEventPageShowsEachOutletInItsOwnColumnSideBySide() {
        openMeeting("20 April 2023");
        List<WebElement> outlets = browser.all("section.outlet");
        assertThat(outlets).hasSize(2);
        assertThat(outlets).extracting(o -> o.findElement(By.cssSelector("h3")).getText())
                .contains("The Eastern Herald");
        assertThat(outlets.get(0).getRect().getY()).as("side by side").isEqualTo(outlets.get(1).getRect().getY());
        assertThat(outlets.get(0).getRect().getX()).isLessThan(outlets.get(1).getRect().getX());
        for (WebElement outlet : outlets) {
            assertThat(outlet.findElements(By.cssSelector("ul.evidence li"))).as("its sentences")
                    .isNotEmpty();
        }
        assertThat(browser.all("section.outlet ul.quotes li")).as("quotes in the columns").isNotEmpty();
        mapIsDrawn(1);
        browser.screenshot("event-2023");

        openMeeting("29 April 2024");
        assertThat(browser.all("section.outlet")).extracting(o -> o.findElement(By.cssSelector("h3"))
                .getText()).containsExactly("The Odessa Journal");
        assertThat(browser.find("dd.date").getText()).contains("29 April 2024");
        browser.screenshot("event-2024");
    }

    @Test
    void aReportOpensItsArticleWithItsTextTheSentencesThatTellTheEventAndWhatCleaningRemoved() {
        openMeeting("20 April 2023");
        WebElement report = browser.find("section.outlet article.report h4 a");
        String title = report.getText();
        report.sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().startsWith("/articles/a"));
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        assertThat(browser.find("dd.outlet-name").getText()).isNotBlank();
        assertThat(browser.find("dd.date").getText()).matches("\\d{1,2} \\w+ \\d{4} \\(.+, confidence \\d\\.\\d\\d\\)");
        assertThat(browser.all("section#text .article-text p")).as("its paragraphs").hasSizeGreaterThan(1);
        assertThat(browser.all("section#text mark.told")).as("the sentences that tell an event").isNotEmpty();
        assertThat(browser.all("section#events li.event h3")).extracting(WebElement::getText).contains(KYIV_MEETING);
        assertThat(browser.all("section#quotes blockquote")).isNotEmpty();
        assertThat(browser.find("section#removed h2").getText()).isEqualTo("Lines removed as boilerplate");
        browser.screenshot("article");

        browser.find("section#events li.event h3 a").sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().startsWith("/events/v"));
        assertThat(browser.find("h1").getText()).isEqualTo(KYIV_MEETING);
    }

    @Test
    void theLinesCleaningRemovedShowOnTheArticlePageWithWhy() {
        JsonNode cleaned = null;
        for (JsonNode listed : Http.get(server.url() + "/articles?limit=100").json().get("items")) {
            JsonNode article = Http.get(server.url() + "/articles/" + listed.get("id").asText())
                    .json().get("article");
            cleaned = article.get("removed").isEmpty() ? cleaned : article;
        }
        assertThat(cleaned).as("an example article with boilerplate removed, as the API gives it").isNotNull();
        JsonNode first = cleaned.get("removed").get(0);
        browser.go("/articles/" + cleaned.get("id").asText());
        List<String> removed = browser.all("section#removed ul.removed li").stream().map(WebElement::getText).toList();
        assertThat(removed).hasSize(cleaned.get("removed").size());
        String line = first.get("text").asText().strip();
        assertThat(removed.get(0)).contains(line.substring(0, Math.min(line.length(), 60)), first.get("reason").asText());
    }

    @Test
    void anArticleFoundBySearchOpensItsArticlePage() {
        browser.go("/search?q=Kyiv&kind=article");
        WebElement hit = browser.find("li.hit h3 a");
        String title = hit.getText();
        assertThat(hit.getAttribute("href")).contains("/articles/a");
        hit.click();
        browser.waitFor(d -> browser.path().startsWith("/articles/a"));
        assertThat(browser.find("h1").getText()).as("its title, or that it has none").containsIgnoringCase(title);
        assertThat(browser.find("section#text").getText()).containsAnyOf("Kyiv", "Kiev");
        browser.go("/search?q=Kyiv&kind=quote");
        assertThat(browser.find("li.hit h3 a").getAttribute("href")).matches(".*/articles/a\\d+#quotes");
    }

    @Test
    void theTimelineZoomsFromYearsToAMonthToADayByKeyboardAndFilters() {
        browser.go("/timeline");
        assertThat(browser.all("section.period h2 a")).extracting(WebElement::getText).contains("2023", "2024");
        List<String> types = new ArrayList<>(List.of("any"));
        try (org.newsgraph.store.ArticleStore store = ExampleStore.NEWSGRAPH.openStoreReadOnly(ExampleStore.dir())) {
            new java.util.TreeSet<>(new org.newsgraph.app.export.ExportReader().whole(store).events().stream()
                    .map(org.newsgraph.app.export.ExportDocument.Event::type).toList()).forEach(types::add);
        }
        assertThat(browser.all("select#type option")).as("every type of the store's events, by query")
                .extracting(WebElement::getText).isEqualTo(types).hasSizeGreaterThan(2);
        browser.driver.findElement(By.linkText("2023")).sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/timeline?at=2023"));
        browser.driver.findElement(By.linkText("April 2023")).sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/timeline?at=2023-04"));
        assertThat(browser.find("h1").getText()).isEqualTo("Timeline: April 2023");
        assertThat(browser.all("li.event h3")).extracting(WebElement::getText).containsExactly(KYIV_MEETING);
        assertThat(browser.all("nav.zoom a")).extracting(WebElement::getText).containsExactly("All years", "2023",
                "April 2023");
        browser.screenshot("timeline-april-2023");

        browser.driver.findElement(By.linkText("All years")).sendKeys(Keys.ENTER);
        new Select(browser.find("select#type")).selectByVisibleText("meeting");
        browser.find("input#entity").sendKeys("stoltenberg", Keys.ENTER);
        browser.waitFor(d -> browser.path().contains("type=meeting"));
        List<String> shown = browser.all("section.period li.event h3").stream().map(WebElement::getText).toList();
        assertThat(shown).containsExactly(KYIV_MEETING, KYIV_MEETING);
        assertThat(browser.all("section.period h2 a")).extracting(WebElement::getText).containsExactly("2023", "2024");
        browser.screenshot("timeline-meetings");
    }

    @Test
    void theMapDrawsTheShippedCountriesAndAPointForEachPlace() {
        browser.go("/map");
        int places = browser.all("ul.places > li").size();
        assertThat(places).isGreaterThan(2);
        mapIsDrawn(places);
        assertThat(browser.all("ul.places > li h3")).extracting(WebElement::getText).contains("Kyiv", "Brussels");
        // the places the export locates, in the order of their first event, each with its events
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> latitudes = new ArrayList<>();
        try (org.newsgraph.store.ArticleStore store = ExampleStore.NEWSGRAPH.openStoreReadOnly(ExampleStore.dir())) {
            org.newsgraph.app.export.ExportDocument export = new org.newsgraph.app.export.ExportReader().whole(store);
            java.util.Map<String, org.newsgraph.app.export.ExportDocument.Entity> entities = new java.util.HashMap<>();
            export.entities().forEach(e -> entities.put(e.id(), e));
            for (org.newsgraph.app.export.ExportDocument.Event e : export.events()) {
                org.newsgraph.app.export.ExportDocument.Entity place = e.location() == null ? null : entities.get(e.location());
                if (place != null && place.place() != null && place.place().latitude() != null) {
                    if (!expected.containsKey(place.id())) {
                        names.add(place.name());
                        latitudes.add(String.valueOf(place.place().latitude()));
                    }
                    expected.computeIfAbsent(place.id(), k -> new ArrayList<>()).add("/events/" + e.id());
                }
            }
        }
        assertThat(browser.all("ul.places > li h3")).extracting(WebElement::getText).isEqualTo(names);
        assertThat(browser.all("ul.places > li")).extracting(li -> li.getAttribute("data-lat")).isEqualTo(latitudes);
        assertThat(browser.all("ul.places > li li a")).extracting(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
                .isEqualTo(expected.values().stream().flatMap(List::stream).toList());
        browser.all("#map path.leaflet-interactive").get(0).click();
        WebElement popup = browser.waitFor(d -> browser.find(".leaflet-popup-content"));
        assertThat(popup.findElements(By.cssSelector("a[href^='/events/']"))).isNotEmpty();
        browser.screenshot("map");
    }

    @Test
    void aStoryListsItsEventsByDate() {
        browser.go("/stories");
        browser.find("ul.stories a").click();
        browser.waitFor(d -> browser.path().startsWith("/stories/s"));
        assertThat(browser.find("h1").getText()).contains("Jens Stoltenberg", "Volodymyr Zelensky");
        List<String> events = browser.all("li.event").stream().map(WebElement::getText).toList();
        int in2023 = indexOf(events, "20 April 2023");
        int in2024 = indexOf(events, "29 April 2024");
        assertThat(in2023).isNotNegative().isLessThan(in2024);
        browser.screenshot("story");
    }

    @Test
    void searchingKyivFindsTheArticlesThatWriteKievAndClicksThroughToAnEventAndAnEntity() {
        browser.go("/");
        browser.find("header form[role=search] input").sendKeys("Kyiv", Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/search?q=Kyiv"));
        assertThat(browser.find("p.count").getText()).matches("\\d+ hits");
        assertThat(browser.all("ol.hits li.hit mark")).extracting(WebElement::getText).contains("Kyiv", "Kiev");
        assertThat(browser.all("nav.facets h3")).extracting(WebElement::getText).contains("Kind", "Outlet", "Entity");
        browser.screenshot("search");

        browser.driver.findElement(By.linkText("The Eastern Herald")).sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().contains("outlet=The+Eastern+Herald"));
        List<WebElement> narrowed = browser.all("li.hit p.meta");
        assertThat(narrowed).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).contains("The Eastern Herald"));
        assertThat(browser.find("main p.note").getText()).contains("outlet The Eastern Herald");

        browser.go("/search?q=Kyiv&kind=event");
        WebElement meeting = browser.all("li.hit").stream().filter(h -> h.getText().contains("20 April 2023"))
                .findFirst().orElseThrow();
        assertThat(meeting.findElement(By.cssSelector("h3")).getText()).isEqualTo(KYIV_MEETING);
        meeting.findElement(By.cssSelector("h3 a")).click();
        browser.waitFor(d -> browser.path().startsWith("/events/v"));
        assertThat(browser.find("dd.date").getText()).contains("20 April 2023");
        browser.find("ul.participants").findElement(By.linkText("Volodymyr Zelensky")).click();
        browser.waitFor(d -> browser.path().startsWith("/entities/e"));
        assertThat(browser.find("h1").getText()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void aQueryTheIndexWillNotRunIsSaidOnTheSearchPage() {
        browser.go("/search?q=*yiv");
        assertThat(browser.find("p.problem").getText()).contains("This query cannot be run", "wildcard");
        assertThat(browser.find("main input#q").getAttribute("value")).isEqualTo("*yiv");
        assertThat(Http.get(server.pagesUrl() + "search?q=*yiv").status()).isEqualTo(400);
        browser.errors(); // the 400 is logged as a failed load: expected here
    }

    @Test
    void onAPhoneNothingScrollsSidewaysAndTheOutletsStack() {
        browser.size(390, 844);
        openMeeting("20 April 2023");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as("sideways overflow").isLessThanOrEqualTo(0L);
        List<WebElement> outlets = browser.all("section.outlet");
        assertThat(outlets.get(1).getRect().getY()).as("stacked").isGreaterThan(outlets.get(0).getRect().getY());
        browser.screenshot("event-phone");
    }

    @Test
    void everyPageHasItsLandmarksOneHeadingLabelledFieldsAndTheStrictPolicy() {
        for (String path : List.of("/", "/timeline", "/map", "/stories", "/entities", "/search", "/entities/e3",
                "/articles/a1")) {
            browser.go(path);
            assertThat(browser.find("html").getAttribute("lang")).as(path).isEqualTo("en");
            assertThat(browser.all("main")).as(path).hasSize(1);
            assertThat(browser.all("h1")).as(path).hasSize(1);
            assertThat(browser.all("nav[aria-label=Main] a")).as(path).hasSizeGreaterThan(4);
            for (WebElement field : browser.all("input:not([type=hidden]), select")) {
                assertThat(browser.all("label[for='" + field.getAttribute("id") + "']")).as(path + " label of "
                        + field.getAttribute("name")).hasSize(1);
            }
            assertThat(browser.all("script:not([src])")).as(path + ": inline scripts").isEmpty();
            assertThat(browser.all("[style]:not(.leaflet-container *):not(.leaflet-container)")).as(path + ": inline styles")
                    .isEmpty();
            Http answer = Http.get(server.pagesUrl() + path.substring(1));
            assertThat(answer.response().headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "object-src 'none'",
                            "base-uri 'none'", "frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(answer.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).as("the first Tab reaches the skip link")
                .isEqualTo("skip");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.id")).as("the skip link moves focus to the content")
                .isEqualTo("main");
    }

    @Test
    void anUnknownPageOrIdIsAPageSayingSoWithoutInsides() {
        for (String path : List.of("/events/v999", "/entities/nope", "/no/such/page", "/articles/a999", "/articles/x1")) {
            Http answer = Http.get(server.pagesUrl() + path.substring(1));
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.mediaType()).isEqualTo("text/html");
            assertThat(answer.body()).doesNotContain("Exception", "org.newsgraph", "io.javalin", "\tat ");
        }
        browser.go("/events/v999");
        assertThat(browser.find("h1").getText()).isEqualTo("Not found");
        assertThat(browser.find(".problem").getText()).contains("no event v999");
        browser.errors(); // the 404 itself is logged as a failed load: expected here
    }

    private static void openMeeting(String day) {
        browser.go("/");
        browser.all("li.event").stream().filter(e -> e.getText().startsWith(KYIV_MEETING) && e.getText().contains(day))
                .findFirst().orElseThrow().findElement(By.cssSelector("h3 a")).click();
        browser.waitFor(d -> browser.path().startsWith("/events/v"));
    }

    /** Waits for the map to hold the shipped country shapes and {@code points} points. */
    private static void mapIsDrawn(int points) {
        WebElement map = browser.find("#map");
        browser.waitFor(d -> map.getAttribute("data-countries") != null);
        assertThat(Integer.parseInt(map.getAttribute("data-countries"))).as("countries drawn").isGreaterThan(150);
        assertThat(map.getAttribute("data-points")).isEqualTo(String.valueOf(points));
        assertThat(browser.all("#map .leaflet-tile")).as("no tiles from a tile server").isEmpty();
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
