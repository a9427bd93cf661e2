package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.resolve.ArticleEntities.Draft;

/**
 * Spellings of one surname within an article. Transliterations differ most at the end of a name
 * (a final "y" or "i" written once or twice), and an article may use two of them; a person named
 * only by such a spelling of the surname of exactly one person with a full name joins that person.
 */
final class SurnameSpellings {

    /** Surnames shorter than this are too often parts of other names to trust a variant. */
    static final int SHORTEST = 4;

    void join(ArticleEntities entities) {
        for (Draft single : entities.ofType(EntityType.PERSON)) {
            List<String> name = MentionGrouper.words(single.name());
            if (!entities.holds(single) || name.size() != 1 || !singleWord(single)) {
                continue;
            }
            String spelt = fold(name.get(0));
            List<Draft> owners = new ArrayList<>();
            for (Draft full : entities.ofType(EntityType.PERSON)) {
                if (full != single && surnames(full).stream().anyMatch(s -> spellings(s).contains(spelt))) {
                    owners.add(full);
                }
            }
            if (owners.size() == 1) {
                entities.absorb(owners.get(0), single);
            }
        }
    }

    private static boolean singleWord(Draft person) {
        return person.names().stream().allMatch(m -> MentionGrouper.words(m.text()).size() == 1);
    }

    /** The folded last words of a person's names of two words or more, long enough to compare. */
    static Set<String> surnames(Draft person) {
        Set<String> surnames = new LinkedHashSet<>();
        for (Mention m : person.names()) {
            List<String> words = MentionGrouper.words(m.text());
            String last = words.isEmpty() ? "" : fold(words.get(words.size() - 1));
            if (words.size() >= 2 && last.length() >= SHORTEST) {
                surnames.add(last);
            }
        }
        return surnames;
    }

    /** A surname and its spellings with a final y or i doubled, or a doubled one single. */
    static Set<String> spellings(String surname) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(surname);
        char last = surname.isEmpty() ? ' ' : surname.charAt(surname.length() - 1);
        if (last == 'y' || last == 'i') {
            spellings.add(surname + last);
            if (surname.length() > SHORTEST && surname.charAt(surname.length() - 2) == last) {
                spellings.add(surname.substring(0, surname.length() - 1));
            }
        }
        return spellings;
    }

    /** Lower-case letters only, accents removed: "Zoë-Ann" is "zoeann". */
    static String fold(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
