/**
 * Text normalisation: Unicode NFC, line breaks, white space and invisible characters.
 * Needs the raw text; provides the text all offsets refer to. Does not remove boilerplate or
 * change quotes and dashes.
 */
package org.newsgraph.normalize;
