package org.newsgraph.event;

import java.util.Map;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * One place in the text where an event is named, with what its clause says of it.
 *
 * @param type         the event's type
 * @param sentence     the index of the sentence the trigger is in
 * @param first        the trigger's first token in its sentence
 * @param last         the trigger's last token
 * @param trigger      the trigger's span in the text
 * @param participants the people and organisations its clause names, by entity index, with a
 *                     weight (an agent's is higher)
 * @param agent        the entity that does it ("Y's visit", the subject of "met"), or -1
 * @param patient      the entity it is done to ("arrested X", "X was arrested"), or -1
 * @param place        the LOCATION entity its clause puts it at, or -1
 * @param date         the date a time expression of its clause gives it
 * @param time         the time expression of its clause that governs it, even one that gives no
 *                     date ("this week", "in July" without a year, "now"): then its time is the
 *                     text's, never the publication day; null when none does
 * @param frame        whether its clause sets it before or after the reported time
 * @param frameWords   the words that set that frame ("will meet", "had met", "recently"), null for now
 * @param reachFirst   the first token of the trigger's clause, a noun's governing verb and subject included
 * @param reachLast    the last token of the trigger's clause, a noun's predicate included
 */
record EventMention(EventType type, int sentence, int first, int last, Span trigger, Map<Integer, Integer> participants,
        int agent, int patient, int place, EventDate date, Timex time, EventLexicon.Frame frame, Span frameWords,
        int reachFirst, int reachLast) {

    EventMention {
        participants = Map.copyOf(participants);
    }

    /** Whether a time expression of its clause governs it. */
    boolean timed() {
        return time != null;
    }

    /** Whether one of two triggers of a sentence stands in the other's clause. */
    boolean sharesClauseWith(EventMention other) {
        return sentence == other.sentence && (reachFirst <= other.first && other.first <= reachLast
                || other.reachFirst <= first && first <= other.reachLast);
    }
}
