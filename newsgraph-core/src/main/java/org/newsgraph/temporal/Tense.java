package org.newsgraph.temporal;

/** Which way a clause looks from the publication day; {@code NONE} when its verbs do not say. */
enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    NONE
}
