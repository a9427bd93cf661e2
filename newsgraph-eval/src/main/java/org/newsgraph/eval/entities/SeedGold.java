package org.newsgraph.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.corpora.JsonFile;

/**
 * The entity part of the hand gold for the seed articles ({@code ../shared/gold/seeds.json}):
 * each real entity with the names it goes by, and pairs of names that must stay apart.
 */
public record SeedGold(List<Entity> entities, List<Apart> mustNotMerge) {

    /** One real entity: its name, type as exported and every name it goes by in the articles. */
    public record Entity(String name, String type, List<String> variants) {

        public Entity {
            variants = List.copyOf(variants);
        }
    }

    /** Two names of different entities. The gold may add a note in brackets: "Washington (summit city)". */
    public record Apart(String first, String second) {}

    public SeedGold {
        entities = List.copyOf(entities);
        mustNotMerge = List.copyOf(mustNotMerge);
    }

    public static SeedGold read(Path file) {
        JsonNode root = JsonFile.read(file);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<String> variants = new ArrayList<>();
            e.path("variants").forEach(v -> variants.add(v.asText()));
            entities.add(new Entity(e.path("name").asText(), e.path("type").asText(), variants));
        }
        List<Apart> apart = new ArrayList<>();
        for (JsonNode pair : root.path("must_not_merge")) {
            if (pair.size() != 2) {
                throw new IllegalStateException(file + ": must_not_merge holds " + pair + ", not a pair of names");
            }
            apart.add(new Apart(pair.get(0).asText(), pair.get(1).asText()));
        }
        if (entities.isEmpty()) {
            throw new IllegalStateException(file + ": no entities");
        }
        return new SeedGold(entities, apart);
    }
}
