/**
 * Turns an article's source into the text the analysis reads. {@link org.newsgraph.clean.HtmlTextExtractor}
 * needs {@code SOURCE} and provides {@code RAW_TEXT}: plain text as it is, web pages by a simple jsoup
 * extraction that also fills missing title, date, outlet, URL and language from the page.
 * {@link org.newsgraph.clean.BoilerplateCleaner} needs {@code TEXT} and provides {@code CLEAN_TEXT}: it
 * leaves out boilerplate lines (teasers, captions, credits, counters, prompts, navigation, the headline
 * printed again, trailers) and repeated paragraphs, records each with its reason, and checks the title a
 * {@code .txt} file gave by its first line; {@link org.newsgraph.clean.OutletFinder} then names a missing
 * outlet from a trailer or a masthead. Rules and lexicons are data files, one folder a language
 * ({@code english/}). Not handled: boilerplate inside a sentence (but for embed links), captions written
 * as full sentences, lexicons of other languages.
 */
package org.newsgraph.clean;
