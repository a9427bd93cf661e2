package org.newsgraph.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Finds the events an article tells: triggers typed by the taxonomy ({@link MentionReader}),
 * what each trigger's clause says of participants, place, date and time frame, mentions of one
 * event gathered ({@link MentionMerger}), the main event chosen and the others told as reported or
 * mentioned ({@link Salience}), each with a short title ({@link DraftAssembler}). Dates come from
 * the time expressions when the annotator gives them (their values re-normalised when the
 * document has {@link Facet#TIMEX_VALUES}); without them events have no date.
 */
public final class EventExtractor implements Stage {

    private final EventLexicon lexicon;
    private final MentionReader mentions;
    private final RoleNames roles;
    private final DraftAssembler assembler;
    private final Titles titles;
    private final EventConfig config;

    public EventExtractor(EventLexicon lexicon, EventConfig config) {
        this.lexicon = lexicon;
        this.config = config;
        this.mentions = new MentionReader(lexicon, config);
        this.roles = new RoleNames(lexicon.naming().roleStandIns());
        this.titles = new Titles(lexicon.naming().surnameParticles(), lexicon.naming().familyFirst());
        this.assembler = new DraftAssembler(config, titles, lexicon.types());
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER, Facet.ENTITIES, Facet.PLACES,
                Facet.ALIASES, Facet.QUOTES, Facet.DATELINE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        Article article = new Article(document, roles);
        Dates dates = new Dates(document.source().published());
        List<EventDraft> drafts = new MentionMerger(article, dates, config).merge(mentions.read(article, dates));
        HeadlineReading headline = HeadlineReading.read(document.source().title(), document.entities(), lexicon, titles);
        List<Event> events = assembler.assemble(article, drafts, headline, mentions.topics(article), dates);
        return document.withEvents(events);
    }
}
