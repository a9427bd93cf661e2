package org.newsgraph.resolve;

import java.util.Map;
import org.newsgraph.lexicon.OfficeStandIn;
import org.newsgraph.lexicon.Offices;
import org.newsgraph.lexicon.OfficeStandIns;
import org.newsgraph.pipeline.DataFile;

/**
 * The words {@link AliasFinder} reads roles and descriptions by, from the data files of one
 * language folder: offices, the prefixes that bind to them, the generic nouns that stand for
 * them (the shared {@link OfficeStandIns}), the head nouns of organisations, articles, and the
 * function words that end a phrase.
 */
final class AliasLexicon {

    final Phrases offices;
    final Phrases officePrefixes;
    final Phrases functionWords;
    final Phrases organisationHeads;
    final Phrases contrastWords;
    final Phrases definiteArticles;
    final Phrases indefiniteArticles;
    final Phrases complementPrepositions;
    final Map<String, OfficeStandIn> standIns;

    private AliasLexicon(String folder) {
        offices = Phrases.of(Offices.english());
        officePrefixes = Phrases.load(folder + "/office-prefixes.txt");
        functionWords = Phrases.load(folder + "/function-words.txt");
        organisationHeads = Phrases.load(folder + "/organisation-heads.txt");
        contrastWords = Phrases.load(folder + "/contrast-words.txt");
        definiteArticles = Phrases.load(folder + "/definite-articles.txt");
        indefiniteArticles = Phrases.load(folder + "/indefinite-articles.txt");
        complementPrepositions = Phrases.load(folder + "/complement-prepositions.txt");
        standIns = checked(OfficeStandIns.english(), offices);
    }

    static AliasLexicon english() {
        return new AliasLexicon("english");
    }

    /** The stand-in that is exactly this phrase, if any. */
    OfficeStandIn standIn(String phrase) {
        return standIns.get(phrase);
    }

    /** The shared stand-ins, each of whose offices must be one of {@code offices.txt}. */
    private static Map<String, OfficeStandIn> checked(Map<String, OfficeStandIn> standIns, Phrases offices) {
        standIns.forEach((noun, standIn) -> standIn.offices().stream().filter(office -> !offices.contains(office)).findFirst()
                .ifPresent(office -> {
                    throw DataFile.fault("lexicon/english/office-stand-ins.txt", 0,
                            "'" + noun + "' stands for '" + office + "', not an office of lexicon/english/offices.txt");
                }));
        return standIns;
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
