package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.newsgraph.model.ClusterMerge;
import org.newsgraph.model.ClusterProfile;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.Placement;
import org.newsgraph.store.EventClusters;

/**
 * Places articles, one at a time, in the cluster of the real-world event they report. An article
 * is compared with the few clusters the index gives for its strongest terms, among those of its
 * week when its source states its day (so the cost does not grow with the store); the {@link LinkModel}
 * turns the {@link LinkFeature}s of each comparison into the probability that the article reports
 * that cluster's event. The article joins the likeliest cluster at or above the model's threshold,
 * or opens a new one. One rule comes before the model: reports whose sources state publication
 * days further apart than {@link ClusterConfig#reportDays} are not one event unless their texts
 * date it on one day.
 * Clusters keep their ids for good.
 */
public final class EventClusterer {

    private final EventClusters clusters;
    private final ClusterConfig config;

    public EventClusterer(EventClusters clusters, ClusterConfig config) {
        this.clusters = clusters;
        this.config = config;
    }

    /**
     * One candidate cluster of an article: the features of the comparison, the model's probability,
     * and the rule that rules it out (null when none does).
     */
    public record Link(long cluster, double[] features, double probability, String ruledOut) {

        public boolean allowed() {
            return ruledOut == null;
        }
    }

    /** Places one article and records where; an article already placed is left where it is. */
    public Placement place(ArticleProfile article) {
        return clusters.clusterOf(article.article())
                .map(c -> new Placement(article.article(), c, false, 0, "already placed"))
                .orElseGet(() -> placeNew(article));
    }

    /**
     * Places a copy in the cluster of the article it copies, which must be placed, unless its source
     * states a publication day that the rule of the week keeps from that cluster: a text published
     * again weeks later (a template, a statement repeated) is another report, placed on its merits.
     */
    public Placement placeCopy(ArticleProfile copy, long original) {
        long cluster = clusters.clusterOf(original)
                .orElseThrow(() -> new IllegalStateException("article " + original + " is not placed yet"));
        if (ruledOut(copy.event(), clusters.profile(cluster).event(), config.reportDays()) != null) {
            return place(copy);
        }
        clusters.placeCopy(copy.article(), cluster);
        return new Placement(copy.article(), cluster, false, 1.0, "copy");
    }

    /** The candidate clusters of an article, compared as {@link #place} compares them, likeliest first. */
    public List<Link> links(ArticleProfile article) {
        List<Link> links = new ArrayList<>(links(weigh(article), article));
        links.sort(Comparator.comparingDouble(Link::probability).reversed().thenComparingLong(Link::cluster));
        return links;
    }

    /**
     * Places an article where something other than the model decided (a gold partition when the
     * model is fitted): in {@code cluster}, or in a new cluster when it is null.
     */
    public Placement assign(ArticleProfile article, Long cluster, String reason) {
        Map<String, Double> vector = weigh(article);
        Placement placement;
        ClusterProfile profile;
        if (cluster == null) {
            placement = new Placement(article.article(), clusters.nextId(), true, 0, reason);
            profile = opened(placement.cluster(), vector, article);
        } else {
            placement = new Placement(article.article(), cluster, false, 0, reason);
            profile = grow(clusters.profile(cluster), vector, article);
        }
        record(placement, profile, article);
        return placement;
    }

    /**
     * Looks again at these clusters, newest first: each joins the likeliest older cluster the model
     * puts at or above its merge threshold (compared as one report would be, by its profile), fixing what
     * arrival order got wrong, when two clusters were opened for one event. Returns the merges made.
     */
    public List<ClusterMerge> mergeAgain(Collection<Long> window) {
        List<ClusterMerge> merges = new ArrayList<>();
        Set<Long> standing = new HashSet<>(clusters.clusterIds());
        for (long id : window.stream().sorted(Comparator.reverseOrder()).toList()) {
            if (!standing.contains(id)) {
                continue;
            }
            ClusterProfile newer = clusters.profile(id);
            Map<String, Double> vector = TermWeights.unit(newer.terms());
            ArticleProfile asReport = new ArticleProfile(-id, Map.of(), newer.event(), newer.embedding());
            Link best = likeliest(links(vector, asReport).stream()
                    .filter(l -> l.cluster() < id && standing.contains(l.cluster())).toList());
            if (best != null && best.probability() >= config.model().mergeThreshold()) {
                ClusterMerge merge = new ClusterMerge(id, best.cluster(), best.probability(),
                        "merged " + Placement.exportId(id) + " into " + Placement.exportId(best.cluster()) + ": "
                                + explain(best));
                ClusterProfile into = combine(clusters.profile(best.cluster()), newer);
                clusters.merge(merge, into, strongest(into.terms(), config.clusterKeys()));
                standing.remove(id);
                merges.add(merge);
            }
        }
        return merges;
    }

    /** The two profiles as one, under the older's id: terms summed and cut, signatures and embeddings added. */
    private ClusterProfile combine(ClusterProfile older, ClusterProfile newer) {
        return combine(older, newer, config.profileTerms());
    }

    static ClusterProfile combine(ClusterProfile older, ClusterProfile newer, int profileTerms) {
        Map<String, Double> sum = new HashMap<>(older.terms());
        newer.terms().forEach((term, w) -> sum.merge(term, w, Double::sum));
        return new ClusterProfile(older.id(), older.size() + newer.size(), top(sum, profileTerms),
                older.event().plus(newer.event()), add(older.embedding(), newer.embedding()));
    }

    private Placement placeNew(ArticleProfile article) {
        Map<String, Double> vector = weigh(article);
        List<Link> links = links(vector, article);
        Link best = likeliest(links);
        if (best != null && best.probability() >= config.model().threshold()) {
            Placement joined = new Placement(article.article(), best.cluster(), false, best.probability(),
                    "joined " + Placement.exportId(best.cluster()) + ": " + explain(best));
            record(joined, grow(clusters.profile(best.cluster()), vector, article), article);
            return joined;
        }
        Placement opened = new Placement(article.article(), clusters.nextId(), true,
                best == null ? 0 : best.probability(), openingReason(best, links, window(article.event())));
        record(opened, opened(opened.cluster(), vector, article), article);
        return opened;
    }

    /** The likeliest link no rule rules out, the older cluster on a tie; null when there is none. */
    private static Link likeliest(List<Link> links) {
        return links.stream().filter(Link::allowed)
                .max(Comparator.comparingDouble(Link::probability).thenComparingLong(l -> -l.cluster()))
                .orElse(null);
    }

    private List<Link> links(Map<String, Double> vector, ArticleProfile article) {
        List<Link> links = new ArrayList<>();
        List<String> keys = strongest(vector, config.queryKeys());
        for (long candidate : clusters.candidates(keys, window(article.event()), config.candidates())) {
            links.add(link(vector, article, clusters.profile(candidate)));
        }
        return links;
    }

    private Link link(Map<String, Double> vector, ArticleProfile article, ClusterProfile cluster) {
        double[] x = LinkFeatures.measure(vector, article.embedding(), article.event(), cluster);
        return new Link(cluster.id(), x, config.model().probability(x),
                ruledOut(article.event(), cluster.event(), config.reportDays()));
    }

    /**
     * The days in which a cluster's latest report must have been published for the rule of the
     * week to let this article join it, or null when any day may: the article's source states no
     * day, or its text dates the event outside its week (a look back, which may join a cluster of
     * that day's reports).
     */
    private DatePeriod window(EventSignature article) {
        if (!article.publishedStated() || article.published() == null) {
            return null;
        }
        if (article.date() != null && LinkFeatures.days(article.date(), article.published()) > config.reportDays()) {
            return null;
        }
        return DatePeriod.of(article.published())
                .map(day -> new DatePeriod(day.first().minusDays(config.reportDays()),
                        day.first().plusDays(config.reportDays())))
                .orElse(null);
    }

    /** Why the article cannot report the cluster's event whatever the model says, or null. */
    static String ruledOut(EventSignature article, EventSignature cluster, int reportDays) {
        if (!article.publishedStated() || !cluster.publishedStated()) {
            return null;
        }
        long span = LinkFeatures.publishedSpan(article, cluster);
        if (span <= reportDays) {
            return null;
        }
        boolean datedOnOneDay = article.date() != null && cluster.date() != null
                && LinkFeatures.days(article.date(), cluster.date()) <= 1;
        return datedOnOneDay ? null : "published " + span + " days apart";
    }

    private void record(Placement placement, ClusterProfile profile, ArticleProfile article) {
        clusters.place(placement, profile, strongest(profile.terms(), config.clusterKeys()), article.terms().keySet());
    }

    /** The profile of a cluster this article opens: its strongest terms, its event, its embedding. */
    private ClusterProfile opened(long id, Map<String, Double> vector, ArticleProfile article) {
        return new ClusterProfile(id, 1, top(vector, config.profileTerms()), article.event(), article.embedding());
    }

    /** The cluster with this article added: its whole vector summed in, then cut to the strongest terms. */
    private ClusterProfile grow(ClusterProfile cluster, Map<String, Double> vector, ArticleProfile article) {
        return combine(cluster, new ClusterProfile(article.article(), 1, vector, article.event(), article.embedding()));
    }

    /** The sum of two embeddings; a missing one adds nothing. */
    private static float[] add(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return a.length == 0 ? b : a;
        }
        float[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    private Map<String, Double> weigh(ArticleProfile article) {
        return TermWeights.weigh(article.terms(), clusters.documentFrequencies(article.terms().keySet()),
                clusters.profiledArticles() + 1);
    }

    static List<String> strongest(Map<String, Double> vector, int limit) {
        return vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    static Map<String, Double> top(Map<String, Double> vector, int limit) {
        Map<String, Double> kept = new HashMap<>();
        for (String term : strongest(vector, limit)) {
            kept.put(term, vector.get(term));
        }
        return kept;
    }

    /**
     * The probability and what each feature added to its log-odds, largest first, features that
     * added nothing left out: "p 0.91: words +2.10, entities +1.20, intercept -6.50".
     */
    private String explain(Link link) {
        double[] parts = config.model().contributions(link.features());
        StringJoiner reasons = new StringJoiner(", ", "p " + format(link.probability()) + ": ", "");
        IntStream.range(0, parts.length).boxed()
                .filter(i -> parts[i] != 0)
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(parts[i])))
                .forEach(i -> reasons.add(LinkFeature.values()[i].key() + String.format(Locale.ROOT, " %+.2f", parts[i])));
        reasons.add(String.format(Locale.ROOT, "intercept %+.2f", config.model().intercept()));
        return reasons.toString();
    }

    private String openingReason(Link best, List<Link> links, DatePeriod window) {
        String none = window == null ? "opened: no candidate"
                : "opened: no candidate published " + window.first() + " to " + window.last();
        String reason = best == null ? none
                : "opened: best " + Placement.exportId(best.cluster()) + " " + explain(best) + " < "
                        + format(config.model().threshold());
        List<String> ruled = links.stream().filter(l -> !l.allowed())
                .map(l -> Placement.exportId(l.cluster()) + " " + l.ruledOut()).toList();
        return ruled.isEmpty() ? reason : reason + "; ruled out " + String.join(", ", ruled);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
