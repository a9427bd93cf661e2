package org.newsgraph.cluster;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.embed.SentenceEmbedder;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.StoredArticle;

/**
 * Makes the profile of a stored article: the words of its text, the words of its title and lead,
 * its entities by corpus id, and the signature of its main event (type, participants, place, the
 * day its text gives, the outlet that published it). When the event names no place, the article's
 * scene stands in for it.
 */
public final class ArticleProfiler {

    /**
     * The publication days that the source states (metadata, the page, the address), to which the
     * window of one event's reports holds; a day read from the text is evidence, not a rule.
     */
    private static final Set<Basis> STATED = EnumSet.of(Basis.METADATA, Basis.HTML, Basis.URL);

    private final TermReader terms;
    private final SentenceEmbedder embedder;
    private final ClusterConfig config;

    public ArticleProfiler(TermReader terms, SentenceEmbedder embedder, ClusterConfig config) {
        this.terms = terms;
        this.embedder = embedder;
        this.config = config;
    }

    /**
     * @param entityIds the corpus entity of each single-article entity; null for one not resolved
     */
    public ArticleProfile profile(StoredArticle stored, Function<EntityRef, Long> entityIds) {
        AnalyzedArticle a = stored.article();
        Map<String, Integer> counts = new LinkedHashMap<>();
        terms.count(a.text(), 1, counts);
        terms.countNumbers(a.text(), counts);
        Map<String, Integer> head = new LinkedHashMap<>();
        String title = a.source().title() == null ? "" : a.source().title();
        terms.count(title, 1, head);
        String lead = lead(a.text());
        terms.count(lead, 1, head);
        head.forEach((word, n) -> counts.put(ArticleProfile.headKey(word), n));
        List<LocalEntity> entities = a.entities();
        int leadEnd = lead.length();
        for (int i = 0; i < entities.size(); i++) {
            Long id = entityIds.apply(new EntityRef(stored.id(), i));
            if (id != null && !entities.get(i).mentions().isEmpty()) { // one the headline alone names weighs as before it was known
                counts.merge(ArticleProfile.entityKey(id), entities.get(i).mentions().size(), Integer::sum);
                long inLead = entities.get(i).mentions().stream().filter(m -> m.span().start() < leadEnd).count();
                if (inLead > 0) {
                    counts.merge(ArticleProfile.headKey(ArticleProfile.entityKey(id)), (int) inLead, Integer::sum);
                }
            }
        }
        PublicationDate date = a.source().published();
        String published = date.isKnown() && date.basis() != Basis.WEEKDAY ? date.day() : null;
        boolean stated = STATED.contains(date.basis());
        EventSignature event = a.mainEvent()
                .map(e -> signature(stored.id(), e, entities, entityIds, published, stated))
                .orElse(new EventSignature(null, Map.of(), null, null, published, published, stated));
        event = event.from(a.source().outlet());
        if (event.place() == null) {
            EventPlace scene = scene(stored.id(), entities, entityIds);
            if (scene != null) {
                event = event.at(scene);
            }
        }
        return new ArticleProfile(stored.id(), counts, event, embedder.embed((title + "\n" + lead).strip()));
    }

    /** The first {@code leadChars} of the text, cut where a word ends. */
    private String lead(String text) {
        if (text.length() <= config.leadChars()) {
            return text;
        }
        int cut = text.lastIndexOf(' ', config.leadChars());
        return text.substring(0, cut < 0 ? config.leadChars() : cut);
    }

    /**
     * Where the article is set: the gazetteer city its lead names first (countries are too wide to
     * tell events apart), or null. Most reports name the scene of their story in the first lines.
     */
    private EventPlace scene(long article, List<LocalEntity> entities, Function<EntityRef, Long> entityIds) {
        int first = config.leadChars();
        int chosen = -1;
        for (int i = 0; i < entities.size(); i++) {
            Place p = entities.get(i).place();
            if (p == null || p.isCountry()) {
                continue;
            }
            int start = entities.get(i).mentions().stream().mapToInt(m -> m.span().start()).min().orElse(first);
            if (start < first) {
                first = start;
                chosen = i;
            }
        }
        if (chosen < 0) {
            return null;
        }
        return eventPlace(entityIds.apply(new EntityRef(article, chosen)), entities.get(chosen).place(), false);
    }

    /** A gazetteer place as clustering compares it; an entity not resolved is -1. */
    private static EventPlace eventPlace(Long entity, Place p, boolean stated) {
        return new EventPlace(entity == null ? -1 : entity, p.geonameId(), p.countryCode(), p.isCountry(), p.latitude(),
                p.longitude(), stated);
    }

    private static EventSignature signature(long article, Event event, List<LocalEntity> entities,
            Function<EntityRef, Long> entityIds, String published, boolean stated) {
        Map<Long, Integer> participants = new LinkedHashMap<>();
        for (int index : event.participants()) {
            Long id = entityIds.apply(new EntityRef(article, index));
            if (id != null) {
                participants.put(id, 1);
            }
        }
        EventPlace place = null;
        if (event.hasLocation()) {
            Long id = entityIds.apply(new EntityRef(article, event.location()));
            Place p = entities.get(event.location()).place();
            if (id != null || p != null) {
                place = p == null ? new EventPlace(id, 0, null, false, Double.NaN, Double.NaN)
                        : eventPlace(id, p, true);
            }
        }
        String value = event.date().basis() == Basis.TEXT ? event.date().value() : null;
        String day = value != null && value.length() == 10 ? value : null;
        return new EventSignature(event.type(), participants, place, day, published, published, stated);
    }
}
