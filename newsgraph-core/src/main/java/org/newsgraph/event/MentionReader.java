package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;

/**
 * Finds the triggers of each sentence (the longest phrase of the lexicon at each word, matched on
 * lemmas) and reads what each trigger's clause says of its event: participants, place, date and
 * frame. Words inside names and time expressions name no event.
 */
final class MentionReader {

    private final EventLexicon lexicon;
    private final PlaceReader places;
    private final ParticipantReader participants;
    /** How many words after a possessive time expression's "'s" the noun it owns may stand. */
    private static final int POSSESSED_REACH = 3;

    private final FrameReader frames;
    private final int leadSentences;

    /**
     * A verb of the lead that tells what a consultation was about ("X and Y discussed trade"), with
     * the people and organisations its clause names.
     */
    record Topic(int sentence, Set<Integer> participants) {}

    MentionReader(EventLexicon lexicon, EventConfig config) {
        this.lexicon = lexicon;
        this.leadSentences = config.leadSentences();
        this.places = new PlaceReader(lexicon.clauses().placeCues());
        this.participants = new ParticipantReader(lexicon.clauses().portfolioOffices());
        this.frames = new FrameReader(lexicon.clauses().frameCues(), config.cueWindow());
    }

    List<EventMention> read(Article article, Dates dates) {
        List<EventMention> mentions = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            int sentence = s;
            List<Token> tokens = article.tokens(s);
            List<TriggerTable.Match> found = lexicon.triggers().find(tokens.size(), i -> article.lemmas(sentence, i),
                    i -> tokens.get(i).text(), (i, pos) -> fits(tokens.get(i), pos), i -> !article.eventWord(sentence, i));
            found.removeIf(m -> m.phrase().type() == null);
            boolean[] triggers = new boolean[tokens.size()];
            found.forEach(m -> java.util.Arrays.fill(triggers, m.first(), m.last() + 1, true));
            for (TriggerTable.Match m : found) {
                mentions.add(mention(article, dates, sentence, m, triggers));
            }
        }
        return mentions;
    }

    /** The topic verbs of the lead ({@link EventLexicon.Clauses#topicVerbs}) whose clause names someone. */
    List<Topic> topics(Article article) {
        List<Topic> topics = new ArrayList<>();
        for (int s = 0; s < Math.min(leadSentences, article.sentences().size()); s++) {
            List<Token> tokens = article.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).pos().startsWith("VB") || article.lemmas(s, i).stream().noneMatch(lexicon.clauses().topicVerbs()::contains)) {
                    continue;
                }
                Clause clause = Clause.of(tokens, i, i, false, lexicon.clauses().boundaries());
                Set<Integer> who = participants.read(article, s, i, i, false, clause).weights().keySet();
                if (!who.isEmpty()) {
                    topics.add(new Topic(s, Set.copyOf(who)));
                }
            }
        }
        return topics;
    }

    private EventMention mention(Article article, Dates dates, int sentence, TriggerTable.Match m, boolean[] triggers) {
        EventType type = lexicon.type(m.phrase().type());
        boolean noun = article.tokens(sentence).get(m.first()).pos().startsWith("NN");
        Clause clause = Clause.of(article.tokens(sentence), m.first(), m.last(), noun, lexicon.clauses().boundaries());
        Clause own = clause.cutAt(m.first(), m.last(), triggers);
        ParticipantReader.Participants who = participants.read(article, sentence, m.first(), m.last(), noun, clause);
        int place = places.place(article, type, sentence, m.first(), m.last(), noun, own);
        EventDate date = date(article, dates, sentence, m, noun, own).orElse(EventDate.none());
        Timex time = article.dated(sentence).stream()
                .filter(d -> tellsWhen(article, sentence, d) && governed(article, sentence, d, m, noun, own))
                .findFirst().map(Article.Dated::timex).orElse(null);
        FrameReader.Reading frame = frames.frame(article, sentence, m.first(), m.last(), clause);
        return new EventMention(type, sentence, m.first(), m.last(), article.span(sentence, m.first(), m.last()),
                who.weights(), who.agent(), who.patient(), place, date, time, frame.frame(), frame.words(),
                clause.wideFirst(), clause.wideLast());
    }

    /**
     * The date of the time expression in the trigger's clause that names a day, month or year: the
     * nearest after the trigger ("met ... on Monday", "the summit ... on Thursday"), else the nearest
     * before it ("On Monday, X met").
     */
    private static Optional<EventDate> date(Article article, Dates dates, int sentence, TriggerTable.Match m, boolean noun,
            Clause clause) {
        Optional<EventDate> before = Optional.empty();
        for (Article.Dated d : article.dated(sentence)) {
            boolean after = d.first() > m.last();
            Optional<EventDate> date = governed(article, sentence, d, m, noun, clause) ? dates.of(d.timex())
                    : Optional.empty();
            if (date.isPresent() && after) {
                return date;
            }
            if (date.isPresent() && d.last() < m.first()) {
                before = date;
            }
        }
        return before;
    }

    /**
     * Whether the trigger's clause holds the time expression: after a noun, its predicate's too. A
     * possessive one ("this year's conference") belongs to the noun phrase it opens: it governs a
     * noun trigger of that phrase ("last year's summit"), never a verb ("yesterday, at this year's
     * conference, he unveiled").
     */
    private static boolean governed(Article article, int sentence, Article.Dated d, TriggerTable.Match m, boolean noun,
            Clause clause) {
        int owner = possessive(article.tokens(sentence), d.last());
        if (owner >= 0) {
            return noun && m.first() > owner && m.first() - owner <= POSSESSED_REACH;
        }
        if (d.first() > m.last()) {
            return noun ? clause.widelyHolds(d.first()) : clause.holds(d.first());
        }
        return clause.holds(d.last());
    }

    /**
     * Whether a time expression says when something happens: a date or a time, not a length ("a
     * two-day visit", "the 99 days of war"), a frequency ("daily") or an adjective of its noun
     * ("the current situation").
     */
    private static boolean tellsWhen(Article article, int sentence, Article.Dated d) {
        if (!Dates.pointInTime(d.timex())) {
            return false;
        }
        List<Token> tokens = article.tokens(sentence);
        for (int i = d.first(); i <= d.last(); i++) {
            if (!tokens.get(i).pos().startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }

    /** The index of the "'s" that ends a time expression ending at {@code last}, or -1. */
    private static int possessive(List<Token> tokens, int last) {
        if (tokens.get(last).pos().equals("POS")) {
            return last;
        }
        return last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("POS") ? last + 1 : -1;
    }

    private static boolean fits(Token token, TriggerTable.Pos pos) {
        return switch (pos) {
            case VERB -> token.pos().startsWith("VB");
            case NOUN -> token.pos().startsWith("NN");
            case ANY -> token.pos().startsWith("VB") || token.pos().startsWith("NN");
        };
    }
}
