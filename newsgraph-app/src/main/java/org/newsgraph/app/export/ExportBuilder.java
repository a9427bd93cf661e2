package org.newsgraph.app.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.Placement;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.model.Timex;
import org.newsgraph.story.QuoteEventLinker;

/**
 * Turns the stored articles, rejections, corpus entities, events and stories into the export
 * document. Entities keep the ids the store gave them, so an id read from one export names the
 * same entity in the next one, or appears in {@code entity_merges} with the id it went into.
 */
public final class ExportBuilder {

    /** Mentions in corpus order: by article, then by place in its text. */
    private static final Comparator<Located> CORPUS_ORDER = Comparator.comparingLong(Located::article)
            .thenComparingInt(l -> l.mention().span().start())
            .thenComparingInt(l -> l.mention().span().end());

    /**
     * @param entities the store's corpus entities as it holds them, in id order
     * @param merges   every merge the store recorded, oldest first
     * @param clusterOf the event cluster of each placed article (copies included)
     * @param events   the corpus events, by cluster, each cluster's main event first
     * @param stories  the stories the events form, by id
     */
    public ExportDocument build(List<StoredArticle> stored, List<Rejection> rejections, List<CorpusEntity> entities,
            List<EntityMerge> merges, Map<Long, Long> clusterOf, List<CorpusEvent> events, List<Story> stories) {
        return build(stored, rejections, entities, merges, clusterOf, events, stories, List.of());
    }

    /** @param history every merge and split of the event clusters, in order */
    public ExportDocument build(List<StoredArticle> stored, List<Rejection> rejections, List<CorpusEntity> entities,
            List<EntityMerge> merges, Map<Long, Long> clusterOf, List<CorpusEvent> events, List<Story> stories,
            List<ClusterHistoryEntry> history) {
        List<ExportDocument.Article> articles = new ArrayList<>();
        stored.forEach(s -> articles.add(article(s)));
        for (int i = 0; i < rejections.size(); i++) {
            articles.add(rejected("r" + (i + 1), rejections.get(i)));
        }
        Map<EntityRef, String> ids = exportIds(entities);
        return new ExportDocument(ExportDocument.VERSION, articles, entities(stored, entities), timexes(stored),
                events.stream().map(ExportBuilder::event).toList(), clusters(stored, clusterOf),
                stories.stream().map(s -> new ExportDocument.Story(s.exportId(), s.title(), s.events())).toList(),
                quotes(stored, ids, new QuoteEventLinker(events)), claims(stored, ids), merges(merges),
                history.stream().map(ExportBuilder::history).toList());
    }

    private static ExportDocument.ClusterHistory history(ClusterHistoryEntry e) {
        ClusterChange c = e.change();
        return new ExportDocument.ClusterHistory(e.seq(), e.at(), c.kind().key(), c.before().stream().map(Placement::exportId).toList(),
                c.after().stream().map(Placement::exportId).toList(),
                c.articles().stream().map(StoredArticle::exportId).toList(), c.score(), c.reason());
    }

    private static ExportDocument.Article article(StoredArticle stored) {
        AnalyzedArticle a = stored.article();
        return new ExportDocument.Article(stored.exportId(), a.source().file(), a.source().title(),
                a.source().outlet(), a.source().outletBasis().label(), a.source().url(), a.source().language(), published(a.source().published()),
                a.status().label(), a.error(),
                a.duplicateOf() == null ? null : StoredArticle.exportId(a.duplicateOf()),
                a.text(), a.removed().stream().map(r -> new ExportDocument.Removed(r.text(), r.reason())).toList(),
                a.notes());
    }

    private static ExportDocument.Article rejected(String id, Rejection r) {
        return new ExportDocument.Article(id, r.input(), null, null, Basis.NONE.label(), null, null, published(PublicationDate.none()),
                ArticleStatus.REJECTED.label(), r.reason(), null, "", List.of(), List.of());
    }

    private static ExportDocument.Published published(PublicationDate p) {
        return new ExportDocument.Published(p.date(), p.basis().label(), p.confidence());
    }

    private static List<ExportDocument.Entity> entities(List<StoredArticle> stored, List<CorpusEntity> entities) {
        Map<Long, List<LocalEntity>> locals = new HashMap<>();
        stored.forEach(s -> locals.put(s.id(), s.article().entities()));
        List<ExportDocument.Entity> out = new ArrayList<>();
        for (CorpusEntity entity : entities) {
            EntityCluster e = entity.cluster();
            List<Located> located = new ArrayList<>();
            for (EntityRef ref : e.members()) {
                locals.get(ref.article()).get(ref.index()).mentions().forEach(m -> located.add(new Located(ref.article(), m)));
            }
            List<ExportDocument.Mention> mentions = located.stream().sorted(CORPUS_ORDER).map(Located::exported).toList();
            int articles = (int) e.members().stream().mapToLong(EntityRef::article).distinct().count();
            out.add(new ExportDocument.Entity(entity.exportId(), e.name(), e.type().name(), e.aliases(), articles,
                    mentions, place(e.place())));
        }
        return out;
    }

    private static List<ExportDocument.Merge> merges(List<EntityMerge> merges) {
        return merges.stream().map(m -> new ExportDocument.Merge(CorpusEntity.exportId(m.merged()),
                CorpusEntity.exportId(m.into()), m.reason())).toList();
    }

    private static ExportDocument.Place place(Place p) {
        if (p == null) {
            return null;
        }
        return new ExportDocument.Place(p.geonameId(), p.name(), p.countryCode(),
                p.hasCoordinates() ? p.latitude() : null, p.hasCoordinates() ? p.longitude() : null, p.population());
    }

    private static List<ExportDocument.Timex> timexes(List<StoredArticle> stored) {
        List<ExportDocument.Timex> out = new ArrayList<>();
        for (StoredArticle s : stored) {
            for (Timex t : s.article().timexes()) {
                out.add(new ExportDocument.Timex(s.exportId(), t.span().start(), t.span().end(), t.text(), t.type(),
                        t.value()));
            }
        }
        return out;
    }

    /** A corpus event as the export writes it. */
    public static ExportDocument.Event event(CorpusEvent e) {
        EventDate d = e.date();
        return new ExportDocument.Event(e.exportId(), e.type(), e.cameo(), e.salience().label(), e.title(),
                new ExportDocument.EventDate(d.value(), d.basis().label(), d.confidence(), d.note()),
                e.location() == null ? null : CorpusEntity.exportId(e.location()),
                e.participants().stream().map(CorpusEntity::exportId).toList(),
                e.articles().stream().map(StoredArticle::exportId).toList(),
                e.evidence().stream().map(v -> new ExportDocument.Evidence(StoredArticle.exportId(v.article()),
                        v.span().start(), v.span().end())).toList(),
                Placement.exportId(e.cluster()));
    }

    /** Each claim with the corpus id of its claimant's entity, as the store assigned it. */
    private static List<ExportDocument.Claim> claims(List<StoredArticle> stored, Map<EntityRef, String> ids) {
        List<ExportDocument.Claim> out = new ArrayList<>();
        for (StoredArticle s : stored) {
            for (Claim c : s.article().claims()) {
                String claimant = c.hasClaimant() ? ids.get(new EntityRef(s.id(), c.claimant())) : null;
                String claimantText = c.hasClaimant() ? c.claimantText() : s.article().source().outlet();
                out.add(new ExportDocument.Claim(s.exportId(), c.span().start(), c.span().end(), c.text(),
                        number(c.value()), c.upper() == null ? null : number(c.upper()), c.unit(), c.qualifier(),
                        claimant, claimantText, c.subject()));
            }
        }
        return out;
    }

    /**
     * Every article's quotes in text order, the speaker's local entity replaced by its corpus id,
     * each with the event it belongs to.
     */
    static List<ExportDocument.Quote> quotes(List<StoredArticle> stored, Map<EntityRef, String> ids,
            QuoteEventLinker events) {
        List<ExportDocument.Quote> out = new ArrayList<>();
        for (StoredArticle s : stored) {
            for (Quote q : s.article().quotes()) {
                String speaker = q.attributed() ? ids.get(new EntityRef(s.id(), q.speaker())) : null;
                String event = events.eventOf(s.id(), q.span()).map(CorpusEvent::exportId).orElse(null);
                out.add(new ExportDocument.Quote(s.exportId(), q.span().start(), q.span().end(), q.text(), q.direct(),
                        speaker, q.speakerText(), q.speakerSpan() == null ? null : q.speakerSpan().start(),
                        q.speakerSpan() == null ? null : q.speakerSpan().end(), q.cue(), event));
            }
        }
        return out;
    }

    /** The export id of the corpus entity each article entity belongs to. */
    private static Map<EntityRef, String> exportIds(List<CorpusEntity> entities) {
        Map<EntityRef, String> ids = new HashMap<>();
        entities.forEach(e -> e.cluster().members().forEach(ref -> ids.put(ref, e.exportId())));
        return ids;
    }

    /** An integral value as a long, so that 20 billion is written 20000000000, not 2.0E10. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 9e15 ? (Number) (long) value : (Number) value;
    }

    /**
     * The partition of the analysed articles and their copies into event clusters, in order of each
     * cluster's first article. An article not placed (stored by a run that did not cluster) stands
     * alone, with its copies.
     */
    private static List<List<String>> clusters(List<StoredArticle> stored, Map<Long, Long> clusterOf) {
        Map<String, List<String>> byCluster = new LinkedHashMap<>();
        for (StoredArticle s : stored) {
            AnalyzedArticle a = s.article();
            if (a.status() != ArticleStatus.OK && a.status() != ArticleStatus.DUPLICATE) {
                continue;
            }
            Long cluster = clusterOf.get(s.id());
            long alone = a.status() == ArticleStatus.DUPLICATE ? a.duplicateOf() : s.id();
            String key = cluster != null ? "c" + cluster : "a" + alone;
            byCluster.computeIfAbsent(key, k -> new ArrayList<>()).add(s.exportId());
        }
        return List.copyOf(byCluster.values());
    }

    /** A mention with the store id of its article. */
    private record Located(long article, Mention mention) {

        ExportDocument.Mention exported() {
            return new ExportDocument.Mention(StoredArticle.exportId(article), mention.span().start(),
                    mention.span().end(), mention.text());
        }
    }
}
