package org.newsgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.http.read.Views;

class JsonBodyTest {

    @Test
    void anEntityTagIsStrongAndDiffersWithTheBody() {
        String tag = JsonBody.entityTag("{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(JsonBody.entityTag("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(JsonBody.entityTag("{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
    }

    @Test
    void writesRecordsInSnakeCaseAndTextAsJsonStrings() {
        Page<String> page = new Page<>(List.of("<script>\"x\"</script>\u202E"), 1, 20, null);

        assertThat(JsonBody.text(JsonBody.bytes(page)))
                .isEqualTo("{\"items\":[\"<script>\\\"x\\\"</script>\u202E\"],\"total\":1,\"limit\":20,\"next\":null}");
        assertThat(JsonBody.text(JsonBody.bytes(new Views.Named("e1", "Anna")))).isEqualTo("{\"id\":\"e1\",\"name\":\"Anna\"}");
    }
}
