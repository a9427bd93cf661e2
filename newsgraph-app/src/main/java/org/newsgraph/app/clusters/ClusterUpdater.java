package org.newsgraph.app.clusters;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.cluster.ArticleProfile;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.cluster.EventClusterer;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Placement;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EventClusters;

/**
 * Places every stored article not yet in a cluster, in id order, so that each is compared with
 * the clusters of the articles before it: what an online run over the same articles would do.
 * Copies join their original's cluster, unless published too far from it
 * ({@link EventClusterer#placeCopy}). Then, when made {@link #reclustering}, it decides the
 * clusters of the window of the articles it placed again. Each placement, merge and split is a
 * transaction of its own. Run it after the corpus entities are up to date: the profiles name
 * entities by their corpus ids.
 */
public final class ClusterUpdater implements CorpusStep<ClusterUpdate> {

    private final ArticleProfiler profiler;
    private final EventClusterer clusterer;
    private final ArticleStore store;
    private final int reportDays;
    /** Null when the window placed is not reclustered. */
    private final WindowReclusterer reclusterer;

    public ClusterUpdater(ArticleProfiler profiler, EventClusterer clusterer, ArticleStore store, int reportDays) {
        this(profiler, clusterer, store, reportDays, null);
    }

    private ClusterUpdater(ArticleProfiler profiler, EventClusterer clusterer, ArticleStore store, int reportDays,
            WindowReclusterer reclusterer) {
        this.profiler = profiler;
        this.clusterer = clusterer;
        this.store = store;
        this.reportDays = reportDays;
        this.reclusterer = reclusterer;
    }

    /** This updater, deciding again with {@code windows} the clusters of the window of the articles it places. */
    public ClusterUpdater reclustering(WindowReclusterer windows) {
        return new ClusterUpdater(profiler, clusterer, store, reportDays, windows);
    }

    @Override
    public Set<CorpusPart> reads() {
        return Set.of(CorpusPart.ARTICLES, CorpusPart.ENTITIES);
    }

    @Override
    public Set<CorpusPart> writes() {
        return Set.of(CorpusPart.CLUSTERS);
    }

    /** Places what is not placed yet, then reclusters its window; reads no article when nothing is to place. */
    @Override
    public ClusterUpdate update() {
        ClusterUpdate placed = place();
        return reclusterer == null || placed.recent() == null ? placed : placed.reclustered(reclusterer.run(placed.recent()));
    }

    private ClusterUpdate place() {
        EventClusters clusters = store.eventClusters();
        if (clusters.placesEveryArticle()) {
            return new ClusterUpdate(0, 0, clusterCount(clusters), null, null, Set.of());
        }
        // the articles owed a placement, found by the table where it can (not every stored article)
        Optional<List<Long>> owed = clusters.unplaced();
        Set<Long> placed = owed.isPresent() ? new HashSet<>() : new HashSet<>(clusters.assignment().keySet());
        Map<EntityRef, Long> entityIds = null;
        int added = 0;
        int opened = 0;
        Set<Long> changed = new HashSet<>();
        long first = Long.MAX_VALUE;
        String firstDay = null;
        String lastDay = null;
        for (StoredArticle s : owed.isPresent() ? store.articles(owed.get()) : store.articles()) {
            AnalyzedArticle a = s.article();
            if (placed.contains(s.id())) {
                continue;
            }
            boolean copy = a.status() == ArticleStatus.DUPLICATE && (placed.contains(a.duplicateOf())
                    || owed.isPresent() && clusters.clusterOf(a.duplicateOf()).isPresent());
            if (!copy && a.status() != ArticleStatus.OK) {
                continue;
            }
            if (entityIds == null) {
                entityIds = owed.isPresent() ? store.corpusEntities().assignment(owed.get())
                        : store.corpusEntities().assignment();
            }
            ArticleProfile profile = profiler.profile(s, entityIds::get);
            Placement p = copy ? clusterer.placeCopy(profile, a.duplicateOf()) : clusterer.place(profile);
            opened += p.opened() ? 1 : 0;
            changed.add(p.cluster());
            first = Math.min(first, s.id());
            String day = a.source().published().day();
            if (day != null) {
                firstDay = firstDay == null || day.compareTo(firstDay) < 0 ? day : firstDay;
                lastDay = lastDay == null || day.compareTo(lastDay) > 0 ? day : lastDay;
            }
            placed.add(s.id());
            added++;
        }
        return new ClusterUpdate(added, opened, clusterCount(clusters), added == 0 ? null : recent(first, firstDay, lastDay),
                null, changed);
    }

    /**
     * The window a recluster after this update looks at: the days of the articles placed, and the week
     * before them, whose clusters they may have joined; the undated ones placed now.
     */
    private ReclusterWindow recent(long first, String firstDay, String lastDay) {
        if (firstDay == null) {
            return new ReclusterWindow(LocalDate.MIN, LocalDate.MIN, first);
        }
        return new ReclusterWindow(day(firstDay).minusDays(reportDays), day(lastDay), first);
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day.substring(0, 10));
    }

    private static int clusterCount(EventClusters clusters) {
        return (int) clusters.assignment().values().stream().distinct().count();
    }
}
