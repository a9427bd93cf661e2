/**
 * Turns an article's source into the text the analysis reads.
 * {@link org.newsgraph.clean.HtmlTextExtractor} needs {@code SOURCE} and provides {@code RAW_TEXT}:
 * plain text as it is; a web page by readability-style content scoring (prose length, commas,
 * link density, class and id names read from the {@code names/} lexicons) or the container the
 * page marks as its body, pruned of furniture and lists of links, one block a paragraph; it fills
 * missing title, date (markup, else the URL), outlet, URL and language from the page.
 * {@link org.newsgraph.clean.BoilerplateCleaner} needs {@code TEXT} and provides {@code CLEAN_TEXT}:
 * it leaves out boilerplate lines (teasers, captions, credits, counters, prompts, navigation, the
 * headline printed again, trailers) and repeated paragraphs, records each with its reason, and
 * checks the title a {@code .txt} file gave by its first line; {@link org.newsgraph.clean.OutletFinder}
 * then names a missing outlet from a trailer or a masthead; {@link org.newsgraph.clean.DatelineReader}
 * needs {@code CLEAN_TEXT} and provides {@code DATELINE}, the wire dateline's city and date, read
 * once for the publication dater and the event stage. Rules and lexicons are data files,
 * one folder a language. Does not decode bytes (ingest does) or record authors.
 */
package org.newsgraph.clean;
