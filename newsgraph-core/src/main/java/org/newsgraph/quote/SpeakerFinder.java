package org.newsgraph.quote;

import java.util.Optional;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;

/**
 * The speaker a given speech verb reports, read as {@link QuoteFinder} reads the cues of quotes:
 * the verb's subject, or the phrase after it ("said the minister"); inside a quote, after "I" or
 * "we", the quote's speaker (when the document's quotes were found). For measuring attribution
 * apart from finding quotes, on corpora whose speech verbs are marked by hand.
 */
public final class SpeakerFinder {

    private final QuoteLexicon lexicon;
    private final QuoteConfig config;

    public SpeakerFinder(QuoteLexicon lexicon, QuoteConfig config) {
        this.lexicon = lexicon;
        this.config = config;
    }

    /** The speaker of the verb at {@code verb} in an analysed document, if one is in reach. */
    public Optional<Speaker> speakerOf(Document document, Span verb) {
        QuoteTokens words = new QuoteTokens(document);
        new QuotedSpans(lexicon, config.maxParagraphs()).find(document.text()).forEach(q -> words.markQuoted(q.outer()));
        int t = words.firstAtOrAfter(verb.start());
        if (t >= words.size()) {
            return Optional.empty();
        }
        Subjects subjects = new Subjects(words, lexicon);
        if (words.quoted(t)) {
            return subjects.firstPerson(t) ? quoteSpeaker(document, verb) : Optional.empty();
        }
        Speaker speaker = subjects.before(t);
        return Optional.ofNullable(speaker != null ? speaker : subjects.after(t));
    }

    /** The speaker of the direct quote holding the span, when the document's quotes have been found. */
    private static Optional<Speaker> quoteSpeaker(Document document, Span inside) {
        return document.quotes().stream()
                .filter(q -> q.direct() && q.attributed() && q.span().contains(inside))
                .findFirst().map(q -> new Speaker(q.speaker(), q.speakerSpan(), q.speakerText()));
    }
}
