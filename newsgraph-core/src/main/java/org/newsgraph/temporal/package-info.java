/**
 * When an article was published, read from its text when its source gave no date.
 * {@link org.newsgraph.temporal.PublicationDater} needs {@code CLEAN_TEXT} and provides
 * {@code PUBLICATION_DATE}: a date line or byline near the top, a wire dateline, else an embedded
 * post's signature, each checked against the weekdays the article names; lexicons and patterns are
 * data files, one folder a language. Does not date articles from weekdays alone, nor from event
 * dates in the body, nor from other articles of the same event.
 */
package org.newsgraph.temporal;
