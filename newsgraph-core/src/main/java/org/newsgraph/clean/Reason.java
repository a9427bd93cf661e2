package org.newsgraph.clean;

import java.util.Locale;

/** Why a piece of the text was left out, as the export's {@code removed[].reason} says it. */
enum Reason {
    /** A list of other stories, its heading and its items. */
    TEASER,
    /** A picture's caption. */
    CAPTION,
    /** A picture's credit: "Name / AGENCY", "Photo: ...". */
    CREDIT,
    /** A lone number: views, shares, comments. */
    COUNTER,
    /** An invitation to share, subscribe, comment. */
    PROMPT,
    /** A word or phrase that moves the reader around the site. */
    NAVIGATION,
    /** The title printed again in the body, maybe behind a section path. */
    REPEATED_HEADLINE,
    /** The outlet's name, printed more than once. */
    MASTHEAD,
    /** A short line printed more than once. */
    REPEATED_LINE,
    /** A closing line that points to the outlet: "Read the latest news on X." */
    TRAILER,
    /** A paragraph that repeats an earlier one, exactly or but for a word or two. */
    REPEATED_PARAGRAPH,
    /** What an embedded post leaves in a line, such as its picture link. */
    EMBED,
    /** A slogan in the title's place: the page printed its real headline below it. */
    TAGLINE;

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
