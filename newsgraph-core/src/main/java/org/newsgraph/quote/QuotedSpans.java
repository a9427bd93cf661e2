package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.DataFile;

/**
 * Finds the stretches of text between double quotation marks. Marks pair up within a paragraph
 * whichever way they face; a paragraph that opens a quote without closing it continues into the
 * next (whose opening mark, if it repeats one, is part of the quote), for at most
 * {@code maxParagraphs} paragraphs; a quote never closed by then ends with its first paragraph.
 * Outside them, quotes in single marks ({@code english/single-quote-marks.txt}) are found within
 * a paragraph, told from apostrophes by where they stand.
 */
final class QuotedSpans {

    /** One quote: {@code outer} from the opening mark to past the closing one, {@code inner} the words. */
    record Quoted(Span outer, Span inner, boolean closed) {}

    private static final String SINGLE_MARKS = "english/single-quote-marks.txt";
    private static final String BEFORE_OPENING = "([{—–-:/";
    private static final String BESIDE_CLOSING = ".,!?;:";

    private final QuoteLexicon lexicon;
    private final int maxParagraphs;
    private final Set<Character> singleMarks = singleMarks();

    QuotedSpans(QuoteLexicon lexicon, int maxParagraphs) {
        this.lexicon = lexicon;
        this.maxParagraphs = maxParagraphs;
    }

    List<Quoted> find(String text) {
        List<Span> paragraphs = paragraphs(text);
        List<Quoted> found = new ArrayList<>();
        int p = 0;
        int from = paragraphs.isEmpty() ? 0 : paragraphs.get(0).start();
        while (p < paragraphs.size()) {
            Span paragraph = paragraphs.get(p);
            int open = -1;
            for (int i = Math.max(from, paragraph.start()); i < paragraph.end(); i++) {
                if (!mark(text, i)) {
                    continue;
                }
                if (open < 0) {
                    open = i;
                } else {
                    add(found, text, open, i + 1, true);
                    open = -1;
                }
            }
            if (open < 0) {
                p++;
                from = p < paragraphs.size() ? paragraphs.get(p).start() : text.length();
                continue;
            }
            int close = closeInLater(text, paragraphs, p);
            if (close >= 0) {
                add(found, text, open, close + 1, true);
                from = close + 1;
                p = paragraphOf(paragraphs, close);
            } else {
                add(found, text, open, paragraph.end(), false);
                p++;
                from = p < paragraphs.size() ? paragraphs.get(p).start() : text.length();
            }
        }
        found.addAll(singles(text, paragraphs, found));
        found.sort(Comparator.comparingInt(q -> q.outer().start()));
        return found;
    }

    /** Quotes in single marks, in paragraphs and stretches no double-marked quote covers. */
    private List<Quoted> singles(String text, List<Span> paragraphs, List<Quoted> doubles) {
        List<Quoted> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            int open = -1;
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                if (!singleMarks.contains(text.charAt(i)) || inside(doubles, i)) {
                    continue;
                }
                if (open < 0 && opens(text, i, paragraph)) {
                    open = i;
                } else if (open >= 0 && closes(text, i, paragraph)) {
                    add(found, text, open, i + 1, true);
                    open = -1;
                }
            }
        }
        return found;
    }

    /** At the start of a word: the paragraph's start or a space or bracket before, a letter after. */
    private static boolean opens(String text, int i, Span paragraph) {
        boolean startsWord = i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1))
                || BEFORE_OPENING.indexOf(text.charAt(i - 1)) >= 0;
        return startsWord && i + 1 < paragraph.end() && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * After a word and before a space or punctuation, with punctuation on one side ("help,'",
     * "help',"): a plural possessive ("the ministers' talks") has none.
     */
    private static boolean closes(String text, int i, Span paragraph) {
        char before = text.charAt(i - 1);
        char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
        boolean endsWord = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
        return endsWord && (BESIDE_CLOSING.indexOf(before) >= 0 || BESIDE_CLOSING.indexOf(after) >= 0);
    }

    private static boolean inside(List<Quoted> quotes, int offset) {
        return quotes.stream().anyMatch(q -> q.outer().contains(offset));
    }

    private static Set<Character> singleMarks() {
        Set<Character> marks = new HashSet<>();
        DataFile.read(QuotedSpans.class, SINGLE_MARKS, (line, text) -> {
            String mark = text.strip();
            if (mark.length() != 1) {
                throw DataFile.fault(SINGLE_MARKS, line, "one character a line: " + text);
            }
            marks.add(mark.charAt(0));
        });
        return Set.copyOf(marks);
    }

    /** The closing mark of a quote left open at the end of paragraph {@code p}, or -1. */
    private int closeInLater(String text, List<Span> paragraphs, int p) {
        for (int q = p + 1; q < paragraphs.size() && q <= p + maxParagraphs; q++) {
            Span next = paragraphs.get(q);
            int i = next.start();
            if (mark(text, i)) {
                i++; // the mark repeated at the start of a continuing paragraph
            }
            for (; i < next.end(); i++) {
                if (mark(text, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int paragraphOf(List<Span> paragraphs, int offset) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).contains(offset)) {
                return p;
            }
        }
        return paragraphs.size();
    }

    private boolean mark(String text, int i) {
        return lexicon.quoteMarks().contains(text.charAt(i));
    }

    /** The words between the marks, without white space, marks and a trailing comma at their ends. */
    private void add(List<Quoted> found, String text, int open, int end, boolean closed) {
        int start = open + 1;
        int stop = closed ? end - 1 : end;
        while (start < stop && (Character.isWhitespace(text.charAt(start)) || mark(text, start))) {
            start++;
        }
        while (stop > start && (Character.isWhitespace(text.charAt(stop - 1)) || text.charAt(stop - 1) == ',')) {
            stop--;
        }
        if (stop > start) {
            found.add(new Quoted(new Span(open, end), new Span(start, stop), closed));
        }
    }

    /** The non-blank lines of the text, trimmed. */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                paragraphs.add(new Span(a, b));
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
