package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * The words of an article's text with their spans, for rules that read a few words around a name.
 * A hyphen splits a word ("Secretary-General" is two words joined by it); an apostrophe and a dot
 * inside a word do not ("O'Connor", "U.S."). Each word has a normal form: lower case, no dots, no
 * possessive ending, so that "UNESCO's" and "unesco" compare equal.
 */
final class ArticleWords {

    private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    /** What joins two words of one phrase: spaces on one line, or a hyphen. */
    private static final Pattern JOIN = Pattern.compile("[ \\t\\u00A0]+|[-‐‑]");
    private static final Pattern COMMA = Pattern.compile("[ \\t\\u00A0]*,[ \\t\\u00A0]+");

    /** One word: where it is, how it is written and its normal form. */
    record Word(Span span, String text, String norm, boolean capitalised, boolean possessive) {}

    private final String text;
    private final List<Word> words;
    private final List<Token> tokens;

    private ArticleWords(String text, List<Word> words, List<Token> tokens) {
        this.text = text;
        this.words = words;
        this.tokens = tokens;
    }

    static ArticleWords of(String text) {
        return of(text, List.<Sentence>of());
    }

    /** The words of a text, with the part-of-speech tags of the annotator's tokens where it gave some. */
    static ArticleWords of(String text, List<Sentence> sentences) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(word(new Span(m.start(), m.end()), m.group()));
        }
        List<Token> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.tokens()));
        tokens.sort(Comparator.comparingInt(t -> t.span().start()));
        return new ArticleWords(text, Collections.unmodifiableList(words), List.copyOf(tokens));
    }

    private static Word word(Span span, String text) {
        boolean possessive = text.matches("(?s).*\\p{L}['’][sS]");
        String norm = normal(possessive ? text.substring(0, text.length() - 2) : text);
        return new Word(span, text, norm, Character.isUpperCase(text.codePointAt(0)), possessive);
    }

    /** The normal form of a word or phrase: lower case, hyphens as spaces, no dots. */
    static String normal(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[-‐‑]", " ").replace(".", "").replaceAll("\\s+", " ").strip();
    }

    String text() {
        return text;
    }

    /** The part-of-speech tag of the token that holds word {@code index}, or "" where none is known. */
    String tag(int index) {
        if (index < 0 || index >= words.size()) {
            return "";
        }
        int at = words.get(index).span().start();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = tokens.get(mid).span();
            if (span.end() <= at) {
                low = mid + 1;
            } else if (span.start() > at) {
                high = mid - 1;
            } else {
                String pos = tokens.get(mid).pos();
                return pos == null ? "" : pos;
            }
        }
        return "";
    }

    int size() {
        return words.size();
    }

    Word get(int index) {
        return words.get(index);
    }

    String norm(int index) {
        return index >= 0 && index < words.size() ? words.get(index).norm() : "";
    }

    /** Whether words {@code index - 1} and {@code index} belong to one phrase: only spaces or a hyphen between. */
    boolean joined(int index) {
        return index > 0 && index < words.size() && JOIN.matcher(gap(index)).matches();
    }

    /** Whether a comma (with spaces after it) is all that stands between words {@code index - 1} and {@code index}. */
    boolean commaBefore(int index) {
        return index > 0 && index < words.size() && COMMA.matcher(gap(index)).matches();
    }

    /** The text between word {@code index - 1} and word {@code index}. */
    String gap(int index) {
        return text.substring(words.get(index - 1).span().end(), words.get(index).span().start());
    }

    /** The index of the word starting at {@code offset}, or -1. */
    int startingAt(int offset) {
        int i = firstFrom(offset);
        return i < words.size() && words.get(i).span().start() == offset ? i : -1;
    }

    /** The index of the word ending at {@code offset}, or -1. */
    int endingAt(int offset) {
        int i = firstFrom(offset) - 1;
        return i >= 0 && words.get(i).span().end() == offset ? i : -1;
    }

    /** The index of the first word starting at or after {@code offset} ({@link #size()} if none). */
    int firstFrom(int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The span from the start of word {@code first} to the end of word {@code last}. */
    Span span(int first, int last) {
        return new Span(words.get(first).span().start(), words.get(last).span().end());
    }

    /** The span of words {@code first} to {@code last} without a possessive ending: "president" of "president's". */
    Span bareSpan(int first, int last) {
        Span span = span(first, last);
        return words.get(last).possessive() ? new Span(span.start(), span.end() - 2) : span;
    }

    /** The normal forms of words {@code first} to {@code last}, joined by single spaces. */
    String phrase(int first, int last) {
        List<String> norms = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            norms.add(words.get(i).norm());
        }
        return String.join(" ", norms);
    }

    /** Whether words {@code first} to {@code last} are joined into one phrase. */
    boolean joinedRun(int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            if (!joined(i)) {
                return false;
            }
        }
        return true;
    }
}
