package org.newsgraph.model;

import java.util.Objects;

/**
 * What someone is reported to have said in one article: a direct quote (the words between
 * quotation marks, or an embedded post) or reported speech ({@code direct} false: the clause after
 * "said that"), with who said it when the article tells.
 *
 * @param span        the quoted words in the article's text, quotation marks left out
 * @param speaker     the index of the speaker's entity in the article's entity list, or -1 when
 *                    the speaker is unknown or is no entity of the article
 * @param speakerText the words naming the speaker where the quote is attributed ("he", "the
 *                    minister", a name), null when nothing names one
 * @param speakerSpan where {@code speakerText} is, null with it
 * @param cue         the lemma of the reporting word ("say", "according to", "post"), null when
 *                    the quote has none
 * @param cueSpan     where the cue is, null with it
 */
public record Quote(Span span, String text, boolean direct, int speaker, String speakerText, Span speakerSpan,
        String cue, Span cueSpan) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (speaker < -1) {
            throw new IllegalArgumentException("speaker index " + speaker);
        }
        if ((speakerText == null) != (speakerSpan == null) || (cue == null) != (cueSpan == null)) {
            throw new IllegalArgumentException("a text and its span go together");
        }
    }

    /** Whether the article says who said it, as one of its entities. */
    public boolean attributed() {
        return speaker >= 0;
    }

    /** The same quote given to this speaker. */
    public Quote withSpeaker(int entity, String text, Span at) {
        return new Quote(span, this.text, direct, entity, text, at, cue, cueSpan);
    }
}
