package org.newsgraph.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;

/**
 * Reads the export of a store as a value in memory: whole, for the uses that read all of it at once
 * (the search index's update, serve's snapshot), or the part a page about one thing shows, read by
 * query (an event's cluster, a story's clusters, an entity's articles), with the whole export's ids
 * and dates.
 */
public final class ExportReader {

    /**
     * The export of the store as one value in memory, as {@link ExportWriter#write} writes it (the
     * same stream, read back). Its size grows with the store; the export file does not need it.
     */
    public ExportDocument whole(ArticleStore store) {
        try {
            return ExportWriter.document(store);
        } catch (IOException e) {
            throw new UncheckedIOException("the export of the store could not be read back from memory", e);
        }
    }

    /**
     * The export of one event cluster, read by query: its articles (copies included, each dated by
     * the cluster as the export dates it), the corpus entities they name with their mentions in
     * them, the cluster's events and the stories that hold one of them, ids as in the whole
     * export. What the page of one of its events shows, at any store size; it holds no rejection,
     * and no other cluster's article, entity mention or event.
     */
    public ExportDocument ofCluster(ArticleStore store, long cluster) {
        return ofClusters(store, List.of(cluster));
    }

    /**
     * The export of some event clusters, read by query, as {@link #ofCluster} reads one: what a
     * story's page shows (the clusters of its events), at any store size.
     */
    public ExportDocument ofClusters(ArticleStore store, Collection<Long> clusters) {
        return ofPart(store, clusters, List.of());
    }

    /**
     * The export of what one corpus entity's page shows, read by query: the articles that name it
     * (the {@code most} latest) with the clusters they are in, as {@link #ofClusters} reads
     * clusters, and the merges into it; empty when there is no such entity (merged away: the merge
     * says into which).
     */
    public Optional<ExportDocument> ofEntity(ArticleStore store, long entity, int most) {
        List<EntityRef> members = store.corpusEntities().latestMembers(List.of(entity), most).get(entity);
        if (members == null) {
            return Optional.empty();
        }
        Set<Long> articles = new TreeSet<>();
        members.forEach(m -> articles.add(m.article()));
        Set<Long> clusters = new TreeSet<>();
        articles.forEach(a -> store.eventClusters().clusterOf(a).ifPresent(clusters::add));
        ExportDocument part = ofPart(store, clusters, articles);
        List<ExportDocument.Merge> merges = store.corpusEntities().merges().stream().filter(m -> m.into() == entity)
                .map(ExportRecords::merge).toList();
        return Optional.of(new ExportDocument(part.version(), part.articles(), part.entities(), part.timexes(),
                part.events(), part.clusters(), part.stories(), part.quotes(), part.claims(), merges,
                part.clusterHistory()));
    }

    /**
     * The export of what one stored article's page shows, read by query: the article with the
     * clusters given (its own, or for an article in no cluster those of the events that cite it), as
     * {@link #ofClusters} reads clusters; no article when there is none with that id.
     */
    public ExportDocument ofArticle(ArticleStore store, Collection<Long> clusters, long article) {
        return ofPart(store, clusters, List.of(article));
    }

    /**
     * The export of one rejected input ({@code number} 1 for {@code r1}) as the whole export lists
     * it, alone; no article when there is none with that number.
     */
    public ExportDocument ofRejection(ArticleStore store, int number) {
        List<Rejection> rejections = store.rejections();
        List<ExportDocument.Article> one = number < 1 || number > rejections.size() ? List.of()
                : ExportStreamer.rejected(rejections, number - 1).subList(0, 1);
        return new ExportDocument(ExportDocument.VERSION, one, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** The export of some event clusters and some more articles, read by query. */
    private ExportDocument ofPart(ArticleStore store, Collection<Long> clusters, Collection<Long> more) {
        Set<Long> ids = new TreeSet<>(more);
        Map<Long, Long> clusterOf = new HashMap<>();
        List<CorpusEvent> events = new ArrayList<>();
        for (long cluster : new TreeSet<>(clusters)) {
            List<Long> members = store.eventClusters().members(cluster);
            ids.addAll(members);
            members.forEach(m -> clusterOf.put(m, cluster));
            events.addAll(store.corpusEvents().eventsOfCluster(cluster));
        }
        events.forEach(e -> ids.addAll(e.articles()));
        List<StoredArticle> articles = new ClusterDater().dated(store.articles(ids), clusterOf);
        return ExportStreamer.ofCluster(store, articles, store.corpusEntities().entitiesIn(ids), clusterOf, events,
                store.corpusEvents().storiesWith(events.stream().map(CorpusEvent::exportId).toList()));
    }
}
