package org.newsgraph.model;

/**
 * What a listing shows of a stored article without reading it: its file, its outlet (null when it
 * names none), whether it has a publication day, its own or one its cluster gives it
 * ({@code ClusterDater}), its title (null when it has none) and its own publication day (null when
 * it has none: {@link PublicationDate#day()}).
 */
public record ArticleHead(long id, String file, String outlet, boolean dated, String title, String published) {

    public String exportId() {
        return StoredArticle.exportId(id);
    }
}
