package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;
import org.newsgraph.testkit.Seeds;

/**
 * The events, timeline and story commands end to end: on a real store the fake annotator fills,
 * and on the seeds analysed by the real models through the command line, where whatever events
 * are found must agree between the commands and the export.
 */
class EventCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aStoreWithoutEventsSaysSoAndAnUnknownStoryIsABadArgument() throws IOException {
        Path store = analyze(Map.of("a.txt", "Bridge\n\nAnna Berg opened the bridge."));

        assertThat(Cli.run("events", "--store", store).out()).contains("no events found in the 1 analysed articles of store");
        assertThat(Cli.run("events", "--store", store, "--json").out().strip()).isEqualTo("[ ]");
        assertThat(Cli.run("timeline", "--store", store, "--entity", "berg", "--from", "2023").out())
                .contains("no dated events in store", "about an entity named 'berg' from 2023");
        assertThat(Cli.run("story", "--store", store).out()).contains("no stories in store");
        Cli unknown = Cli.run("story", "s7", "--store", store);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no story s7 in store", "it has no stories").doesNotContain("Usage:");
    }

    @Test
    void theSeedsEventsAgreeBetweenAnalyzeTheExportAndEachCommand() throws IOException {
        Path out = dir.resolve("seeds.json");
        Path store = dir.resolve("store");

        Cli analyze = Cli.run("analyze", Seeds.folder(), "--export", out, "--store", store);

        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        List<String> lines = analyze.out().lines().toList();
        assertThat(lines.get(0)).startsWith("articles: 5 ok, 0 duplicate, 0 already stored, 0 rejected, 0 failed");
        assertThat(lines.get(1)).startsWith("timeline: ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("export written to " + out);
        assertThat(lines.size()).isLessThanOrEqualTo(3 + TimelineSummary.LINES);
        JsonNode export = JSON.readTree(out.toFile());

        JsonNode events = JSON.readTree(Cli.run("events", "--store", store, "--json").out());
        assertThat(events).isEqualTo(export.get("events"));
        assertMainEventsAreTheirClusters(export);
        assertFiltersPickWhatTheExportSays(store, export);

        Cli timeline = Cli.run("timeline", "--store", store, "--json");
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        List<DatePeriod> dates = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (JsonNode e : JSON.readTree(timeline.out())) {
            if (e.path("date").path("value").isNull()) { // the undated main events come last, each with why
                assertThat(e.path("salience").asText()).isEqualTo("main");
                undated.add(e.path("date").path("note").asText());
            } else {
                assertThat(undated).as("dated after undated").isEmpty();
                dates.add(DatePeriod.of(e.path("date").path("value").asText()).orElseThrow());
            }
        }
        assertThat(dates).isSorted();
        assertThat(undated).allSatisfy(why -> assertThat(why).isNotBlank());

        Cli stories = Cli.run("story", "--store", store, "--json");
        assertThat(JSON.readTree(stories.out())).isEqualTo(export.get("stories"));
        for (JsonNode s : export.get("stories")) {
            Cli story = Cli.run("story", s.get("id").asText(), "--store", store);
            assertThat(story.exitCode()).as(story.err()).isZero();
            assertThat(story.out()).startsWith(s.get("id").asText() + "  " + s.get("title").asText());
        }
        for (JsonNode quote : export.get("quotes")) {
            String event = quote.path("event").asText(null);
            assertThat(event == null || ids(export.get("events")).contains(event)).as(quote.toString()).isTrue();
        }
    }

    /** --kind, --outlet and --place pick the events the export gives that kind, an article of that outlet, that place. */
    private static void assertFiltersPickWhatTheExportSays(Path store, JsonNode export) throws IOException {
        Set<String> main = new HashSet<>();
        export.get("events").forEach(e -> {
            if (e.get("salience").asText().equals("main")) {
                main.add(e.get("id").asText());
            }
        });
        assertThat(ids(JSON.readTree(Cli.run("events", "--store", store, "--json", "--kind", "MAIN").out())))
                .isEqualTo(main).isNotEmpty();

        JsonNode article = null;
        for (JsonNode a : export.get("articles")) {
            article = article == null && !a.path("outlet").isNull() ? a : article;
        }
        assertThat(article).as("an article of the seeds with an outlet").isNotNull();
        Set<String> reported = new HashSet<>();
        for (JsonNode e : export.get("events")) {
            if (texts(e.get("articles")).contains(article.get("id").asText())) {
                reported.add(e.get("id").asText());
            }
        }
        String outlet = article.get("outlet").asText().toUpperCase(java.util.Locale.ROOT);
        assertThat(ids(JSON.readTree(Cli.run("events", "--store", store, "--json", "--outlet", outlet).out())))
                .isEqualTo(reported).isNotEmpty();

        JsonNode located = null;
        for (JsonNode e : export.get("events")) {
            located = located == null && !e.path("location").isNull() ? e : located;
        }
        assertThat(located).as("an event of the seeds with a place").isNotNull();
        String placeId = located.get("location").asText();
        String placeName = null;
        for (JsonNode e : export.get("entities")) {
            placeName = e.get("id").asText().equals(placeId) ? e.get("name").asText() : placeName;
        }
        JsonNode there = JSON.readTree(Cli.run("events", "--store", store, "--json", "--place", placeName).out());
        assertThat(ids(there)).contains(located.get("id").asText());
        there.forEach(e -> assertThat(e.path("location").isNull()).as(e.toString()).isFalse());

        Cli badKind = Cli.run("events", "--store", store, "--kind", "sideways");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("--kind: 'sideways' is no kind of event: give main, reported, mentioned");
    }

    /** Each main event is made of one cluster: its articles are that cluster, its id names it. */
    private static void assertMainEventsAreTheirClusters(JsonNode export) {
        Set<List<String>> clusters = new HashSet<>();
        export.get("clusters").forEach(c -> clusters.add(texts(c)));
        for (JsonNode e : export.get("events")) {
            assertThat(e.get("id").asText()).startsWith("v" + e.get("cluster").asText().substring(1));
            if (e.get("salience").asText().equals("main")) {
                assertThat(clusters).contains(texts(e.get("articles")));
            }
        }
    }

    private static Set<String> ids(JsonNode events) {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(a -> texts.add(a.asText()));
        return texts;
    }

    private Path analyze(Map<String, String> files) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(input.resolve(f.getKey()), f.getValue());
        }
        Path store = dir.resolve("store");
        // Lingua chooses between English and Japanese only: texts this short may read as another language
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore articles = newsgraph.openStore(store)) {
            newsgraph.analyzer().analyze(List.of(input), articles,
                    FakeNlpAnnotator.withNames(Map.of("Anna Berg", EntityType.PERSON)), ProgressListener.SILENT);
        }
        return store;
    }
}
