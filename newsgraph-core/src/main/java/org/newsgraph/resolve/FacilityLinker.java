package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.DataFile;
import org.newsgraph.resolve.ResolutionCorpus.Local;

/**
 * Joins a location's bare name to the one facility of the corpus named after it ("Springfield"
 * and "Springfield Air Base"), when the bare name is no gazetteer place: a town the gazetteer
 * knows stays the town. The words a facility adds come from {@code english/facility-heads.txt}.
 */
final class FacilityLinker {

    private static final String HEADS = "english/facility-heads.txt";

    private final Set<String> heads;

    FacilityLinker() {
        List<String> phrases = new ArrayList<>();
        DataFile.read(FacilityLinker.class, HEADS, (line, text) -> phrases.add(text.strip()));
        this.heads = Set.copyOf(phrases);
    }

    void link(ResolutionCorpus corpus) {
        Map<String, List<Local>> facilitiesByName = new HashMap<>();
        for (Local l : corpus.locals()) {
            if (l.type() == EntityType.LOCATION) {
                List<String> words = NameKeys.words(l.entity().name());
                for (int cut = 1; cut < words.size(); cut++) {
                    if (heads.contains(String.join(" ", words.subList(cut, words.size())))) {
                        facilitiesByName.computeIfAbsent(String.join(" ", words.subList(0, cut)), k -> new ArrayList<>()).add(l);
                    }
                }
            }
        }
        for (Local l : corpus.locals()) {
            if (l.type() == EntityType.LOCATION && l.entity().place() == null) {
                Map<Integer, Local> facilities = new LinkedHashMap<>();
                facilitiesByName.getOrDefault(l.folded(), List.of()).forEach(f -> facilities.putIfAbsent(corpus.root(f), f));
                if (facilities.size() == 1) {
                    Local facility = facilities.values().iterator().next();
                    corpus.join(facility, l, "facility: " + l.entity().name() + " ~ " + facility.entity().name());
                }
            }
        }
    }
}
