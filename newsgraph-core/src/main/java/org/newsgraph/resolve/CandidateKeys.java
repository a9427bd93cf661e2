package org.newsgraph.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameWords;

/**
 * The words under which a store's index of entity names ({@link NameWords#starts}) holds the
 * stored entities a new single-article entity may join, as the resolver's rules join them: its
 * name and place whole (same name, same place, an organisation's shorter name), each word of its
 * name (a surname, an acronym, a name that begins with one), the spellings of a word that ends in
 * y or i with one or two of them at its end (another transliteration of a surname), and its
 * initials (the acronym of its name). Each is looked up as whole words
 * ({@link org.newsgraph.store.CorpusEntities#withWords}), never as the start of a longer word: two
 * initials would find every name whose word begins with them. A typo in a word, or an acronym
 * whose spelled-out name only the stored entity has, is not found by these.
 */
public final class CandidateKeys {

    /** The shortest word looked up alone: shorter ones are initials or particles found everywhere. */
    private static final int SHORTEST_WORD = 3;

    /** What transliterations put after a surname's stem. */
    private static final List<String> ENDINGS = List.of("y", "i", "yy", "ii", "iy", "yi");

    private CandidateKeys() {}

    /** The folded keys, each once, in order. */
    public static List<String> of(LocalEntity entity) {
        Set<String> keys = new LinkedHashSet<>();
        whole(keys, entity.name());
        if (entity.place() != null) {
            whole(keys, entity.place().name());
        }
        for (Mention m : entity.mentions()) {
            whole(keys, m.text());
        }
        String folded = NameWords.fold(entity.name());
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            initials.append(w.charAt(0));
            if (w.length() >= SHORTEST_WORD) {
                keys.add(w);
            }
            if (w.length() > SHORTEST_WORD && (w.endsWith("y") || w.endsWith("i"))) {
                spellings(keys, w.substring(0, w.length() - 1));
            }
        }
        if (words.length > 1) {
            keys.add(initials.toString());
        }
        return List.copyOf(keys);
    }

    /** The stem and the stem with one or two of y and i after it: "kowalsky" for "kowalskyy", "kowalskiy". */
    private static void spellings(Set<String> keys, String stem) {
        keys.add(stem);
        for (String end : ENDINGS) {
            keys.add(stem + end);
        }
    }

    private static void whole(Set<String> keys, String name) {
        String folded = NameWords.fold(name);
        if (!folded.isEmpty()) {
            keys.add(folded);
        }
    }
}
