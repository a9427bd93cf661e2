package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** The mentions of one event gathered so far, and the type they are told as. */
final class EventDraft {

    private EventType type;
    private final List<EventMention> mentions = new ArrayList<>();
    /** The participants' summed weights, kept as mentions are added: drafts are compared often. */
    private final Map<Integer, Integer> participants = new HashMap<>();

    EventDraft(EventMention first) {
        this.type = first.type();
        add(first, first.type());
    }

    void add(EventMention mention, EventType host) {
        mentions.add(mention);
        mention.participants().forEach((e, w) -> participants.merge(e, w, Integer::sum));
        type = host;
    }

    EventType type() {
        return type;
    }

    List<EventMention> mentions() {
        return mentions;
    }

    EventMention first() {
        return mentions.get(0);
    }

    EventLexicon.Frame frame() {
        return first().frame();
    }

    /** Each participant with its summed weight over the mentions. */
    Map<Integer, Integer> participants() {
        return Collections.unmodifiableMap(participants);
    }

    /** The entity the mentions most often say the event is done to, or -1. */
    int patient() {
        return mostVoted(mentions.stream().map(EventMention::patient).toList());
    }

    /**
     * The entity the mentions of the event's own type most often say does it ("X's visit" for a
     * visit, not the subject of a meeting told as part of it), else any mention's, or -1.
     */
    int agent() {
        int own = mostVoted(mentions.stream().filter(m -> m.type().equals(type)).map(EventMention::agent).toList());
        return own >= 0 ? own : mostVoted(mentions.stream().map(EventMention::agent).toList());
    }

    /** The entity voted most often, the first voted among equals; -1 when none is. */
    private static int mostVoted(List<Integer> votes) {
        Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
        votes.stream().filter(v -> v >= 0).forEach(v -> counts.merge(v, 1, Integer::sum));
        int best = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best < 0 || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The places the mentions give, distinct, in text order. */
    Set<Integer> places() {
        Set<Integer> places = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.place() >= 0).forEach(m -> places.add(m.place()));
        return places;
    }

    List<EventDate> dates() {
        return mentions.stream().map(EventMention::date).filter(EventDate::isKnown).toList();
    }

    /** The words that set its frame ("will meet", "had met"), null when it is told as now. */
    Span frameWords() {
        return first().frameWords();
    }

    /**
     * The first time expression that governs one of its mentions in the first {@code sentences},
     * whether or not it gave a date: how the lead tells it ("talks this week"), not a later
     * sentence's "at the beginning of the meeting".
     */
    Optional<Timex> timeWithin(int sentences) {
        return mentionsBefore(sentences).stream().filter(EventMention::timed).map(EventMention::time).findFirst();
    }

    /** Its mentions in the first {@code sentences}: how the lead tells it. */
    List<EventMention> mentionsBefore(int sentences) {
        return mentions.stream().filter(m -> m.sentence() < sentences).toList();
    }

    Set<Integer> sentences() {
        Set<Integer> sentences = new TreeSet<>();
        mentions.forEach(m -> sentences.add(m.sentence()));
        return sentences;
    }

    int firstSentence() {
        return ((TreeSet<Integer>) sentences()).first();
    }

    /** Whether the event is of this type or holds a mention of it. */
    boolean hasType(String name) {
        return type.name().equals(name) || mentions.stream().anyMatch(m -> m.type().name().equals(name));
    }
}
