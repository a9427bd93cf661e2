package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds the names of office holders the recogniser left untagged. News names a person after the
 * office, capitalised, and what it is of ("Prime Minister of Examplia Tarmo Veski", "Emir Sheikh
 * Adel Example"): the capitalised words after a capitalised office, past its complement (words the
 * recogniser tagged as a place or a body, "of", "the"), are a person's name when none of them is
 * tagged and they are two or more. A name the recogniser knows, any tagged word inside the run, a
 * lone word, or a run longer than a name is left alone. A name the recogniser ran together with the office's place ("Prime Minister of
 * [Examplia Tarmo Veski]") is split into the place and the person.
 */
final class OfficeHolders {

    private static final String UNTAGGED = "O";
    private static final Set<String> LINKS = Set.of("of", "the", "for", "and");
    private static final int LONGEST_NAME = 5;
    /** An untagged holder is named in full, a given name and a surname at least. */
    private static final int SHORTEST_NAME = 2;
    /** How many untagged words of a complement may stand between "of" and a name run together with its place. */
    private static final int COMPLEMENT_WORDS = 4;
    private static final Set<String> HYPHENS = Set.of("-", "‐", "‑");

    private static final double TITLE_CASE = 0.6;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*");

    private final Predicate<String> place;
    private final Phrases offices;
    private final int longestOffice;

    /**
     * @param offices the offices, lower case, their words separated by spaces ({@link org.newsgraph.lexicon.Offices})
     * @param place   whether a name is a place big enough to trust: asked only of a name joined after an office
     */
    OfficeHolders(List<String> offices, Predicate<String> place) {
        this.place = place;
        this.offices = Phrases.of(offices);
        this.longestOffice = offices.stream().mapToInt(o -> o.split(" ").length).max().orElse(0);
    }

    /** The recogniser's names with the untagged office holders added, in text order. */
    List<NameMention> addTo(List<Sentence> sentences, List<NameMention> names) {
        List<NameMention> all = new ArrayList<>(names);
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            if (titleCase(tokens)) {
                continue; // "Minister Meets Envoy": every word capitalised, a name cannot be told from the rest
            }
            for (int i = 0; i < tokens.size(); i++) {
                int officeEnd = officeEndingAt(tokens, i);
                if (officeEnd < 0) {
                    continue;
                }
                List<NameMention> split = splitAfter(all, tokens, officeEnd + 1, sentence.index());
                if (!split.isEmpty()) {
                    all.removeIf(n -> n.span().overlaps(split.get(0).span()));
                    all.addAll(split);
                    continue;
                }
                NameMention name = nameAfter(tokens, officeEnd + 1, sentence.index());
                if (name != null && all.stream().noneMatch(n -> n.span().overlaps(name.span()))) {
                    all.add(name);
                }
            }
        }
        all.sort(Comparator.comparingInt(n -> n.span().start()));
        return all;
    }

    /**
     * The place and the person of a name the recogniser joined after an office and "of" ("President
     * of [Examplia Dae Ha-jun]", "Head of the Republic of [Examplia Dae Ha-jun]"): its first words name
     * a place the gazetteer knows, the two or more capitalised words after them a person. None when
     * the name after "of" is not so joined.
     */
    private List<NameMention> splitAfter(List<NameMention> names, List<Token> tokens, int from, int sentence) {
        int at = from;
        if (at >= tokens.size() || !tokens.get(at).text().equals("of")) {
            return List.of();
        }
        NameMention joined = null;
        for (at++; at < tokens.size() && at - from <= COMPLEMENT_WORDS + 1; at++) {
            int begins = tokens.get(at).span().start();
            joined = names.stream().filter(n -> n.span().start() == begins).findFirst().orElse(null);
            if (joined != null) {
                break;
            }
            if (!LINKS.contains(tokens.get(at).text()) && !capitalised(tokens.get(at).text())) {
                return List.of(); // "the Republic of" may stand before the name, lower-case words not
            }
        }
        if (joined == null || joined.type() == EntityType.ORGANIZATION) {
            return List.of();
        }
        int start = joined.span().start();
        int end = at;
        while (end + 1 < tokens.size() && tokens.get(end + 1).span().end() <= joined.span().end()) {
            end++;
        }
        for (int last = end - 2; last >= at; last--) {
            int nameStart = last + 1;
            boolean person = true;
            for (int t = nameStart; t <= end; t = hyphenated(tokens, t) + 1) {
                person &= capitalised(tokens.get(t).text());
            }
            Span placeSpan = new Span(start, tokens.get(last).span().end());
            String placeText = joined.text().substring(0, placeSpan.length());
            if (person && end - nameStart >= 1 && place.test(placeText)) {
                Span personSpan = new Span(tokens.get(nameStart).span().start(), joined.span().end());
                return List.of(new NameMention(placeSpan, placeText, EntityType.LOCATION, sentence),
                        new NameMention(personSpan, joined.text().substring(personSpan.start() - start), EntityType.PERSON, sentence));
            }
        }
        return List.of();
    }

    /** The last token of the longest capitalised office starting at token {@code first}, or -1. */
    private int officeEndingAt(List<Token> tokens, int first) {
        if (!capitalised(tokens.get(first).text())) {
            return -1;
        }
        StringBuilder phrase = new StringBuilder();
        int end = -1;
        for (int i = first; i < tokens.size() && i < first + longestOffice; i++) {
            if (i > first) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(i).text().toLowerCase(Locale.ROOT).replace('-', ' '));
            if (offices.contains(phrase.toString())) {
                end = i;
            }
        }
        return end;
    }

    /**
     * The untagged capitalised run after the office and its complement, as a person's name, or null.
     * A run that a link word follows ("Foreign Affairs of ...", "the Republic of ...") is part of
     * the complement, and the name, if any, comes after it.
     */
    private static NameMention nameAfter(List<Token> tokens, int from, int sentence) {
        int i = from;
        boolean complement = false;
        while (true) {
            while (i < tokens.size() && (LINKS.contains(tokens.get(i).text()) || tagged(tokens.get(i)) && !person(tokens.get(i)))) {
                complement |= tagged(tokens.get(i));
                i++;
            }
            if (i < tokens.size() && person(tokens.get(i))) {
                return null; // the recogniser named the holder
            }
            if (i > from && !complement) {
                return null; // "President of the" followed by untagged words: the complement itself was missed
            }
            int start = i;
            int n = 0;
            while (i < tokens.size() && n <= LONGEST_NAME && capitalised(tokens.get(i).text()) && !tagged(tokens.get(i))) {
                i = hyphenated(tokens, i) + 1;
                n++;
            }
            if (n == 0 || n > LONGEST_NAME || i < tokens.size() && capitalised(tokens.get(i).text())) {
                return null;
            }
            if (i < tokens.size() && LINKS.contains(tokens.get(i).text())) {
                continue; // the complement goes on: "Minister for Europe and Foreign Affairs of Examplia ..."
            }
            if (n < SHORTEST_NAME) {
                return null; // "Chief Advisor to ...", "the CEO Summit": one capitalised word is a title's or a thing's
            }
            Span span = new Span(tokens.get(start).span().start(), tokens.get(i - 1).span().end());
            StringBuilder text = new StringBuilder(tokens.get(start).text());
            for (int t = start + 1; t < i; t++) {
                text.append(tokens.get(t).span().start() > tokens.get(t - 1).span().end() ? " " : "").append(tokens.get(t).text());
            }
            return new NameMention(span, text.toString(), EntityType.PERSON, sentence);
        }
    }

    /**
     * The last token of the word starting at token {@code i}: a tokenizer that splits at hyphens
     * gives "Ha", "-", "jun" for one name word, the three touching.
     */
    private static int hyphenated(List<Token> tokens, int i) {
        while (i + 2 < tokens.size() && HYPHENS.contains(tokens.get(i + 1).text()) && touching(tokens, i) && touching(tokens, i + 1)
                && tokens.get(i + 2).text().chars().allMatch(Character::isLetter)) {
            i += 2;
        }
        return i;
    }

    private static boolean touching(List<Token> tokens, int i) {
        return tokens.get(i).span().end() == tokens.get(i + 1).span().start();
    }

    /** Whether most words of a sentence are capitalised, as in a headline in title case. */
    private static boolean titleCase(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text().codePointAt(0))).count();
        long capitalised = tokens.stream().filter(t -> capitalised(t.text())).count();
        return words >= 4 && capitalised > TITLE_CASE * words;
    }

    private static boolean person(Token t) {
        return EntityType.PERSON.name().equals(t.ner());
    }

    private static boolean tagged(Token t) {
        return t.ner() != null && !t.ner().equals(UNTAGGED);
    }

    /** A word that opens with a capital and holds letters only, hyphens and apostrophes inside. */
    private static boolean capitalised(String word) {
        return word.length() > 1 && CAPITALISED.matcher(word).matches();
    }
}
