package org.newsgraph.app.articles;

import org.newsgraph.app.export.ExportDocument;

/** An article as the articles listing gives it: the export's article, and its cluster's id ({@code c3}; null for none). */
public record ListedArticle(ExportDocument.Article article, String cluster) {}
