package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.lingua.LinguaConfig;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.testkit.FakeNlpAnnotator;

/**
 * {@code serve} as a user runs it: in its own JVM, it prints the URL, answers there, and stops
 * cleanly on SIGTERM (what Ctrl-C's SIGINT does too: the shutdown hook stops the server).
 */
class ServeCommandIT {

    private static final Pattern URL = Pattern.compile("serving store .* at (http://127\\.0\\.0\\.1:(\\d+)/api/v1) \\(Ctrl-C stops\\)");

    @TempDir
    Path dir;

    @Test
    void servesTheStoreAtThePrintedUrlUntilStopped() throws Exception {
        Path store = analyze();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0")
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher url = URL.matcher(String.valueOf(line));
            assertThat(url.matches()).as(line + " / " + Files.readString(dir.resolve("serve.err"))).isTrue();

            HttpResponse<String> articles = get(url.group(1) + "/articles");
            assertThat(articles.statusCode()).isEqualTo(200);
            assertThat(articles.body()).contains("\"total\":1", "Anna Berg opens the bridge");

            child.destroy(); // SIGTERM: the shutdown hook stops the server
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
            int port = Integer.parseInt(url.group(2));
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.getLocalPort()).as("the port is free again").isEqualTo(port);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void refusesAMissingStoreABadPortAndATakenOneBeforeServing() throws IOException {
        Cli missing = Cli.run("serve", "--store", dir.resolve("nothing"), "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no store at");
        assertThat(Files.exists(dir.resolve("nothing"))).isFalse();

        Path store = analyze();
        assertThat(Cli.run("serve", "--store", store, "--port", "70000").exitCode()).isEqualTo(2);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli busy = Cli.run("serve", "--store", store, "--port", taken.getLocalPort());
            assertThat(busy.exitCode()).isEqualTo(2);
            assertThat(busy.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort());
        }
    }

    @Test
    void helpSaysWhatItServesAndWhere() {
        Cli help = Cli.run("serve", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--port", "--bind", "127.0.0.1", "/api/v1/openapi.json", "Ctrl-C");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new AssertionError("nothing listens at " + url, e);
        }
    }

    private Path analyze() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Anna Berg opens the bridge\n\nAnna Berg opened the bridge.");
        Path store = dir.resolve("store");
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults().withLanguage(new LinguaConfig(Set.of("en", "ja"), true)));
        try (ArticleStore articles = newsgraph.openStore(store)) {
            newsgraph.analyzer().analyze(List.of(input), articles, FakeNlpAnnotator.withNames(Map.of("Anna Berg", EntityType.PERSON)),
                    ProgressListener.SILENT);
        }
        return store;
    }
}
