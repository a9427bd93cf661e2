package org.newsgraph.app.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClusterChange;
import org.newsgraph.model.ClusterHistoryEntry;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Placement;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rejection;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.model.Story;
import org.newsgraph.model.Timex;
import org.newsgraph.story.QuoteEventLinker;

/**
 * One element of the export from the stored values it shows: an article, an entity, a timex, an
 * event, a quote, a claim. Entities keep the ids the store gave them, so an id read from one export
 * names the same entity in the next one, or appears in {@code entity_merges} with the id it went into;
 * events likewise, in {@code event_merges}.
 */
public final class ExportRecords {

    /** Mentions in corpus order: by article, then by place in its text. */
    private static final Comparator<Located> CORPUS_ORDER = Comparator.comparingLong(Located::article)
            .thenComparingInt(l -> l.mention().span().start())
            .thenComparingInt(l -> l.mention().span().end());

    private ExportRecords() {}

    static ExportDocument.Article article(StoredArticle stored) {
        AnalyzedArticle a = stored.article();
        return new ExportDocument.Article(stored.exportId(), a.source().file(), a.source().title(),
                a.source().outlet(), a.source().outletBasis().label(), a.source().url(), a.source().language(), published(a.source().published()),
                a.status().label(), a.error(),
                a.duplicateOf() == null ? null : StoredArticle.exportId(a.duplicateOf()),
                a.text(), a.removed().stream().map(r -> new ExportDocument.Removed(r.text(), r.reason())).toList(),
                a.notes());
    }

    /** A rejected input, which the export lists with the articles under an id of its own ({@code r1}). */
    static ExportDocument.Article rejected(String id, Rejection r) {
        return new ExportDocument.Article(id, r.input(), null, null, Basis.NONE.label(), null, null, published(PublicationDate.none()),
                ArticleStatus.REJECTED.label(), r.reason(), null, "", List.of(), List.of());
    }

    private static ExportDocument.Published published(PublicationDate p) {
        return new ExportDocument.Published(p.date(), p.basis().label(), p.confidence());
    }

    /**
     * A corpus entity with the mentions of its members in corpus order.
     *
     * @param mentions the mentions of each single-article entity, at least of this one's members
     */
    static ExportDocument.Entity entity(CorpusEntity entity, Map<EntityRef, List<Mention>> mentions) {
        EntityCluster e = entity.cluster();
        List<Located> located = new ArrayList<>();
        for (EntityRef ref : e.members()) {
            mentions.getOrDefault(ref, List.of()).forEach(m -> located.add(new Located(ref.article(), m)));
        }
        List<ExportDocument.Mention> exported = located.stream().sorted(CORPUS_ORDER).map(Located::exported).toList();
        int articles = (int) e.members().stream().mapToLong(EntityRef::article).distinct().count();
        return new ExportDocument.Entity(entity.exportId(), e.name(), e.type().name(), e.aliases(), articles,
                exported, place(e.place()));
    }

    private static ExportDocument.Place place(Place p) {
        if (p == null) {
            return null;
        }
        return new ExportDocument.Place(p.geonameId(), p.name(), p.countryCode(),
                p.hasCoordinates() ? p.latitude() : null, p.hasCoordinates() ? p.longitude() : null, p.population());
    }

    static ExportDocument.Timex timex(StoredArticle s, Timex t) {
        return new ExportDocument.Timex(s.exportId(), t.span().start(), t.span().end(), t.text(), t.type(), t.value());
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

    static ExportDocument.Story story(Story s) {
        return new ExportDocument.Story(s.exportId(), s.title(), s.events());
    }

    /**
     * A quote with its speaker's corpus entity id and the event it belongs to.
     *
     * @param entityOf the corpus entity of each single-article entity, at least of this article's
     * @param events   the events of this article, at least
     */
    static ExportDocument.Quote quote(StoredArticle s, Quote q, Map<EntityRef, Long> entityOf, QuoteEventLinker events) {
        String speaker = q.attributed() ? entityId(entityOf, new EntityRef(s.id(), q.speaker())) : null;
        String event = events.eventOf(s.id(), q.span()).map(CorpusEvent::exportId).orElse(null);
        return new ExportDocument.Quote(s.exportId(), q.span().start(), q.span().end(), q.text(), q.direct(),
                speaker, q.speakerText(), q.speakerSpan() == null ? null : q.speakerSpan().start(),
                q.speakerSpan() == null ? null : q.speakerSpan().end(), q.cue(), event);
    }

    /**
     * A claim with the corpus id of its claimant's entity, as the store assigned it, else the outlet
     * as its claimant's words.
     */
    static ExportDocument.Claim claim(StoredArticle s, Claim c, Map<EntityRef, Long> entityOf) {
        String claimant = c.hasClaimant() ? entityId(entityOf, new EntityRef(s.id(), c.claimant())) : null;
        String claimantText = c.hasClaimant() ? c.claimantText() : s.article().source().outlet();
        return new ExportDocument.Claim(s.exportId(), c.span().start(), c.span().end(), c.text(),
                number(c.value()), c.upper() == null ? null : number(c.upper()), c.unit(), c.qualifier(),
                claimant, claimantText, c.subject());
    }

    /** The export id of the corpus entity an article's entity belongs to, null when it is in none yet. */
    private static String entityId(Map<EntityRef, Long> entityOf, EntityRef ref) {
        Long id = entityOf.get(ref);
        return id == null ? null : CorpusEntity.exportId(id);
    }

    /** An integral value as a long, so that 20 billion is written 20000000000, not 2.0E10. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 9e15 ? (Number) (long) value : (Number) value;
    }

    public static ExportDocument.Merge merge(EntityMerge m) {
        return new ExportDocument.Merge(CorpusEntity.exportId(m.merged()), CorpusEntity.exportId(m.into()), m.reason());
    }

    public static ExportDocument.Merge merge(EventMerge m) {
        return new ExportDocument.Merge(m.merged().exportId(), m.into().exportId(), m.reason());
    }

    static ExportDocument.ClusterHistory history(ClusterHistoryEntry e) {
        ClusterChange c = e.change();
        return new ExportDocument.ClusterHistory(e.seq(), e.at(), c.kind().key(), c.before().stream().map(Placement::exportId).toList(),
                c.after().stream().map(Placement::exportId).toList(),
                c.articles().stream().map(StoredArticle::exportId).toList(), c.score(), c.reason());
    }

    /** A mention with the store id of its article. */
    private record Located(long article, Mention mention) {

        ExportDocument.Mention exported() {
            return new ExportDocument.Mention(StoredArticle.exportId(article), mention.span().start(),
                    mention.span().end(), mention.text());
        }
    }
}
