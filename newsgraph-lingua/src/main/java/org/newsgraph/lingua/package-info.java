/**
 * The Lingua adapter: the only package that imports Lingua.
 * Needs a text; provides its ISO 639-1 language among a configured set. Loads each language's
 * model on first use.
 */
package org.newsgraph.lingua;
