/**
 * Leaves out the lines of a text that are not the article, line by line, after extraction
 * ({@code org.newsgraph.extract}) has made the text.
 * {@link org.newsgraph.clean.BoilerplateCleaner} needs {@code TEXT} and provides {@code CLEAN_TEXT}:
 * it leaves out boilerplate lines (teasers, captions, credits, counters, prompts, navigation, the
 * headline printed again, trailers) and repeated paragraphs, records each with its reason, and
 * checks the title a {@code .txt} file gave by its first line; {@link org.newsgraph.clean.OutletFinder}
 * then names a missing outlet from a trailer or a masthead; {@link org.newsgraph.clean.DatelineReader}
 * needs {@code CLEAN_TEXT} and provides {@code DATELINE}, the wire dateline's city and date, read
 * once for the publication dater and the event stage. Rules and lexicons are data files
 * ({@link org.newsgraph.pipeline.RuleFile}), one folder a language.
 */
package org.newsgraph.clean;
