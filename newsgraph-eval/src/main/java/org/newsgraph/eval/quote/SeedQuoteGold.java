package org.newsgraph.eval.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.corpora.JsonFile;

/**
 * The quote part of the hand gold for the seed articles ({@code ../shared/gold/seeds.json}): each
 * quote by its article's file name, its speaker's name and the words it starts with.
 */
public record SeedQuoteGold(List<Quote> quotes) {

    public record Quote(String doc, String speaker, String starts) {}

    public SeedQuoteGold {
        quotes = List.copyOf(quotes);
    }

    public static SeedQuoteGold read(Path file) {
        JsonNode root = JsonFile.read(file);
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new Quote(q.path("doc").asText(), q.path("speaker").asText(), q.path("starts").asText()));
        }
        if (quotes.isEmpty()) {
            throw new IllegalStateException(file + ": no quotes");
        }
        return new SeedQuoteGold(quotes);
    }
}
