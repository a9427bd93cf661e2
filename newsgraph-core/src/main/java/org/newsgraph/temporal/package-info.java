/**
 * Time. {@link org.newsgraph.temporal.PublicationDater} reads when an article was published from
 * its text when its source gave no date (a date line or byline near the top, the wire dateline
 * the cleaner read, else an embedded post's signature, each checked against the weekdays the
 * article names);
 * {@link org.newsgraph.temporal.TimexNormalizer} re-normalises relative time expressions ("on
 * Wednesday", "last September", "14 months ago") against that date, their direction read from
 * tense, splitting what SUTime joined ("six years on Thursday") and dropping what it misread ("a
 * fall in sales"), and adds a few kinds SUTime misses ("mid-2011", "the 70s", "recent", "the past
 * five trading days"). Lexicons and patterns are data files, one folder a language. Does not date
 * articles from weekdays alone nor from other articles of the same event, or anchor on narrated
 * event times beyond "the day (before)" a date the article gives.
 */
package org.newsgraph.temporal;
