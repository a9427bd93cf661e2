package org.newsgraph.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;
import org.newsgraph.model.StoredArticle;

/**
 * Makes the profile of a stored article: the words of its title and text, its entities by corpus
 * id, and the signature of its main event (type, participants, place, day). When the event names no
 * place, the article's scene stands in for it.
 */
public final class ArticleProfiler {

    private final TermReader terms;
    private final ClusterConfig config;

    public ArticleProfiler(TermReader terms, ClusterConfig config) {
        this.terms = terms;
        this.config = config;
    }

    /**
     * @param entityIds the corpus entity of each single-article entity; null for one not resolved
     */
    public ArticleProfile profile(StoredArticle stored, Function<EntityRef, Long> entityIds) {
        AnalyzedArticle a = stored.article();
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (a.source().title() != null) {
            terms.count(a.source().title(), config.titleWeight(), counts);
        }
        terms.count(a.text(), 1, counts);
        List<LocalEntity> entities = a.entities();
        for (int i = 0; i < entities.size(); i++) {
            Long id = entityIds.apply(new EntityRef(stored.id(), i));
            if (id != null) {
                counts.merge(ArticleProfile.entityKey(id), entities.get(i).mentions().size(), Integer::sum);
            }
        }
        String published = a.source().published().isKnown() ? a.source().published().day() : null;
        EventSignature event = a.mainEvent()
                .map(e -> signature(stored.id(), e, entities, entityIds, published))
                .orElse(EventSignature.unknown(published));
        if (event.place() == null) {
            EventPlace scene = scene(stored.id(), entities, entityIds);
            if (scene != null) {
                event = new EventSignature(event.type(), event.participants(), scene, event.date(), event.published());
            }
        }
        return new ArticleProfile(stored.id(), counts, event);
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
            Function<EntityRef, Long> entityIds, String published) {
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
        String value = event.date().value();
        String day = value != null && value.length() == 10 ? value : null;
        return new EventSignature(event.type(), participants, place, day, published);
    }
}
