/**
 * Language identification behind a port ({@link org.newsgraph.language.LanguageIdentifier};
 * Lingua implements it in its own module) and the stage that tags each article.
 * Needs the text; provides its ISO 639-1 language. Does not translate.
 */
package org.newsgraph.language;
