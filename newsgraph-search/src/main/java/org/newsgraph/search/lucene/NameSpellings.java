package org.newsgraph.search.lucene;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.OfficeStandIns;
import org.newsgraph.lexicon.Offices;

/**
 * Tells a name of an entity ("Peking", "Anna Berg", "@annaberg") from a role or a description it
 * was also called by ("Prime Minister", "Secretary General", "party chief", "head of state"): a
 * spelling is a name when one of its words is capitalised (or a handle) and it does not end in an
 * office or a noun that stands for one. A role is shared by every holder of it and says nothing of
 * which one is meant; expanded, it would find most of the index.
 */
final class NameSpellings {

    private static final Pattern WORD = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");

    private final Set<String> roles = new HashSet<>();
    private final int longest;

    NameSpellings() {
        roles.addAll(Offices.english());
        roles.addAll(OfficeStandIns.english().keySet());
        longest = roles.stream().mapToInt(r -> r.split(" ").length).max().orElse(0);
    }

    boolean isName(String spelling) {
        String[] words = WORD.split(spelling.strip());
        boolean capitalised = false;
        for (String word : words) {
            capitalised |= CAPITAL.matcher(word).find() || word.startsWith("@") || word.startsWith("#");
        }
        return capitalised && !endsInRole(words);
    }

    private boolean endsInRole(String[] words) {
        for (int n = 1; n <= Math.min(longest, words.length); n++) {
            StringBuilder tail = new StringBuilder();
            for (int i = words.length - n; i < words.length; i++) {
                tail.append(tail.isEmpty() ? "" : " ").append(words[i].toLowerCase(Locale.ROOT).replace('-', ' '));
            }
            if (roles.contains(tail.toString().replaceAll("[^\\p{L} ]", ""))) {
                return true;
            }
        }
        return false;
    }
}
