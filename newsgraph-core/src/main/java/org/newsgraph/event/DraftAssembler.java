package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Turns an article's drafts into its events, main event first and the others in text order:
 * the date most trusted among the mentions' (for the main event the lead tells, the lead's, or a
 * later mention's near the publication day; told as news without one, the day the first sentence
 * names, less trusted, else the publication day, less trusted still, as for another event the
 * article reports as news; without a date, why), the
 * most specific place (a city over the country that holds it, then the one named most; for the
 * main event without one, the place the headline sets it in when the text names that place too),
 * participants by prominence (agents first, then how often they are named, people before
 * organisations, the title's names before others), and a title.
 */
final class DraftAssembler {

    private static final double FROM_LEAD = 0.8;
    /**
     * The CAMEO root of statements (speeches, press conferences, messages), whose headline names the
     * speaker's venue or audience as often as a participant ("Speech in the National Assembly").
     */
    private static final String STATEMENT = "01";
    /** The CAMEO root of consultations (meetings, talks, calls, visits), whose lead may say what was discussed by whom. */
    private static final String CONSULTATION = "04";
    /** The CAMEO root of diplomatic cooperation: congratulations, agreements. */
    private static final String COOPERATION = "05";
    /**
     * The CAMEO roots of the events a headline alone may tell (statements, consultations, cooperation:
     * a speech, a call, a meeting, a visit, congratulations, an agreement): a release's text may be the
     * speech or the greeting itself, and never say so. Other events (a protest, an attack, a fire)
     * a text that reports them tells; a headline's word alone is as often a figure ("Markets rally").
     */
    private static final Set<String> HEADLINE_TOLD = Set.of(STATEMENT, CONSULTATION, COOPERATION);
    /**
     * The type of what a quote headline reports ("X: we will win", "... - X"): X made a statement,
     * whatever the quoted words tell.
     */
    private static final String QUOTED = "speech";
    private static final int QUOTED_CHARACTERS = 40;
    private static final String NO_PUBLICATION_DAY = "the article has no publication day";
    /** A week without its day ("XXXX-WXX", "2024-W10"): no publication day makes a day of it. */
    private static final Pattern OPEN_WEEK = Pattern.compile("-W(XX|\\d\\d)$");

    private final EventConfig config;
    private final Salience salience;
    private final Titles titles;
    private final Map<String, EventType> types;

    /** @param types the event types by name, as headlines name them */
    DraftAssembler(EventConfig config, Titles titles, Map<String, EventType> types) {
        this.config = config;
        this.salience = new Salience(config);
        this.titles = titles;
        this.types = types;
    }

    List<Event> assemble(Article article, List<EventDraft> drafts, HeadlineReading headline,
            List<MentionReader.Topic> topics, Dates dates) {
        int main = salience.main(drafts, headline, dates);
        Optional<LocalDate> publicationDay = dates.publicationDay();
        List<Event> events = new ArrayList<>();
        EventDate mainDate = EventDate.none();
        if (main >= 0) {
            EventDraft mainDraft = drafts.get(main);
            mainDate = mainDate(article, mainDraft, drafts, dates);
            events.add(event(article, mainDraft, headlined(mainDraft, headline), EventSalience.MAIN, mainDate, headline, topics));
        } else {
            Optional<Event> told = headlineEvent(article, headline, dates);
            if (told.isPresent()) {
                mainDate = told.get().date();
                events.add(told.get());
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (i != main) {
                EventDraft d = drafts.get(i);
                EventDate date = date(d);
                EventSalience how = salience.of(d, date, mainDate, publicationDay);
                if (!date.isKnown() && how == EventSalience.REPORTED) {
                    date = untimed(d, dates, Integer.MAX_VALUE);
                }
                events.add(event(article, d, d.type(), how, date, headline, List.of()));
            }
        }
        return events;
    }

    /**
     * The type the headline tells the main event as, when the event holds a mention of it (a
     * meeting the headline reports, told in the body as part of a visit), else the event's own.
     */
    private static EventType headlined(EventDraft d, HeadlineReading headline) {
        for (String type : headline.types()) {
            for (EventMention m : d.mentions()) {
                if (m.type().name().equals(type)) {
                    return m.type();
                }
            }
        }
        return d.type();
    }

    /** @param topics the lead's topic verbs, given for the main event only */
    private Event event(Article article, EventDraft d, EventType type, EventSalience how, EventDate date,
            HeadlineReading headline, List<MentionReader.Topic> topics) {
        List<LocalEntity> entities = article.document().entities();
        boolean headlineTells = how == EventSalience.MAIN && headline.told() > 0
                && headline.types().get(0).equals(type.name()) && !STATEMENT.equals(type.cameo());
        Set<Integer> headlineAgents = how == EventSalience.MAIN ? headline.agentsOf(type.name()) : Set.of();
        List<Integer> participants = participants(d, headline, entities, headlineTells,
                CONSULTATION.equals(type.cameo()) ? topics : List.of(), headlineAgents);
        int agent = d.agent() >= 0 ? d.agent() : participants.stream().filter(headlineAgents::contains).findFirst().orElse(-1);
        int location = location(article, d);
        if (location == Event.NO_LOCATION && how == EventSalience.MAIN && headline.places().size() == 1) {
            location = headline.places().iterator().next(); // the headline's "in Lisbon" where the text names it elsewhere
        }
        List<Span> evidence = d.sentences().stream().map(s -> article.sentences().get(s).span()).toList();
        return new Event(type.name(), type.cameo(), how, titles.title(type, entities, participants, agent, d.patient(), location),
                trigger(d), evidence, participants, location, date);
    }

    /**
     * The main event of an article whose lead tells none, from its headline alone, for a statement, a
     * consultation or cooperation only ({@link #HEADLINE_TOLD}): a statement by
     * the speaker of a quote headline ("X: we will win"), else the type its own clause names first
     * ("Speech by President X in Y": a release whose text is the speech itself),
     * who the headline says acted (after "by") and, but for a statement, the people and bodies that
     * clause names; the place it sets the news in; the publication day, less trusted (told as coming,
     * "X to meet Y", no day). It has no trigger or sentence in the text: the title tells it.
     */
    private Optional<Event> headlineEvent(Article article, HeadlineReading headline, Dates dates) {
        boolean quoted = headline.speaker() >= 0 && types.containsKey(QUOTED);
        if (!quoted && (headline.told() == 0 || !types.containsKey(headline.types().get(0)))) {
            return Optional.empty();
        }
        EventType type = types.get(quoted ? QUOTED : headline.types().get(0));
        if (!HEADLINE_TOLD.contains(String.valueOf(type.cameo()))) {
            return Optional.empty(); // "Markets rally as ...": a headline's word alone, no protest
        }
        List<LocalEntity> entities = article.document().entities();
        Map<Integer, Integer> weights = new HashMap<>();
        headline.agentsOf(type.name()).forEach(e -> weights.put(e, 2));
        if (quoted) {
            weights.put(headline.speaker(), 2);
        } else if (!STATEMENT.equals(type.cameo())) {
            peopleAndBodies(headline.around(), entities).forEach(e -> weights.putIfAbsent(e, 1));
        }
        List<Integer> participants = weights.keySet().stream().sorted(Comparator.comparingInt((Integer e) -> -weights.get(e))
                .thenComparingInt(e -> entities.get(e).type() == EntityType.PERSON ? 0 : 1).thenComparingInt(e -> e)).toList();
        int location = headline.places().size() == 1 ? headline.places().iterator().next() : Event.NO_LOCATION;
        int agent = quoted || !headline.agentsOf(type.name()).isEmpty() ? participants.get(0) : -1;
        EventDate date = headline.ahead() ? EventDate.none("told as coming (in the headline)")
                : dates.asPublished().isKnown() ? dates.asPublished() : EventDate.none(NO_PUBLICATION_DAY);
        return Optional.of(new Event(type.name(), type.cameo(), EventSalience.MAIN,
                titles.title(type, entities, participants, agent, -1, location), new Span(0, 0), List.of(), participants,
                location, date));
    }

    /** The trigger of the event's own type in its first sentence ("summit" rather than "met"), else the first. */
    private static Span trigger(EventDraft d) {
        int sentence = d.firstSentence();
        return d.mentions().stream().filter(m -> m.sentence() == sentence && m.type().equals(d.type()))
                .map(EventMention::trigger).min(Comparator.comparingInt(Span::start))
                .orElse(d.mentions().stream().filter(m -> m.sentence() == sentence).map(EventMention::trigger)
                        .min(Comparator.comparingInt(Span::start)).orElseThrow());
    }

    /** The most trusted date among the mentions', the most precise first among equals. */
    private static EventDate date(EventDraft d) {
        return best(d.mentions());
    }

    private static EventDate best(List<EventMention> mentions) {
        return mentions.stream().map(EventMention::date).filter(EventDate::isKnown)
                .max(Comparator.comparingDouble(EventDate::confidence).thenComparingInt(x -> x.value().length()))
                .orElse(EventDate.none());
    }

    /**
     * The main event's date; the main event is one the lead tells or the headline names (the
     * article's news, {@link Salience#main}). The lead's mentions date it; a later mention only when
     * its date lies within the days a report follows its news ({@code reportedDays}) of the
     * publication day, for later mentions of a type are often other events of it ("who was
     * appointed in 2009", "the third such lawsuit since 1981"); then, for news told as now, the day
     * the first sentence names; then, for news told untimed, the publication day. No date says why.
     */
    private EventDate mainDate(Article article, EventDraft main, List<EventDraft> drafts, Dates dates) {
        int lead = config.leadSentences();
        EventDate told = best(main.mentionsBefore(lead));
        if (told.isKnown()) {
            return told;
        }
        EventDate near = best(main.mentions().stream()
                .filter(m -> m.sentence() >= lead && dates.nearPublication(m.date(), config.reportedDays())).toList());
        if (near.isKnown()) {
            return near;
        }
        if (main.frame() != EventLexicon.Frame.NOW) {
            return EventDate.none(toldApart(article, main));
        }
        EventDate first = leadDate(article, dates, drafts);
        if (first.isKnown()) {
            return first;
        }
        return untimed(main, dates, lead);
    }

    /**
     * The date of an event told as news without one of its own: the publication day, less trusted
     * (it happened that day or just before), unless a time expression of its first {@code sentences}
     * tells it without a day ("this week"); without a date, why.
     */
    private static EventDate untimed(EventDraft d, Dates dates, int sentences) {
        Optional<Timex> time = d.timeWithin(sentences);
        if (time.isPresent()) {
            return EventDate.none(timed(time.get(), dates.publicationDay().isPresent()));
        }
        EventDate published = dates.asPublished();
        return published.isKnown() ? published : EventDate.none(NO_PUBLICATION_DAY);
    }

    /**
     * Why an event the lead times has no date: its time gives no day ("this week"), or it names one
     * that only the publication day could place ("Wednesday", "in July") and the article has none.
     */
    private static String timed(Timex time, boolean publicationDay) {
        String value = time.value();
        boolean placeable = value != null && value.startsWith("XXXX") && !OPEN_WEEK.matcher(value).find();
        return placeable && !publicationDay
                ? "timed " + quoted(time.text()) + ", and the article has no publication day to place it"
                : "timed without a day (" + quoted(time.text()) + ")";
    }

    /**
     * Why an event told before or after the reported time has no date: how, and the words that say
     * so, with its trigger after an ellipsis when they stand apart ("will … sanctions").
     */
    private static String toldApart(Article article, EventDraft d) {
        String how = d.frame() == EventLexicon.Frame.PAST ? "told as past" : "told as coming";
        Span cue = d.frameWords();
        if (cue == null) {
            return how;
        }
        Span trigger = d.first().trigger();
        String text = article.text();
        String words = cue.contains(trigger) ? cue.of(text)
                : cue.start() < trigger.start() ? cue.of(text) + " … " + trigger.of(text)
                : trigger.of(text) + " … " + cue.of(text);
        return how + " (" + quoted(words) + ")";
    }

    /** Words on one line, in quotation marks, cut short when long. */
    private static String quoted(String text) {
        String words = text.replaceAll("\\s+", " ").strip();
        return "\"" + (words.length() <= QUOTED_CHARACTERS ? words : words.substring(0, QUOTED_CHARACTERS - 1) + "…") + "\"";
    }

    /**
     * The first day the text's first sentence names outside a "since" or "until" phrase, less
     * trusted: the lead's "on Thursday" or a date line says when the news happened. None when an
     * event of that sentence already holds a date of its own.
     */
    private static EventDate leadDate(Article article, Dates dates, List<EventDraft> drafts) {
        boolean claimed = drafts.stream().flatMap(d -> d.mentions().stream())
                .anyMatch(m -> m.sentence() == 0 && m.date().isKnown());
        if (claimed || article.sentences().isEmpty()) {
            return EventDate.none();
        }
        for (Article.Dated d : article.dated(0)) {
            Optional<EventDate> date = dates.of(d.timex()).filter(x -> Dates.isDay(x.value()));
            if (date.isPresent() && !bounded(article, 0, d.first())) {
                return new EventDate(date.get().value(), Basis.TEXT, date.get().confidence() * FROM_LEAD);
            }
        }
        return EventDate.none();
    }

    private static boolean bounded(Article article, int sentence, int first) {
        for (int i = Math.max(0, first - 3); i < first; i++) {
            String word = article.tokens(sentence).get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (word.equals("since") || word.equals("until") || word.equals("from") || word.equals("till")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event's participants by prominence; when the headline tells this event ({@code headlineTells}:
     * the main event, no statement, of the type the headline's own clause names first), the people
     * and organisations named in that part of the headline join it too, though the sentences that
     * tell it do not name them ("Talks with X" over "Talks took place in Y"). Then, for a main
     * consultation, those a topic verb of the lead names beside one of them ("X and Y discussed
     * trade"): the sentence says what the same people talked about, and who else was there. The main
     * event's agents the headline names after "by" ("Speech by X") join it whatever its type: a
     * statement's headline names its venue too, but not after "by".
     */
    private static List<Integer> participants(EventDraft d, HeadlineReading headline, List<LocalEntity> entities,
            boolean headlineTells, List<MentionReader.Topic> topics, Set<Integer> headlineAgents) {
        Map<Integer, Integer> weights = new HashMap<>(d.participants());
        headlineAgents.forEach(e -> weights.putIfAbsent(e, 1));
        if (headlineTells) {
            peopleAndBodies(headline.around(), entities).forEach(e -> weights.putIfAbsent(e, 1));
        }
        for (MentionReader.Topic topic : topics) {
            if (topic.participants().stream().anyMatch(weights::containsKey)) {
                topic.participants().stream().sorted().forEach(e -> weights.putIfAbsent(e, 1));
            }
        }
        Map<Integer, Integer> firstSeen = new HashMap<>();
        for (EventMention m : d.mentions()) {
            // in the article's order of entities within a mention: its map has none, and ties must not depend on it
            m.participants().keySet().stream().sorted().forEach(e -> firstSeen.putIfAbsent(e, firstSeen.size()));
        }
        weights.keySet().stream().sorted().forEach(e -> firstSeen.putIfAbsent(e, firstSeen.size()));
        Comparator<Integer> prominence = Comparator.comparingInt((Integer e) -> weights.get(e)
                + (entities.get(e).type() == EntityType.PERSON ? 1 : 0) + (headline.entities().contains(e) ? 2 : 0))
                .reversed().thenComparingInt(firstSeen::get);
        return weights.keySet().stream().sorted(prominence).toList();
    }

    /** Those of {@code among} that are people or organisations, the only participants a headline lends. */
    private static Stream<Integer> peopleAndBodies(Set<Integer> among, List<LocalEntity> entities) {
        return among.stream().filter(e -> entities.get(e).type() == EntityType.PERSON
                || entities.get(e).type() == EntityType.ORGANIZATION);
    }

    /** The most specific of the places the mentions give: a city over its country, then the one named most. */
    private static int location(Article article, EventDraft d) {
        List<Integer> places = new ArrayList<>(d.places());
        if (places.isEmpty()) {
            return Event.NO_LOCATION;
        }
        Comparator<Integer> specific = Comparator.comparingInt((Integer p) -> rank(article.entity(p).place()))
                .thenComparingLong(p -> -d.mentions().stream().filter(m -> m.place() == p).count());
        return places.stream().min(specific).orElseThrow();
    }

    private static int rank(Place place) {
        return place == null ? 1 : place.isCountry() ? 2 : 0;
    }
}
