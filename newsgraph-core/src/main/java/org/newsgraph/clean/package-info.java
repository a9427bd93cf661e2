/**
 * Turns an article's source into raw text: plain text as it is, web pages by a first, simple
 * extraction with jsoup. Needs {@code SOURCE}; provides {@code RAW_TEXT} and fills missing title,
 * date, outlet, URL and language from the page. Does not yet remove boilerplate inside the content.
 */
package org.newsgraph.clean;
