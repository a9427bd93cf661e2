package org.newsgraph.model;

/**
 * What a listing shows of a stored article without reading it: its file, its outlet (null when it
 * names none), and whether it has a publication day, its own or one its cluster gives it
 * ({@code ClusterDater}).
 */
public record ArticleHead(long id, String file, String outlet, boolean dated) {

    public String exportId() {
        return StoredArticle.exportId(id);
    }
}
