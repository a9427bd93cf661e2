package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams the JSON objects of a JSONL file, one outcome a non-blank line. */
final class JsonLines {

    /** Receives each non-blank line: its number (from 1) and its object or the reason it has none. */
    interface Visitor {
        void line(int number, ReadOutcome<ObjectNode> object);
    }

    private static final int MAX_MESSAGE = 120;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final int maxLineBytes;

    JsonLines(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Visits every non-blank line and returns how many there were, or the reason the file could
     * not be read (after the lines read before the failure were visited).
     */
    ReadOutcome<Integer> forEach(Path path, Visitor visitor) {
        try (InputStream in = Files.newInputStream(path)) {
            ByteLines lines = new ByteLines(in, maxLineBytes);
            int seen = 0;
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                ReadOutcome<String> text = decode(line);
                if (!(text instanceof ReadOutcome.Ok<String> ok && ok.value().isBlank())) {
                    seen++;
                    visitor.line(line.number(), text.then(JsonLines::parse));
                }
            }
            return ReadOutcome.ok(seen);
        } catch (IOException e) {
            return ReadOutcome.failed(FileBytes.reasonFor(e));
        }
    }

    /** A string field's value, or null when the field is missing, null or not a string. */
    static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private ReadOutcome<String> decode(ByteLines.Line line) {
        if (line.tooLong()) {
            return ReadOutcome.failed(ByteSize.tooLarge("line", line.length(), maxLineBytes));
        }
        return TextDecoder.line(line.bytes());
    }

    private static ReadOutcome<ObjectNode> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node instanceof ObjectNode object ? ReadOutcome.ok(object) : ReadOutcome.failed("not a JSON object");
        } catch (JsonProcessingException e) {
            return ReadOutcome.failed("malformed JSON: " + shortMessage(e));
        }
    }

    /** Jackson's first line without its source excerpt, with the column: enough to find the fault. */
    private static String shortMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        int sourceNote = message.indexOf(" (start marker at");
        if (sourceNote >= 0) {
            message = message.substring(0, sourceNote); // the rest describes Jackson's input source, not the line
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return e.getLocation() == null ? message : message + " (column " + e.getLocation().getColumnNr() + ")";
    }
}
