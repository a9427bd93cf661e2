package org.newsgraph.http.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.events.ListedEvent;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.testkit.Seeds;

/**
 * The part of a store one event cluster makes answers for each of its events as the read of the
 * whole store does (real models, real store): the same reports, dates, quotes, claims, stories,
 * names and places; so do the clusters of a story's events for the story, an article's cluster
 * for the article, and the articles that name an entity with their clusters for the entity; and one
 * cluster read by query (its members alone) is the cluster the whole store lists.
 */
class ClusterSnapshotIT {

    private static final Newsgraph NEWSGRAPH = new Newsgraph(NewsgraphConfig.defaults());

    @Test
    void everyEventOfAClusterIsTheEventTheWholeStoreGives() throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-cluster-snapshot");
        try (ArticleStore store = NEWSGRAPH.openStore(dir)) {
            NEWSGRAPH.analyzer().analyze(List.of(Seeds.folder()), store, NEWSGRAPH.coreNlp(() -> { }), ProgressListener.SILENT);
        }
        try (ArticleStore view = NEWSGRAPH.openStoreReadOnly(dir)) {
            Snapshot whole = Snapshot.read(view);
            assertThat(whole.listedEvents()).hasSizeGreaterThan(5);
            for (ListedEvent listed : whole.listedEvents().values()) {
                String id = listed.event().id();
                Snapshot part = Snapshot.ofCluster(view, CorpusEvents.Key.of(id).orElseThrow().cluster());

                assertThat(part.event(id)).as(id).isPresent();
                assertThat(EventDetail.of(part.event(id).orElseThrow(), part)).as(id)
                        .isEqualTo(EventDetail.of(listed, whole));
                String place = listed.event().location();
                if (place != null) {
                    assertThat(part.entity(place).map(e -> e.place())).as(id + " place")
                            .isEqualTo(whole.entity(place).map(e -> e.place()));
                }
            }
            assertThat(whole.export().stories()).isNotEmpty();
            for (ExportDocument.Story story : whole.export().stories()) {
                Set<Long> clusters = new TreeSet<>();
                story.events().forEach(e -> clusters.add(CorpusEvents.Key.of(e).orElseThrow().cluster()));
                Snapshot part = Snapshot.ofClusters(view, clusters);

                assertThat(StoryDetail.of(part.events().story(story.id()).orElseThrow(), part)).as(story.id())
                        .isEqualTo(StoryDetail.of(whole.events().story(story.id()).orElseThrow(), whole));
            }
            int clustered = 0;
            for (ExportDocument.Article article : whole.export().articles()) {
                Optional<String> cluster = whole.clusterOf(article.id());
                if (cluster.isPresent()) {
                    clustered++;
                    Snapshot part = Snapshot.ofClusters(view, List.of(Long.parseLong(cluster.get().substring(1))));
                    assertThat(ArticleDetail.of(part.article(article.id()).orElseThrow(), part)).as(article.id())
                            .isEqualTo(ArticleDetail.of(article, whole));
                }
            }
            assertThat(clustered).isGreaterThan(3);
            assertThat(whole.clusters().clusters()).hasSizeGreaterThan(3);
            for (ListedCluster cluster : whole.clusters().clusters()) {
                assertThat(ClusterCatalog.cluster(view, cluster.id())).as(cluster.id()).contains(cluster);
            }
            assertThat(ClusterCatalog.cluster(view, "c999999")).isEmpty();
            assertThat(ClusterCatalog.cluster(view, "s1")).isEmpty();
            assertThat(whole.entities()).hasSizeGreaterThan(10);
            for (EntitySummary entity : whole.entities()) {
                long id = Long.parseLong(entity.exportId().substring(1));
                Snapshot part = Snapshot.ofEntity(view, id, Snapshots.ENTITY_ARTICLES, whole.model())
                        .orElseThrow();

                assertThat(EntityDetail.of(part.entities().get(0), part)).as(entity.exportId())
                        .isEqualTo(EntityDetail.of(entity, whole));
            }
        }
    }
}
