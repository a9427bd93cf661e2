package org.newsgraph.app.quotes;

import org.newsgraph.app.export.ExportDocument;

/**
 * A quote as the quotes listing shows it: the export's quote with its article's file and title and
 * its speaker's corpus name (null when the quote has no speaker entity).
 */
public record ListedQuote(String file, String title, ExportDocument.Quote quote, String speakerName) {}
