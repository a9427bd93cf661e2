package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The schema.org JSON-LD blocks of a page, searched for the first value of a field. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> blocks;

    private JsonLd(List<JsonNode> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    static JsonLd of(Element page) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            parse(script.data()).ifPresent(blocks::add);
        }
        return new JsonLd(blocks);
    }

    /** The first string value of {@code field} anywhere in the blocks, breadth first. */
    Optional<String> text(String field) {
        return first(field).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** The name of the first {@code publisher}: an object with a name, a list of them, or a string. */
    Optional<String> publisherName() {
        Optional<JsonNode> publisher = first("publisher").map(p -> p.isArray() ? p.path(0) : p);
        return publisher.map(p -> p.isTextual() ? p : p.path("name"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue);
    }

    /** Iterative, so that deeply nested JSON-LD cannot overflow the stack. */
    private Optional<JsonNode> first(String field) {
        Deque<JsonNode> pending = new ArrayDeque<>(blocks);
        while (!pending.isEmpty()) {
            JsonNode node = pending.removeFirst();
            JsonNode value = node.get(field);
            if (node.isObject() && value != null && !value.isNull()) {
                return Optional.of(value);
            }
            node.forEach(pending::addLast);
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.of(JSON.readTree(json)).filter(node -> !node.isMissingNode());
        } catch (JsonProcessingException e) {
            return Optional.empty(); // broken JSON-LD is common and no reason to lose the page
        }
    }
}
