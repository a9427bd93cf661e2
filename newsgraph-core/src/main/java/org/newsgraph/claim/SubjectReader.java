package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Reads what a quantity measures, in this order: the phrase after a preposition that follows it
 * ("€5bn <u>in aid to farmers</u>", "40 percent <u>of voters</u>"; after a counted noun only "of":
 * "300 rounds <u>of ammunition</u>"), up to the end of the clause, a comma, a verb, a time, another
 * number or eight words, opening fillers left out ("in the form of"); else the noun it counts with
 * its modifiers ("300 <u>armoured vehicles</u>"); else the noun before "of"
 * ("<u>grants</u> of 40 million pounds"). Null when none of these is there.
 */
final class SubjectReader {

    private static final int MAX_WORDS = 8;
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");
    private static final Pattern WORD = Pattern.compile("\\G\\s*(?<w>[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|\\S)");
    private static final Pattern NOUN_BEFORE_OF = Pattern.compile("(?<w>\\p{L}[\\p{L}-]*)\\s+(?:of|worth)\\s+$");
    private static final Set<String> LOOSE_ENDS = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "for", "on");

    private final ClaimWords words;
    private final Pattern preposition;

    SubjectReader(ClaimWords words) {
        this.words = words;
        this.preposition = Pattern.compile("^\\s+(?:" + ClaimWords.alternatives(words.subjectPrepositions) + ")\\s+",
                Pattern.CASE_INSENSITIVE);
    }

    String read(String text, Sentence sentence, Quantity q) {
        String after = text.substring(q.span().end(), sentence.span().end());
        Matcher p = preposition.matcher(after);
        if (p.find() && (q.unitSpan() == null || p.group().strip().equalsIgnoreCase("of"))) {
            String phrase = phrase(text, sentence, q.span().end() + p.end());
            if (!phrase.isEmpty()) {
                return phrase;
            }
        }
        if (q.unitSpan() != null) {
            return q.unitSpan().of(text);
        }
        Matcher before = NOUN_BEFORE_OF.matcher(text.substring(sentence.span().start(), q.span().start()));
        if (before.find() && !LOOSE_ENDS.contains(lower(before.group("w")))) {
            return before.group("w");
        }
        return null;
    }

    /** Words from {@code from} up to a stop or a verb, without fillers at the start and function words at the end. */
    private String phrase(String text, Sentence sentence, int from) {
        List<String> taken = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, sentence.span().end());
        while (taken.size() < MAX_WORDS && m.find()) {
            String w = m.group("w");
            if (!Character.isLetter(w.codePointAt(0)) || words.subjectStops.contains(lower(w))
                    || isVerbOrTime(sentence, m.start("w"))) {
                break;
            }
            taken.add(w);
        }
        String phrase = String.join(" ", taken);
        for (String filler : words.subjectFillers) {
            if (lower(phrase).startsWith(filler + " ")) {
                phrase = phrase.substring(filler.length() + 1);
            }
        }
        List<String> kept = new ArrayList<>(List.of(phrase.split(" ")));
        while (!kept.isEmpty() && LOOSE_ENDS.contains(lower(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept).strip();
    }

    /** A finite verb ends the subject's clause; a time ("on Thursday", "in March") or rank is no subject. */
    private static boolean isVerbOrTime(Sentence sentence, int start) {
        for (Token t : sentence.tokens()) {
            if (t.span().start() == start) {
                return t.pos() != null && (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG")
                        || t.pos().equals("MD")) || TIME_TAGS.contains(t.ner());
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
