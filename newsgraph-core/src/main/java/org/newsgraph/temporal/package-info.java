/**
 * Time: relative time expressions ("on Wednesday", "last September", "nearly 14 months ago")
 * re-normalised against the publication date, their direction read from tense. Needs time
 * expressions, tokens with POS and lemmas, and a publication date known to the day; provides
 * TimeML values. Does not find new expressions, order events, or anchor on narrated event times
 * beyond "the day before/after" a date the article gives.
 */
package org.newsgraph.temporal;
