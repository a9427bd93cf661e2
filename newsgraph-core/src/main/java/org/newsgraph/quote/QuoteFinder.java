package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Finds what an article reports its people said and who said it: direct quotes between quotation
 * marks ({@link QuotedSpans}), told apart from quoted terms, with the speech verb or "according to"
 * that reports them ({@link Cues}) and its subject ({@link Subjects}); embedded posts with their author
 * line ({@link Posts}); reported speech ({@link ReportedSpeech}). A quote without a cue that opens the
 * paragraph after a quote ending its own goes on in the same voice.
 */
public final class QuoteFinder implements Stage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "as", "of", "this", "his", "her", "their", "its");

    private final QuoteLexicon lexicon;
    private final QuoteConfig config;

    public QuoteFinder(QuoteLexicon lexicon, QuoteConfig config) {
        this.lexicon = lexicon;
        this.config = config;
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.ALIASES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        QuoteTokens words = new QuoteTokens(document);
        List<QuotedSpans.Quoted> quoted = new QuotedSpans(lexicon, config.maxParagraphs()).find(document.text());
        quoted.forEach(q -> words.markQuoted(q.outer()));
        Subjects subjects = new Subjects(words, lexicon);
        Cues cues = new Cues(words, subjects, lexicon);
        List<Quote> posts = new Posts(words, lexicon).find();
        List<Quote> quotes = new ArrayList<>(posts);
        Set<Integer> usedVerbs = new HashSet<>();
        Set<Integer> quotedSentences = new HashSet<>();
        Quote previous = null;
        QuotedSpans.Quoted previousSpan = null;
        for (QuotedSpans.Quoted q : quoted) {
            if (posts.stream().anyMatch(p -> p.span().contains(q.inner()))) {
                continue;
            }
            Cues.Cue cue = cues.of(q);
            if (!statement(words, q, cue)) {
                continue;
            }
            Quote quote = direct(words, q, cue);
            if (cue == null && previous != null && continues(words.text(), previousSpan, q)) {
                quote = quote.withSpeaker(previous.speaker(), previous.speakerText(), previous.speakerSpan());
            }
            if (cue != null && cue.verb() >= 0) {
                usedVerbs.add(cue.verb());
            }
            for (int t = words.firstAtOrAfter(q.outer().start()); t < words.size() && words.start(t) < q.outer().end(); t++) {
                quotedSentences.add(words.sentenceStart(t));
            }
            quotes.add(quote);
            previous = quote;
            previousSpan = q;
        }
        List<Quote> reported = new ReportedSpeech(words, subjects, cues, lexicon).find(usedVerbs, quotedSentences);
        for (Quote r : reported) { // "she said she assured him that ...": the outer report holds the inner
            if (reported.stream().noneMatch(o -> o != r && o.span().contains(r.span()))) {
                quotes.add(r);
            }
        }
        quotes.sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return document.withQuotes(quotes, Facet.QUOTES);
    }

    /**
     * Whether quoted words are a statement rather than a term: not announced as a term ("so-called"),
     * and reported right beside them, or long enough, or a sentence of their own.
     */
    private boolean statement(QuoteTokens words, QuotedSpans.Quoted q, Cues.Cue cue) {
        if (termCue(words, q)) {
            return false;
        }
        String inner = q.inner().of(words.text());
        int count = 0;
        for (Matcher m = WORD.matcher(inner); m.find(); ) {
            count++;
        }
        if (count == 0) {
            return false;
        }
        if ((cue != null && cue.tight()) || count >= config.statementWords()) {
            return true;
        }
        String bare = inner.strip();
        char last = bare.charAt(bare.length() - 1);
        return count >= 2 && (last == '.' || last == '!' || last == '?');
    }

    private boolean termCue(QuoteTokens words, QuotedSpans.Quoted q) {
        int k = words.firstAtOrAfter(q.outer().start()) - 1;
        while (k >= 0 && ARTICLES.contains(words.lower(k))) {
            k--;
        }
        return k >= 0 && (lexicon.termCues().contains(words.lower(k)) || lexicon.termCues().contains(words.lemma(k)));
    }

    private static Quote direct(QuoteTokens words, QuotedSpans.Quoted q, Cues.Cue cue) {
        Speaker s = cue == null ? null : cue.speaker();
        return new Quote(q.inner(), q.inner().of(words.text()), true, s == null ? -1 : s.entity(),
                s == null ? null : s.text(), s == null ? null : s.span(),
                cue == null ? null : cue.lemma(), cue == null ? null : cue.span());
    }

    /** Whether {@code next} opens the paragraph right after the one {@code before} ends. */
    private static boolean continues(String text, QuotedSpans.Quoted before, QuotedSpans.Quoted next) {
        String between = text.substring(before.outer().end(), next.outer().start());
        return between.isBlank() && between.contains("\n");
    }
}
