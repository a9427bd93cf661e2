package org.newsgraph.model;

/** An analysed article with the id the store gave it. */
public record StoredArticle(long id, AnalyzedArticle article) {

    /** The id as exported: {@code a} followed by the store id. */
    public String exportId() {
        return exportId(id);
    }

    public static String exportId(long storeId) {
        return "a" + storeId;
    }
}
