package org.newsgraph.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.corpora.JsonFile;

/** The claims of the hand gold for the seed articles ({@code ../shared/gold/seeds.json}). */
public record SeedClaimGold(List<Claim> claims) {

    /**
     * One gold claim: the article file, who makes it (a name), the amount, the unit (an ISO code or
     * a counted noun, as the export gives units), the qualifier (null when exact) and what it measures.
     */
    public record Claim(String doc, String by, double amount, String unit, String qualifier, String what) {}

    public SeedClaimGold {
        claims = List.copyOf(claims);
    }

    public static SeedClaimGold read(Path file) {
        JsonNode root = JsonFile.read(file);
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : root.path("claims")) {
            claims.add(new Claim(c.path("doc").asText(), c.path("by").asText(null), c.path("amount").asDouble(),
                    c.path("unit").asText(), c.path("qualifier").asText(null), c.path("what").asText(null)));
        }
        if (claims.isEmpty()) {
            throw new IllegalStateException(file + ": no claims");
        }
        return new SeedClaimGold(claims);
    }
}
