package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.DataFile;

/**
 * The words {@link AliasFinder} reads roles and descriptions by, from the data files of one
 * language folder: offices, the prefixes that bind to them, the generic nouns that stand for
 * them, the head nouns of organisations, articles, and the function words that end a phrase.
 */
final class AliasLexicon {

    private static final Pattern STAND_IN = Pattern.compile(
            "(?<use>modified|alone) (?<noun>[a-z]+(?: [a-z]+)*) = (?<offices>[a-z]+(?: [a-z]+)*(?:, [a-z]+(?: [a-z]+)*)*)");

    /** A generic noun ("leader") and the offices it may stand for; some need a modifier to say whose. */
    record StandIn(boolean needsModifier, Set<String> offices) {}

    final Phrases offices;
    final Phrases officePrefixes;
    final Phrases functionWords;
    final Phrases organisationHeads;
    final Phrases contrastWords;
    final Phrases definiteArticles;
    final Phrases indefiniteArticles;
    final Phrases complementPrepositions;
    final Map<String, StandIn> standIns;

    private AliasLexicon(String folder) {
        offices = Phrases.load(folder + "/offices.txt");
        officePrefixes = Phrases.load(folder + "/office-prefixes.txt");
        functionWords = Phrases.load(folder + "/function-words.txt");
        organisationHeads = Phrases.load(folder + "/organisation-heads.txt");
        contrastWords = Phrases.load(folder + "/contrast-words.txt");
        definiteArticles = Phrases.load(folder + "/definite-articles.txt");
        indefiniteArticles = Phrases.load(folder + "/indefinite-articles.txt");
        complementPrepositions = Phrases.load(folder + "/complement-prepositions.txt");
        standIns = standIns(folder + "/office-stand-ins.txt", offices);
    }

    static AliasLexicon english() {
        return new AliasLexicon("english");
    }

    /** The stand-in that is exactly this phrase, if any. */
    StandIn standIn(String phrase) {
        return standIns.get(phrase);
    }

    private static Map<String, StandIn> standIns(String file, Phrases offices) {
        Map<String, StandIn> standIns = new HashMap<>();
        DataFile.read(AliasLexicon.class, file, (line, text) -> {
            Matcher m = STAND_IN.matcher(text.strip());
            if (!m.matches()) {
                throw DataFile.fault(file, line, "expected 'modified NOUN = OFFICE, OFFICE' or 'alone NOUN = OFFICE, ...': " + text);
            }
            List<String> stood = List.of(m.group("offices").split(", "));
            for (String office : stood) {
                if (!offices.contains(office)) {
                    throw DataFile.fault(file, line, "not an office of offices.txt: " + office);
                }
            }
            standIns.put(m.group("noun"), new StandIn(m.group("use").equals("modified"), Set.copyOf(stood)));
        });
        return Map.copyOf(standIns);
    }

    /** The longest office or stand-in starting at word {@code first}, as the index of its last word, or -1. */
    int roleNounEndingFrom(ArticleWords words, int first) {
        int office = offices.longestStartingAt(words, first);
        for (int last = Math.min(words.size() - 1, first + 2); last > office; last--) {
            if (words.joinedRun(first, last) && standIns.containsKey(words.phrase(first, last))) {
                return last;
            }
        }
        return office;
    }
}
