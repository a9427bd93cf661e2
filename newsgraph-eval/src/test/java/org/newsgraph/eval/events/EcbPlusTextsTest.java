package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusTextsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheArticleFilesInNameOrderAndNothingBesideThem() throws IOException {
        Files.writeString(dir.resolve("2_1ecb.txt"), "Title two\nBody two.\n");
        Files.writeString(dir.resolve("10_11ecbplus.txt"), "Title ten\nBody ten.\n");
        Files.writeString(dir.resolve("gold_clusters.tsv"), "doc\ttopic\tsubtopic\n");
        Files.writeString(dir.resolve("metadata.jsonl"), "{\"file\": \"2_1ecb.txt\"}\n");
        Files.writeString(dir.resolve("notes.txt"), "not an article\n");

        assertThat(EcbPlusTexts.files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("10_11ecbplus.txt", "2_1ecb.txt");
        assertThat(EcbPlusTexts.read(dir)).containsExactly(
                Map.entry("10_11ecbplus.txt", "Title ten\nBody ten.\n"),
                Map.entry("2_1ecb.txt", "Title two\nBody two.\n"));
    }
}
