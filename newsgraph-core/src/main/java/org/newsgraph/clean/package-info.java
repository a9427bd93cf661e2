/**
 * Turns an article's source into raw text: plain text as it is; a web page by readability-style
 * content scoring (prose length, commas, link density, class and id names read from the
 * {@code names/} lexicons) or the container the page marks as its body, pruned of furniture and
 * lists of links, written one block a paragraph. Needs {@code SOURCE}; provides {@code RAW_TEXT}
 * and fills missing title, date (markup, else the URL), outlet, URL and language from the page.
 * Does not decode bytes (ingest does), keep captions, or record authors (the model has no field).
 */
package org.newsgraph.clean;
