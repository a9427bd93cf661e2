package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventMerge;

/**
 * A bookmarked event id whose event a recluster moved to another cluster (the real server over a
 * store of the examples whose cluster c2 a recluster split): the API and the event page redirect
 * it to the event that took its reports; an id never given is not found, as before.
 */
class RetiredEventIdsIT {

    private static ApiServer server;
    private static List<EventMerge> retired;

    @BeforeAll
    static void serveAReclusteredStore() {
        retired = ExampleStore.retiredEvents();
        server = ExampleStore.serve(ExampleStore.reclustered());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theApiRedirectsEveryRetiredIdToTheEventThatTookItsReports() {
        assertThat(retired).as("the split moved events").isNotEmpty();
        for (EventMerge m : retired) {
            Http moved = Http.get(server.url() + "/events/" + m.merged().exportId());

            assertThat(moved.status()).as(moved.toString()).isEqualTo(308);
            assertThat(moved.response().headers().firstValue("Location"))
                    .contains("/api/v1/events/" + m.into().exportId());
            assertThat(moved.response().headers().firstValue("Cache-Control")).contains("no-cache");
            assertThat(moved.body()).isEmpty();
            Http now = Http.get(server.url() + "/events/" + m.into().exportId());
            assertThat(now.status()).as(now.toString()).isEqualTo(200);
            assertThat(now.json().get("id").asText()).isEqualTo(m.into().exportId());
        }
    }

    @Test
    void theEventPageOfARetiredIdRedirectsToThePageOfTheEventThatTookItsReports() {
        EventMerge m = retired.get(0);
        String root = "http://127.0.0.1:" + server.port();

        Http page = Http.get(root + "/events/" + m.merged().exportId());

        assertThat(page.status()).as(page.toString()).isEqualTo(308);
        assertThat(page.response().headers().firstValue("Location")).contains("/events/" + m.into().exportId());
        assertThat(Http.get(root + "/events/" + m.into().exportId()).status()).isEqualTo(200);
    }

    @Test
    void anIdNeverGivenIsNotFoundAsAProblem() {
        String never = "v" + retired.get(0).merged().cluster() + ".999";

        Http api = Http.get(server.url() + "/events/" + never);
        Http page = Http.get("http://127.0.0.1:" + server.port() + "/events/" + never);

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.mediaType()).isEqualTo("application/problem+json");
        assertThat(api.json().get("detail").asText()).isEqualTo("no event " + never);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mediaType()).isEqualTo("text/html");
    }

    /** What a bookmark in a browser, or a client that follows redirects as the serve bench's do, sees. */
    @Test
    void aClientThatFollowsRedirectsIsAnsweredByTheStandingEvent() throws IOException, InterruptedException {
        EventMerge m = retired.get(0);
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> answer = following.send(HttpRequest.newBuilder(
                URI.create(server.url() + "/events/" + m.merged().exportId())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/api/v1/events/" + m.into().exportId());
        assertThat(answer.previousResponse()).hasValueSatisfying(r -> assertThat(r.statusCode()).isEqualTo(308));
    }
}
