package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.Seeds;

/**
 * The curl lines of docs/api.md run against the real server on a store of the examples, as the
 * document says they run against {@code ./newsgraph serve --store newsgraph-data}: each answers
 * JSON, and those under a comment naming error statuses answer one of them as a problem.
 */
class ApiDocsIT {

    private static final Pattern CURL = Pattern.compile("^curl -s '(http://127\\.0\\.0\\.1:8080)(/api/v1[^']*)'");
    private static final Pattern STATUS = Pattern.compile("\\b([45]\\d\\d)\\b");

    @Test
    void everyCurlLineOfTheApiDocumentAnswersAsItsCommentSays() throws IOException {
        List<String> lines = Files.readAllLines(Seeds.repositoryRoot().resolve("docs/api.md"));
        List<String> failures = new ArrayList<>();
        int run = 0;
        try (ApiServer server = ExampleStore.serve(ExampleStore.dir())) {
            List<String> errors = List.of();
            for (String line : lines) {
                if (line.startsWith("# ")) {
                    errors = statuses(line);
                }
                Matcher curl = CURL.matcher(line);
                if (!curl.find()) {
                    continue;
                }
                Http answer = Http.get("http://127.0.0.1:" + server.port() + curl.group(2));
                run++;
                boolean expected = errors.isEmpty()
                        ? answer.status() == 200 && answer.mediaType().equals("application/json")
                        : errors.contains(String.valueOf(answer.status())) && answer.mediaType().equals(Problem.CONTENT_TYPE);
                if (!expected) {
                    failures.add(line + " (expected " + (errors.isEmpty() ? "200" : errors) + "): " + answer);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(run).as("curl lines in docs/api.md").isGreaterThanOrEqualTo(10);
    }

    private static List<String> statuses(String comment) {
        List<String> found = new ArrayList<>();
        if (comment.contains("error")) {
            Matcher m = STATUS.matcher(comment);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
