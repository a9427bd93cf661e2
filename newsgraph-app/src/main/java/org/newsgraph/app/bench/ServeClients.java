package org.newsgraph.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of the serve bench: each asks the server, one request after the other until a
 * deadline, in turn for a search of a title word, an event's web page and the same event from the
 * API, the word and the event picked at random (a seed a client), and keeps each request's time
 * and whether it was answered (a 200). The events are the template's ids in each copy, as a user
 * bookmarked them: a redirect (an id retired since, docs/export.md) is followed, as a browser
 * follows it, and its answer counts; the redirects and the ids not found are counted apart.
 */
final class ServeClients {

    /** A request not answered within this is a failure. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern OUTSIDE = Pattern.compile("\"articles_outside\":(\\d+)");

    /** What a client asks for. */
    enum Route {
        SEARCH("search", "GET /api/v1/search?q=WORD"),
        EVENT_PAGE("event page", "GET /events/ID"),
        EVENT_API("event API", "GET /api/v1/events/ID");

        final String label;
        final String path;

        Route(String label, String path) {
            this.label = label;
            this.path = path;
        }
    }

    /**
     * One request: what it asked for, how long it took (redirects followed included), why it
     * failed (null: answered), the final status (0 when none came) and whether it was redirected.
     */
    record Request(Route route, long nanos, String failure, int status, boolean redirected) {

        boolean notFound() {
            return status == 404;
        }
    }

    /** The export id of the template's event {@code index} in copy {@code world}. */
    interface EventIds {
        String of(int world, int index);
    }

    private final List<String> words;
    private final EventIds events;
    private final int worlds;
    private final int eventsPerWorld;

    ServeClients(List<String> words, EventIds events, int worlds, int eventsPerWorld) {
        if (words.isEmpty() || eventsPerWorld == 0) {
            throw new IllegalArgumentException("the template has no title word or no event to ask for");
        }
        this.words = List.copyOf(words);
        this.events = events;
        this.worlds = worlds;
        this.eventsPerWorld = eventsPerWorld;
    }

    /** Asks the server at {@code root} until {@code deadline} (System.nanoTime); every request made. */
    List<Request> ask(String root, long deadline, int seed) {
        HttpClient http = client();
        Random random = new Random(seed);
        List<Request> made = new ArrayList<>();
        for (int n = 0; System.nanoTime() < deadline; n++) {
            Route route = Route.values()[(n + seed) % Route.values().length];
            String path = switch (route) {
                case SEARCH -> "api/v1/search?q=" + URLEncoder.encode(words.get(random.nextInt(words.size())),
                        StandardCharsets.UTF_8);
                case EVENT_PAGE -> "events/" + event(random);
                case EVENT_API -> "api/v1/events/" + event(random);
            };
            long start = System.nanoTime();
            String failure;
            int status = 0;
            boolean redirected = false;
            try {
                HttpResponse<byte[]> answer = http.send(get(root + path), HttpResponse.BodyHandlers.ofByteArray());
                status = answer.statusCode();
                redirected = answer.previousResponse().isPresent();
                failure = status == 200 ? null : "status " + status + " on /" + path;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + " on /" + path + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            made.add(new Request(route, System.nanoTime() - start, failure, status, redirected));
        }
        return made;
    }

    private String event(Random random) {
        return events.of(random.nextInt(worlds), random.nextInt(eventsPerWorld));
    }

    /** Whether the answer at {@code url} holds {@code text} within {@code within}, asked every quarter second. */
    static boolean shows(String url, String text, Duration within) throws IOException {
        HttpClient http = client();
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                HttpResponse<String> answer = http.send(get(url), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains(text)) {
                    return true;
                }
                Thread.sleep(250);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + url, e);
        }
    }

    /** How many articles the server's root counts outside the corpus model ({@code corpus_model.articles_outside}). */
    static int outsideModel(String root) throws IOException, InterruptedException {
        HttpResponse<String> answer = client().send(get(root + "api/v1"), HttpResponse.BodyHandlers.ofString());
        Matcher m = OUTSIDE.matcher(answer.body());
        return answer.statusCode() == 200 && m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    }
}
