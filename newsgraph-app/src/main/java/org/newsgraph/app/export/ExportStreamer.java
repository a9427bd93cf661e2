package org.newsgraph.app.export;

import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.AnalyzedArticle;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.newsgraph.cluster.ClusterDater;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.model.Timex;
import org.newsgraph.store.ArticlePart;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.story.QuoteEventLinker;

/**
 * Writes the export of a store section by section, each from pages of store queries, so that what
 * it holds at a time is a page (of articles, entities, events, sets of a cluster, stories), never
 * the corpus: the articles dated by their clusters, then the corpus model as analyze stored it.
 * What the model does not account for yet is exported as far as it goes: an article in no cluster
 * stands alone in the clusters and gives no event, an entity not yet resolved is in no corpus entity,
 * events and stories are those stored last. Nothing is merged or threaded here.
 */
public final class ExportStreamer {

    /** Articles a page: the largest unit read, each with its text and one part of its analysis. */
    static final int ARTICLE_PAGE = 200;
    /** Entities, events, cluster sets and stories a page. */
    static final int PAGE = 1_000;

    private final ObjectWriter json;

    /** @param json writes each element of a section as the export writes it */
    ExportStreamer(ObjectWriter json) {
        this.json = json;
    }

    /** Writes the export of the store, one JSON object, and says how many articles and entities it holds. */
    public Written write(ArticleStore store, JsonGenerator out) throws IOException {
        int[] counts = new int[2];
        out.writeStartObject();
        out.writeNumberField("version", ExportDocument.VERSION);
        section(out, "articles", () -> counts[0] = articles(store, out));
        section(out, "entities", () -> counts[1] = entities(store, out));
        section(out, "timexes", () -> timexes(store, out));
        section(out, "events", () -> events(store.corpusEvents(), out));
        section(out, "clusters", () -> clusters(store, out));
        section(out, "stories", () -> stories(store.corpusEvents(), out));
        section(out, "quotes", () -> quotes(store, out));
        section(out, "claims", () -> claims(store, out));
        // merges and splits, which grow with the corpus model's changes, not with its articles
        section(out, "entity_merges", () -> {
            for (EntityMerge m : store.corpusEntities().merges()) {
                json.writeValue(out, ExportRecords.merge(m));
            }
        });
        section(out, "cluster_history", () -> {
            for (ClusterHistoryEntry h : store.eventClusters().history()) {
                json.writeValue(out, ExportRecords.history(h));
            }
        });
        section(out, "event_merges", () -> {
            for (EventMerge m : store.corpusEvents().eventMerges()) {
                json.writeValue(out, ExportRecords.merge(m));
            }
        });
        out.writeEndObject();
        out.flush();
        return new Written(counts[0], counts[1]);
    }

    /** One field of the export, an array whose elements {@code elements} writes. */
    private static void section(JsonGenerator out, String field, Section elements) throws IOException {
        out.writeArrayFieldStart(field);
        elements.write();
        out.writeEndArray();
    }

    /** The stored articles, each undated one dated by its cluster where it can, then the rejected inputs. */
    private int articles(ArticleStore store, JsonGenerator out) throws IOException {
        int count = 0;
        for (List<StoredArticle> page : pages(store, ArticlePart.REMOVED)) {
            for (ExportDocument.Article a : articles(store, page)) {
                json.writeValue(out, a);
            }
            count += page.size();
        }
        List<Rejection> rejections = store.rejections();
        for (ExportDocument.Article r : rejected(rejections, 0)) {
            json.writeValue(out, r);
        }
        return count + rejections.size();
    }

    /**
     * A page of stored articles as the export gives them, each undated one dated by its cluster where
     * it can (the cluster's earliest report, by the index of members by cluster).
     */
    public static List<ExportDocument.Article> articles(ArticleStore store, List<StoredArticle> page) {
        Map<Long, Long> clusterOf = store.eventClusters().assignment(page.stream().map(StoredArticle::id).toList());
        Map<Long, PublicationDate> earliest = store.earliestPublished(new HashSet<>(clusterOf.values()));
        return new ClusterDater().dated(page, clusterOf, earliest).stream().map(ExportRecords::article).toList();
    }

    /**
     * Rejections as the export lists them after the articles, from the {@code from}-th on: numbered
     * by their place among every rejection recorded ({@code r1} the first).
     */
    public static List<ExportDocument.Article> rejected(List<Rejection> rejections, int from) {
        List<ExportDocument.Article> rejected = new ArrayList<>();
        for (int i = from; i < rejections.size(); i++) {
            rejected.add(ExportRecords.rejected("r" + (i + 1), rejections.get(i)));
        }
        return rejected;
    }

    private int entities(ArticleStore store, JsonGenerator out) throws IOException {
        int count = 0;
        List<CorpusEntity> page = store.corpusEntities().entitiesAfter(0, PAGE);
        while (!page.isEmpty()) {
            Set<EntityRef> members = new HashSet<>();
            page.forEach(e -> members.addAll(e.cluster().members()));
            Map<EntityRef, List<Mention>> mentions = store.mentions(members);
            for (CorpusEntity e : page) {
                json.writeValue(out, ExportRecords.entity(e, mentions));
            }
            count += page.size();
            page = store.corpusEntities().entitiesAfter(page.get(page.size() - 1).id(), PAGE);
        }
        return count;
    }

    private void timexes(ArticleStore store, JsonGenerator out) throws IOException {
        for (List<StoredArticle> page : pages(store, ArticlePart.TIMEXES)) {
            for (StoredArticle s : page) {
                for (Timex t : s.article().timexes()) {
                    json.writeValue(out, ExportRecords.timex(s, t));
                }
            }
        }
    }

    private void events(CorpusEvents events, JsonGenerator out) throws IOException {
        List<CorpusEvent> page = events.eventsAfter(null, PAGE);
        while (!page.isEmpty()) {
            for (CorpusEvent e : page) {
                json.writeValue(out, ExportRecords.event(e));
            }
            CorpusEvent last = page.get(page.size() - 1);
            page = events.eventsAfter(new CorpusEvents.Key(last.cluster(), last.number()), PAGE);
        }
    }

    /** Each set of the partition of the articles by event cluster, as an array of article ids. */
    private static void clusters(ArticleStore store, JsonGenerator out) throws IOException {
        List<List<Long>> page = store.clusterSetsAfter(0, PAGE);
        while (!page.isEmpty()) {
            for (List<Long> set : page) {
                out.writeStartArray();
                for (long article : set) {
                    out.writeString(StoredArticle.exportId(article));
                }
                out.writeEndArray();
            }
            page = store.clusterSetsAfter(page.get(page.size() - 1).get(0), PAGE);
        }
    }

    private void stories(CorpusEvents events, JsonGenerator out) throws IOException {
        int from = 0;
        for (List<Story> page = events.stories(from, PAGE); !page.isEmpty(); page = events.stories(from, PAGE)) {
            for (Story s : page) {
                json.writeValue(out, ExportRecords.story(s));
            }
            from += page.size();
        }
    }

    private void quotes(ArticleStore store, JsonGenerator out) throws IOException {
        for (List<StoredArticle> page : pages(store, ArticlePart.QUOTES)) {
            for (ExportDocument.Quote q : quotes(store, page)) {
                json.writeValue(out, q);
            }
        }
    }

    private void claims(ArticleStore store, JsonGenerator out) throws IOException {
        for (List<StoredArticle> page : pages(store, ArticlePart.CLAIMS)) {
            for (ExportDocument.Claim c : claims(store, page)) {
                json.writeValue(out, c);
            }
        }
    }

    /**
     * The part of the export that one event cluster's page shows, in memory, with the whole export's
     * ids: {@code articles} (dated as the export dates them; the cluster's members and the other
     * articles its events cite), the corpus entities they name with their mentions in them, the
     * cluster's events and the stories that hold one of them. No rejection, merge or history.
     */
    public static ExportDocument ofCluster(ArticleStore store, List<StoredArticle> articles, List<CorpusEntity> entities,
            Map<Long, Long> clusterOf, List<CorpusEvent> events, List<Story> stories) {
        Set<EntityRef> members = new HashSet<>();
        entities.forEach(e -> members.addAll(e.cluster().members()));
        Map<EntityRef, List<Mention>> mentions = store.mentions(members);
        List<ExportDocument.Timex> timexes = new ArrayList<>();
        articles.forEach(a -> a.article().timexes().forEach(t -> timexes.add(ExportRecords.timex(a, t))));
        return new ExportDocument(ExportDocument.VERSION, articles.stream().map(ExportRecords::article).toList(),
                entities.stream().map(e -> ExportRecords.entity(e, mentions)).toList(), timexes,
                events.stream().map(ExportRecords::event).toList(), sets(articles, clusterOf),
                stories.stream().map(ExportRecords::story).toList(), quotes(store, articles), claims(store, articles),
                List.of(), List.of());
    }

    /** The articles grouped as the export's {@code clusters} groups them: by cluster, else each alone. */
    private static List<List<String>> sets(List<StoredArticle> articles, Map<Long, Long> clusterOf) {
        Map<String, List<String>> byCluster = new LinkedHashMap<>();
        for (StoredArticle s : articles) {
            AnalyzedArticle a = s.article();
            if (a.status() != ArticleStatus.OK && a.status() != ArticleStatus.DUPLICATE) {
                continue;
            }
            Long cluster = clusterOf.get(s.id());
            long alone = a.status() == ArticleStatus.DUPLICATE ? a.duplicateOf() : s.id();
            byCluster.computeIfAbsent(cluster != null ? "c" + cluster : "a" + alone, k -> new ArrayList<>())
                    .add(s.exportId());
        }
        return List.copyOf(byCluster.values());
    }

    /**
     * The quotes of a page of articles read with {@link ArticlePart#QUOTES}, as the export gives them:
     * in text order, each with its speaker's corpus id and its event.
     */
    public static List<ExportDocument.Quote> quotes(ArticleStore store, List<StoredArticle> page) {
        List<Long> ids = page.stream().map(StoredArticle::id).toList();
        Map<EntityRef, Long> entityOf = store.corpusEntities().assignment(ids);
        QuoteEventLinker linker = new QuoteEventLinker(store.corpusEvents().eventsReportedBy(ids));
        return page.stream().flatMap(s -> s.article().quotes().stream().map(q -> ExportRecords.quote(s, q, entityOf, linker)))
                .toList();
    }

    /**
     * The claims of a page of articles read with {@link ArticlePart#CLAIMS}, as the export gives them:
     * in text order, each with its claimant's corpus id.
     */
    public static List<ExportDocument.Claim> claims(ArticleStore store, List<StoredArticle> page) {
        Map<EntityRef, Long> entityOf = store.corpusEntities().assignment(page.stream().map(StoredArticle::id).toList());
        return page.stream().flatMap(s -> s.article().claims().stream().map(c -> ExportRecords.claim(s, c, entityOf)))
                .toList();
    }

    /**
     * The stored articles a page at a time, in id order, each page read when the one before is done:
     * their text and metadata and the one part asked for.
     */
    public static Iterable<List<StoredArticle>> pages(ArticleStore store, ArticlePart part) {
        return () -> new Iterator<>() {
            private List<StoredArticle> next = store.articlesAfter(0, ARTICLE_PAGE, EnumSet.of(part));

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<StoredArticle> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<StoredArticle> page = next;
                next = page.size() < ARTICLE_PAGE ? List.of()
                        : store.articlesAfter(page.get(page.size() - 1).id(), ARTICLE_PAGE, EnumSet.of(part));
                return page;
            }
        };
    }

    /** Writes the elements of one section. */
    @FunctionalInterface
    private interface Section {
        void write() throws IOException;
    }

    /** What an export holds: articles (with the rejected inputs) and corpus entities. */
    public record Written(int articles, int entities) {}
}
