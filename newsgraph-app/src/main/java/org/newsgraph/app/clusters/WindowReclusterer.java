package org.newsgraph.app.clusters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.app.corpus.CorpusPart;
import org.newsgraph.app.corpus.CorpusStep;
import org.newsgraph.cluster.ArticleProfile;
import org.newsgraph.cluster.ArticleProfiler;
import org.newsgraph.cluster.Reclusterer;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Placement;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.ArticleStore;

/**
 * Decides the clusters of a window of articles again ({@link Reclusterer}) and applies the
 * difference to the store, one merge or split per transaction, so that a run stopped at any point
 * leaves whole clusters and the next run does what is left. Whole clusters are looked at: the window
 * takes every member of a cluster one of its articles is in. The window's articles are found by
 * their publication days ({@link ArticleStore#idsPublished}), and only its clusters' members read. A copy in its original's cluster goes
 * where its original goes; a copy the rule of the week kept from it was placed on its merits, and is
 * decided again as any report is. Run the events' update after it: the
 * clusters it changed have new members.
 */
public final class WindowReclusterer {

    private final ArticleProfiler profiler;
    private final Reclusterer reclusterer;
    private final ArticleStore store;
    private final Consumer<String> progress;

    public WindowReclusterer(ArticleProfiler profiler, Reclusterer reclusterer, ArticleStore store,
            Consumer<String> progress) {
        this.profiler = profiler;
        this.reclusterer = reclusterer;
        this.store = store;
        this.progress = progress;
    }

    /**
     * This reclusterer over one window, as a corpus step: it reads the articles, their entities and
     * the clusters as stored, and writes the clusters.
     */
    public CorpusStep<ReclusterSummary> over(ReclusterWindow window) {
        return new CorpusStep<>() {
            @Override
            public Set<CorpusPart> reads() {
                return Set.of(CorpusPart.ARTICLES, CorpusPart.ENTITIES, CorpusPart.CLUSTERS);
            }

            @Override
            public Set<CorpusPart> writes() {
                return Set.of(CorpusPart.CLUSTERS);
            }

            @Override
            public ReclusterSummary update() {
                return run(window);
            }

            @Override
            public String name() {
                return WindowReclusterer.class.getSimpleName();
            }
        };
    }

    public ReclusterSummary run(ReclusterWindow window) {
        long start = System.nanoTime();
        List<Long> inWindow = store.idsPublished(window.from() == null ? null : window.from().toString(),
                window.to() == null ? null : window.to().toString(), window.undatedSince());
        Set<Long> clusters = new HashSet<>(store.eventClusters().assignment(inWindow).values());
        Set<Long> ids = new TreeSet<>();
        clusters.forEach(c -> ids.addAll(store.eventClusters().members(c)));
        Map<Long, Long> clusterOf = store.eventClusters().assignment(ids);
        List<StoredArticle> all = store.articles(ids);
        Map<EntityRef, Long> entityIds = store.corpusEntities().assignment(ids);
        List<Reclusterer.Member> members = new ArrayList<>();
        Map<Long, ArticleProfile> profiles = new HashMap<>();
        for (StoredArticle s : all) {
            Long c = clusterOf.get(s.id());
            if (c == null || !clusters.contains(c)) {
                continue;
            }
            AnalyzedArticle a = s.article();
            boolean copy = a.status() == ArticleStatus.DUPLICATE && c.equals(clusterOf.get(a.duplicateOf()));
            if (!copy) { // a copy placed on its merits (published weeks after its original) is a report like any
                ArticleProfile p = profiler.profile(s, entityIds::get);
                profiles.put(s.id(), p);
                members.add(new Reclusterer.Member(s.id(), c, p, null));
            } else {
                members.add(new Reclusterer.Member(s.id(), c, null, a.duplicateOf()));
            }
        }
        progress.accept("recluster: " + window + ": " + members.size() + " articles in " + clusters.size()
                + " clusters");
        Reclusterer.Plan plan = reclusterer.plan(members);
        int merges = 0;
        int splits = 0;
        Set<Long> changed = new TreeSet<>();
        for (Reclusterer.Change change : plan.changes()) {
            reclusterer.apply(change, profiles);
            ClusterChange c = change.change();
            changed.add(c.from());
            changed.add(c.into());
            if (c.kind() == ClusterChange.Kind.MERGE) {
                merges++;
                progress.accept("  merged " + Placement.exportId(c.from()) + " into " + Placement.exportId(c.into())
                        + ": " + c.reason());
            } else {
                splits++;
                progress.accept("  split " + Placement.exportId(c.into()) + " (" + c.articles().size()
                        + (c.articles().size() == 1 ? " article" : " articles") + ") from "
                        + Placement.exportId(c.from()) + ": " + c.reason());
            }
        }
        return new ReclusterSummary(members.size(), plan.clustersLookedAt(), merges, splits,
                Duration.ofNanos(System.nanoTime() - start), changed);
    }
}
