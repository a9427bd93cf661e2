/**
 * Turns an article's source into plain text and what the page states about it.
 * {@link org.newsgraph.extract.HtmlTextExtractor} needs {@code SOURCE} and provides {@code RAW_TEXT}:
 * plain text as it is; a web page by readability-style content scoring (prose length, commas,
 * link density, class and id names read from the {@code names/} lexicons) or the container the
 * page marks as its body, pruned of furniture and lists of links, one block a paragraph, without
 * the headline its metadata states; it fills a missing title, date (markup, else the URL),
 * outlet, URL and language from the page. jsoup stays in this package. Does not decode bytes
 * (ingest does) or judge lines of text (clean does).
 */
package org.newsgraph.extract;
