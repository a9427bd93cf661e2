package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleHead;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;

/**
 * The port to where analysed articles are kept. Saving an article is atomic: it is stored whole
 * or not at all.
 */
public interface ArticleStore extends AutoCloseable {

    /** What is already stored for this content from this source, if anything. */
    Optional<Known> find(String contentHash, String sourceKey);

    /** The first article stored with this content from any source, for exact copies. */
    Optional<Long> firstWithContent(String contentHash);

    /**
     * Stores one article in one transaction and returns its id. An earlier FAILED row for the
     * same content and source is replaced by it.
     */
    long save(AnalyzedArticle article);

    /** Records a rejected input; recording the same input and reason again changes nothing. */
    void recordRejection(Rejection rejection);

    /** The fingerprints of stored articles, by which their copies are found, kept beside them. */
    SeenArticles seenArticles();

    /** The corpus entities, kept beside the articles they are made of. */
    CorpusEntities corpusEntities();

    /** The clusters of articles on one event, kept beside the articles. */
    EventClusters eventClusters();

    /** The corpus events and the stories they form, kept beside the clusters and entities. */
    CorpusEvents corpusEvents();

    /** Every stored article, in id order. */
    List<StoredArticle> articles();

    /** The stored articles with these ids, in id order; ids of no article are left out. */
    List<StoredArticle> articles(Collection<Long> ids);

    /**
     * The ids of the stored articles published from {@code from} to {@code to} (ISO days, inclusive),
     * and of those with no publication day whose id is {@code undatedSince} or more, in id order;
     * with both days null, every article.
     */
    default List<Long> idsPublished(String from, String to, long undatedSince) {
        return articles().stream().filter(a -> {
            String day = a.article().source().published().day();
            if (day == null) {
                return from == null || a.id() >= undatedSince;
            }
            String d = day.substring(0, Math.min(10, day.length()));
            return from == null || d.compareTo(from) >= 0 && d.compareTo(to) <= 0;
        }).map(StoredArticle::id).toList();
    }

    /**
     * At most {@code count} stored articles whose ids come after {@code after} (0: from the first),
     * in id order: a page read by the primary key, so that a read of every article holds one page.
     * Of their parts, those in {@code parts} are read; the others may be left empty.
     */
    default List<StoredArticle> articlesAfter(long after, int count, Set<ArticlePart> parts) {
        return articles().stream().filter(a -> a.id() > after).limit(count).toList();
    }

    /**
     * The mentions of these single-article entities, each entity's in text order; entities of no
     * stored article are left out.
     */
    default Map<EntityRef, List<Mention>> mentions(Collection<EntityRef> entities) {
        Set<EntityRef> wanted = new HashSet<>(entities);
        Map<EntityRef, List<Mention>> mentions = new HashMap<>();
        for (StoredArticle a : articles(wanted.stream().map(EntityRef::article).collect(Collectors.toSet()))) {
            for (int i = 0; i < a.article().entities().size(); i++) {
                EntityRef ref = new EntityRef(a.id(), i);
                if (wanted.contains(ref)) {
                    mentions.put(ref, a.article().entities().get(i).mentions());
                }
            }
        }
        return mentions;
    }

    /**
     * The earliest publication date among the reports of each of these event clusters, by day, on a
     * tie the first stored report's: the date {@code ClusterDater} gives the cluster's undated
     * reports. Clusters with no dated report are left out.
     */
    default Map<Long, PublicationDate> earliestPublished(Collection<Long> clusters) {
        Map<Long, Long> clusterOf = eventClusters().assignment();
        Map<Long, PublicationDate> earliest = new HashMap<>();
        for (StoredArticle a : articles()) {
            PublicationDate p = a.article().source().published();
            Long cluster = clusterOf.get(a.id());
            if (cluster != null && clusters.contains(cluster) && p.isKnown()) {
                earliest.merge(cluster, p, (old, next) -> next.day().compareTo(old.day()) < 0 ? next : old);
            }
        }
        return earliest;
    }

    /**
     * The export's partition of the {@code ok} and {@code duplicate} articles by event cluster: the
     * articles of each cluster, and an article placed in none alone with those of its copies placed
     * in none; each set's ids in order, the sets in order of their first article. At most
     * {@code count} sets, those whose first article comes after {@code after} (0: from the first).
     */
    default List<List<Long>> clusterSetsAfter(long after, int count) {
        Map<Long, Long> clusterOf = eventClusters().assignment();
        Map<String, List<Long>> sets = new LinkedHashMap<>();
        for (StoredArticle s : articles()) {
            AnalyzedArticle a = s.article();
            if (a.status() == ArticleStatus.OK || a.status() == ArticleStatus.DUPLICATE) {
                Long cluster = clusterOf.get(s.id());
                long alone = a.status() == ArticleStatus.DUPLICATE ? a.duplicateOf() : s.id();
                sets.computeIfAbsent(cluster != null ? "c" + cluster : "a" + alone, k -> new ArrayList<>()).add(s.id());
            }
        }
        return sets.values().stream().filter(set -> set.get(0) > after).limit(count).toList();
    }

    /**
     * What listings show of the stored articles with these ids, without their text, in id order;
     * ids of no article are left out. An article is dated when it or an article of its cluster
     * has a publication day, as the export dates it.
     */
    default List<ArticleHead> heads(Collection<Long> ids) {
        List<StoredArticle> some = articles(ids);
        Map<Long, Long> clusterOf = eventClusters().assignment();
        Set<Long> datedClusters = new HashSet<>();
        List<StoredArticle> all = articles();
        all.stream().filter(a -> a.article().source().published().isKnown() && clusterOf.containsKey(a.id()))
                .forEach(a -> datedClusters.add(clusterOf.get(a.id())));
        return some.stream().map(a -> new ArticleHead(a.id(), a.article().source().file(), a.article().source().outlet(),
                a.article().source().published().isKnown() || datedClusters.contains(clusterOf.get(a.id())),
                a.article().source().title(), a.article().source().published().day())).toList();
    }

    /**
     * At most {@code count} of the stored events the filter picks, after the one with key
     * {@code after} (null: from the first), the first {@code skip} of them left out, in the order of
     * {@link CorpusEvents#events()}: a page of a listing. The SQLite store answers by its indexes.
     */
    default List<CorpusEvent> events(EventFilter filter, CorpusEvents.Key after, int skip, int count) {
        return matching(filter).stream().filter(e -> after == null || e.cluster() > after.cluster()
                || e.cluster() == after.cluster() && e.number() > after.number()).skip(skip).limit(count).toList();
    }

    /** How many stored events the filter picks. */
    default int countEvents(EventFilter filter) {
        return matching(filter).size();
    }

    private List<CorpusEvent> matching(EventFilter filter) {
        List<CorpusEvent> all = corpusEvents().events();
        Map<Long, String> outlets = new HashMap<>();
        heads(all.stream().flatMap(e -> e.articles().stream()).collect(Collectors.toSet()))
                .forEach(h -> outlets.put(h.id(), h.outlet()));
        return all.stream().filter(e -> filter.matches(e, e.articles().stream().map(outlets::get)
                .filter(Objects::nonNull).toList())).toList();
    }

    /** The names of the outlets of the stored articles, each spelling once, in no order. */
    default Set<String> outlets() {
        return articles().stream().map(a -> a.article().source().outlet()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** How many stored articles have this status. */
    default int count(ArticleStatus status) {
        return (int) articles().stream().filter(a -> a.article().status() == status).count();
    }

    /** The stored articles with these ids, in id order, with the parts asked for; the others may be left empty. */
    default List<StoredArticle> articles(Collection<Long> ids, Set<ArticlePart> parts) {
        return articles(ids);
    }

    /**
     * The ids of the stored articles from one of these outlets (their spellings as stored; null: any)
     * with this status (null: any), from the {@code skip}-th on, at most {@code count}, in id order:
     * a page of the articles listing. The SQLite store answers by its primary key and the index of
     * articles by outlet.
     */
    default List<Long> articleIds(Set<String> outlets, ArticleStatus status, int skip, int count) {
        return articles().stream().filter(a -> outlets == null || a.article().source().outlet() != null
                        && outlets.contains(a.article().source().outlet()))
                .filter(a -> status == null || a.article().status() == status).skip(skip).limit(count)
                .map(StoredArticle::id).toList();
    }

    /** How many stored articles {@link #articleIds} would give, counted. */
    default int countArticles(Set<String> outlets, ArticleStatus status) {
        return articleIds(outlets, status, 0, Integer.MAX_VALUE).size();
    }

    /**
     * The keys of the stored quotes or claims ({@code part}) from the {@code skip}-th on, at most
     * {@code count}, in the export's order (by article, then in text order): a page of a listing.
     * With {@code speakers}, of the quotes only those whose speaker is a member of one of these
     * corpus entities. The SQLite store answers by the primary key of quotes or claims (and of entity
     * members for speakers).
     */
    default List<PartKey> partKeys(ArticlePart part, Set<Long> speakers, int skip, int count) {
        PartKey.table(part); // refuses a part not listed by key
        Map<EntityRef, Long> entityOf = speakers == null ? Map.of() : corpusEntities().assignment();
        List<PartKey> keys = new ArrayList<>();
        for (StoredArticle a : articles()) {
            if (part == ArticlePart.CLAIMS) {
                for (int seq = 0; seq < a.article().claims().size(); seq++) {
                    keys.add(new PartKey(a.id(), seq));
                }
                continue;
            }
            for (int seq = 0; seq < a.article().quotes().size(); seq++) {
                Quote q = a.article().quotes().get(seq);
                Long speaker = q.attributed() ? entityOf.get(new EntityRef(a.id(), q.speaker())) : null;
                if (speakers == null || speaker != null && speakers.contains(speaker)) {
                    keys.add(new PartKey(a.id(), seq));
                }
            }
        }
        return keys.stream().skip(skip).limit(count).toList();
    }

    /** How many quotes or claims {@link #partKeys} would give, counted. */
    default int countParts(ArticlePart part, Set<Long> speakers) {
        return partKeys(part, speakers, 0, Integer.MAX_VALUE).size();
    }

    /** How many rejections are recorded. */
    default int countRejections() {
        return rejections().size();
    }

    /** Every recorded rejection, in the order first seen. */
    List<Rejection> rejections();

    /**
     * How many stored articles the corpus model does not account for yet: articles ({@code ok} or
     * copies) not placed in an event cluster, and articles whose entities are not resolved into
     * corpus entities. Zero once an analyze has finished; more while one runs, or after one was
     * stopped before it brought the model up to date. Its cost grows with that number only, not
     * with the store.
     */
    int articlesOutsideCorpusModel();

    @Override
    void close();

    /** An article already in the store. */
    record Known(long id, ArticleStatus status) {}

    /** Where a quote or claim is stored: its article and its place in that article's list, in text order. */
    record PartKey(long article, int seq) {

        /** The table of the part a key names: quotes or claims, the only parts listed by key. */
        public static String table(ArticlePart part) {
            return switch (part) {
                case QUOTES -> "quotes";
                case CLAIMS -> "claims";
                default -> throw new IllegalArgumentException("only quotes and claims are listed by key, not " + part);
            };
        }
    }
}
