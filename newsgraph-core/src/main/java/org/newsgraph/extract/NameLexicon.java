package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.pipeline.RuleFile;

/**
 * A list of class and id names read from a data file beside this class (see
 * {@code names/README.md} for the format), matched against an element's {@code class} and {@code id}.
 * Matching is by set look-ups and plain string searches, not regular expressions: it runs on
 * every element of every page.
 */
final class NameLexicon {

    private static final Pattern ENTRY = Pattern.compile("\\*?[a-z0-9]+(?:[-_][a-z0-9]+)*\\*?");

    /** Entries that are one whole word, looked up in a set. */
    private final Set<String> words;
    /**
     * Every other entry as a string to find in a name's spaced words: {@code " read more "} for
     * whole words, {@code " advert"} for a prefix, {@code "related"} for anywhere.
     */
    private final List<String> needles;

    private NameLexicon(Set<String> words, List<String> needles) {
        this.words = Set.copyOf(words);
        this.needles = List.copyOf(needles);
    }

    static NameLexicon load(String file) {
        return parse(RuleFile.read(NameLexicon.class, "names", file));
    }

    static NameLexicon parse(RuleFile file) {
        Set<String> words = new HashSet<>();
        List<String> needles = new ArrayList<>();
        for (RuleFile.Entry entry : file.entries()) {
            String line = entry.text();
            if (!ENTRY.matcher(line).matches()) {
                throw file.fault(entry, "not a name: " + line);
            }
            String spaced = ClassWords.of(line.replace("*", ""));
            if (line.startsWith("*")) {
                needles.add(spaced.strip());
            } else if (line.endsWith("*")) {
                needles.add(spaced.stripTrailing());
            } else if (spaced.strip().contains(" ")) {
                needles.add(spaced);
            } else {
                words.add(spaced.strip());
            }
        }
        return new NameLexicon(words, needles);
    }

    /** Whether one of the element's class names, or its id, matches: each is read apart from the others. */
    boolean matches(Element element) {
        String classes = element.attr("class");
        String id = element.attr("id");
        if (classes.isEmpty() && id.isEmpty()) {
            return false;
        }
        for (String name : ClassWords.names(classes, id)) {
            if (matches(ClassWords.of(name))) {
                return true;
            }
        }
        return false;
    }

    /** {@code spaced} is a name's words with a space at each end, as {@link ClassWords#of} gives them. */
    private boolean matches(String spaced) {
        for (String needle : needles) {
            if (spaced.contains(needle)) {
                return true;
            }
        }
        for (int start = 1, end = spaced.indexOf(' ', start); end > 0; start = end + 1, end = spaced.indexOf(' ', start)) {
            if (words.contains(spaced.substring(start, end))) {
                return true;
            }
        }
        return false;
    }
}
