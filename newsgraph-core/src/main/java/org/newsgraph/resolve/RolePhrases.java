package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ArticleWords.Word;

/**
 * Reads role phrases among the words of an article: [possessor or modifiers] [prefix] office
 * [of/for complement], as in "UN Secretary-General", "the company's chief executive", "former
 * President of X". A capitalised modifier must be part of a recognised name or an acronym, so
 * that a headline's capitals ("Meets Party Chief") or a sentence's first word are not taken for
 * one; lower-case modifiers count only after an article or a possessive.
 */
final class RolePhrases {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    private static final int MODIFIERS = 3;
    private static final int COMPLEMENT = 4;

    /**
     * One role phrase: words {@code first} to {@code last}, the office from {@code headFirst} to
     * {@code headLast} (its prefixes included), {@code determined} when an article or a possessor
     * opened it.
     */
    record Phrase(int first, int headFirst, int headLast, int last, List<Integer> modifiers, List<Integer> complement,
            boolean determined) {}

    private final ArticleWords words;
    private final AliasLexicon lexicon;
    private final ArticleEntities entities;

    RolePhrases(ArticleWords words, AliasLexicon lexicon, ArticleEntities entities) {
        this.words = words;
        this.lexicon = lexicon;
        this.entities = entities;
    }

    /** The office's normal form with its prefixes: "secretary general", "former president". */
    String head(Phrase p) {
        return words.phrase(p.headFirst(), p.headLast());
    }

    /** The whole phrase's normal form: "un secretary general", "president of france". */
    String text(Phrase p) {
        return words.phrase(p.first(), p.last());
    }

    Span span(Phrase p) {
        return words.span(p.first(), p.last());
    }

    /** The normal forms of the modifiers and of the complement: what narrows the office down. */
    Set<String> narrowing(Phrase p) {
        Set<String> narrowing = new LinkedHashSet<>();
        p.modifiers().forEach(i -> narrowing.add(words.norm(i)));
        p.complement().forEach(i -> narrowing.add(words.norm(i)));
        return narrowing;
    }

    /** Whether a modifier or the complement is part of an organisation's name ("UN Secretary-General"). */
    boolean namesOrganisation(Phrase p) {
        List<Integer> narrowing = new ArrayList<>(p.modifiers());
        narrowing.addAll(p.complement());
        return narrowing.stream().anyMatch(i -> entities.overlaps(words.get(i).span(), EntityType.ORGANIZATION));
    }

    /** A role phrase that ends right before word {@code next} (a title: "French President X"), or null. */
    Phrase endingBefore(int next) {
        int last = next - 1;
        Phrase direct = officeEndingAt(last, last, List.of());
        if (direct != null) {
            return direct;
        }
        List<Integer> complement = new ArrayList<>();
        for (int i = last; i > 0 && complement.size() < COMPLEMENT && words.get(i).capitalised() && words.joined(i); i--) {
            complement.add(0, i);
            int before = i - 1;
            if (lexicon.definiteArticles.contains(words.norm(before)) && words.joined(before)) {
                before--;
            }
            if (lexicon.complementPrepositions.contains(words.norm(before)) && words.joined(before)) {
                return officeEndingAt(before - 1, last, complement);
            }
        }
        return null;
    }

    private Phrase officeEndingAt(int end, int last, List<Integer> complement) {
        if (end < 0 || (end < last && !words.joined(end + 1))) {
            return null;
        }
        int headFirst = lexicon.offices.longestEndingAt(words, end);
        if (headFirst < 0) {
            return null;
        }
        for (int prefixes = 0; prefixes < 2 && headFirst > 0 && words.joined(headFirst)
                && lexicon.officePrefixes.contains(words.norm(headFirst - 1)); prefixes++) {
            headFirst--;
        }
        return withModifiersBefore(headFirst, end, last, complement);
    }

    /** Walks back from the office over its modifiers, to an article, a possessor or a word that is none. */
    private Phrase withModifiersBefore(int headFirst, int headLast, int last, List<Integer> complement) {
        int first = headFirst;
        boolean determined = false;
        boolean lowerCase = false;
        int i = headFirst - 1;
        for (int taken = 0; i >= 0 && words.joined(i + 1) && taken < MODIFIERS; i--, taken++) {
            Word w = words.get(i);
            if (isArticle(i)) {
                first = i + 1;
                determined = true;
                break;
            }
            if (lexicon.functionWords.contains(w.norm())) {
                break;
            }
            if (w.possessive()) {
                first = i;
                determined = true;
                break;
            }
            if (w.capitalised() && (lowerCase || !namelike(i))) {
                break; // "met Danish President X": a name before a lower-case word is no modifier
            }
            if (w.capitalised()) {
                first = i;
            } else {
                lowerCase = true;
            }
        }
        List<Integer> modifiers = new ArrayList<>();
        for (int m = first; m < headFirst; m++) {
            modifiers.add(m);
        }
        return new Phrase(first, headFirst, headLast, last, modifiers, complement, determined);
    }

    /**
     * A role phrase starting at word {@code start}, right after an article or a comma: up to three
     * modifiers (a possessor first), the office or a noun that stands for one, and a complement;
     * or null. With {@code standIns} a generic noun ("leader") may take the office's place.
     */
    Phrase startingAt(int start, boolean standIns) {
        boolean determined = start > 0 && isArticle(start - 1);
        for (int k = 0; k <= MODIFIERS && start + k < words.size(); k++) {
            if (k > 0 && !modifierAt(start + k - 1, start)) {
                return null;
            }
            int headFirst = start + k;
            if (k > 0 && !words.joined(headFirst)) {
                return null;
            }
            int headLast = officeFrom(headFirst, standIns);
            if (headLast >= 0) {
                List<Integer> modifiers = new ArrayList<>();
                for (int m = start; m < headFirst; m++) {
                    modifiers.add(m);
                }
                boolean possessor = k > 0 && words.get(start).possessive();
                return withComplement(new Phrase(start, headFirst, headLast, headLast, modifiers, List.of(),
                        determined || possessor));
            }
        }
        return null;
    }

    /** The last word of an office (with prefixes) starting at word {@code first}, or -1. */
    private int officeFrom(int first, boolean standIns) {
        int at = first;
        for (int prefixes = 0; prefixes <= 2 && at < words.size(); prefixes++) {
            int end = standIns ? lexicon.roleNounEndingFrom(words, at) : lexicon.offices.longestStartingAt(words, at);
            if (end >= 0) {
                return end;
            }
            if (!lexicon.officePrefixes.contains(words.norm(at)) || !words.joined(at + 1)) {
                return -1;
            }
            at++;
        }
        return -1;
    }

    private boolean modifierAt(int i, int start) {
        Word w = words.get(i);
        if (isArticle(i) || lexicon.functionWords.contains(w.norm())) {
            return false;
        }
        if (w.possessive()) {
            return i == start; // a possessor opens the phrase: "the mayor's spokesman", "the company's chief"
        }
        return !w.capitalised() || namelike(i);
    }

    /** Extends a phrase by "of X" or "for the Y" right after its office, if there is one. */
    private Phrase withComplement(Phrase p) {
        int i = p.headLast() + 1;
        if (!words.joined(i) || !lexicon.complementPrepositions.contains(words.norm(i))) {
            return p;
        }
        i++;
        if (words.joined(i) && lexicon.definiteArticles.contains(words.norm(i))) {
            i++;
        }
        List<Integer> complement = new ArrayList<>();
        if (words.joined(i) && !words.get(i).capitalised() && lexicon.organisationHeads.contains(words.norm(i))) {
            complement.add(i);
        } else {
            for (int j = i; complement.size() < COMPLEMENT && j < words.size() && words.joined(j)
                    && words.get(j).capitalised() && !startsPerson(j); j++) {
                complement.add(j);
            }
        }
        if (complement.isEmpty()) {
            return p;
        }
        int last = complement.get(complement.size() - 1);
        return new Phrase(p.first(), p.headFirst(), p.headLast(), last, p.modifiers(), complement, p.determined());
    }

    boolean isArticle(int i) {
        String norm = words.norm(i);
        return lexicon.definiteArticles.contains(norm) || lexicon.indefiniteArticles.contains(norm);
    }

    /** A capitalised word that is part of a recognised name other than a person's, or an acronym ("US", "EU"). */
    private boolean namelike(int i) {
        Word w = words.get(i);
        String bare = w.text().replace(".", "").replaceAll("['’]s$", "");
        return entities.overlapsName(w.span(), type -> type != EntityType.PERSON) || ACRONYM.matcher(bare).matches();
    }

    private boolean startsPerson(int i) {
        ArticleEntities.Named named = entities.nameStartingAt(words.get(i).span().start());
        return named != null && named.entity().is(EntityType.PERSON);
    }
}
