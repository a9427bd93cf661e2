package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.StoredArticle;

class ClusterDaterTest {

    @Test
    void anUndatedReportTakesTheEarliestDayOfItsClusterWithBasisCluster() {
        List<StoredArticle> articles = List.of(
                stored(1, new PublicationDate("2023-04-21T08:00:00Z", Basis.METADATA, 1.0)),
                stored(2, new PublicationDate("2023-04-20", Basis.TEXT, 0.8)),
                stored(3, PublicationDate.none()),
                stored(4, PublicationDate.none()));
        Map<Long, PublicationDate> dated = new ClusterDater().date(articles, Map.of(1L, 7L, 2L, 7L, 3L, 7L, 4L, 8L));

        assertThat(dated).containsOnlyKeys(3L);
        assertThat(dated.get(3L).date()).isEqualTo("2023-04-20");
        assertThat(dated.get(3L).basis()).isEqualTo(Basis.CLUSTER);
        assertThat(dated.get(3L).confidence()).isLessThan(0.8);
    }

    @Test
    void anUnplacedArticleOrAClusterWithoutDatesGetsNothing() {
        List<StoredArticle> articles = List.of(stored(1, PublicationDate.none()), stored(2, PublicationDate.none()));

        assertThat(new ClusterDater().date(articles, Map.of(1L, 1L))).isEmpty();
    }

    @Test
    void datedArticlesKeepTheirOrderAndOnlyTheUndatedOnesChange() {
        List<StoredArticle> articles = List.of(
                stored(1, new PublicationDate("2023-04-20", Basis.TEXT, 0.8)),
                stored(2, PublicationDate.none()),
                stored(3, PublicationDate.none()));

        List<StoredArticle> dated = new ClusterDater().dated(articles, Map.of(1L, 7L, 2L, 7L));

        assertThat(dated).extracting(StoredArticle::id).containsExactly(1L, 2L, 3L);
        assertThat(dated.get(0)).isSameAs(articles.get(0));
        assertThat(dated.get(1).article().source().published().basis()).isEqualTo(Basis.CLUSTER);
        assertThat(dated.get(2)).as("in no cluster").isSameAs(articles.get(2));
    }

    private static StoredArticle stored(long id, PublicationDate published) {
        ArticleSource source = new ArticleSource(id + ".txt", id + ".txt", SourceFormat.TEXT, "t", "", null, null,
                Basis.NONE, published, "en");
        return new StoredArticle(id, new AnalyzedArticle(source, "h" + id, ArticleStatus.OK, null, null, "", List.of(),
                List.of(), List.of(), 0));
    }
}
