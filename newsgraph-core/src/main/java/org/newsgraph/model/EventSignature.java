package org.newsgraph.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What identifies a real-world event when reports of it are compared: its type, who took part
 * (corpus entity ids, with how many reports name each), where and when. Any part may be unknown
 * (null, or no participants); an unknown part neither joins nor separates reports.
 *
 * @param date      the event's day as TimeML ({@code 2023-04-20}, or {@code XXXX-04-20} when the
 *                  text gives no year), null when no day is known
 * @param published the day the earliest report was published, null when unknown
 */
public record EventSignature(String type, Map<Long, Integer> participants, EventPlace place, String date,
        String published) {

    public EventSignature {
        participants = Map.copyOf(participants);
    }

    /** A signature that knows nothing: for an article without a main event or date. */
    public static EventSignature unknown(String published) {
        return new EventSignature(null, Map.of(), null, null, published);
    }

    /**
     * What the reports of one event agree on so far, this one added: a part first known from any
     * report (a scene too: letting a later stated place replace it scored worse on ECB+); participants
     * counted over all of them; the earliest publication day.
     */
    public EventSignature plus(EventSignature other) {
        Map<Long, Integer> all = new LinkedHashMap<>(participants);
        other.participants.forEach((id, n) -> all.merge(id, n, Integer::sum));
        String earliest = published == null ? other.published
                : other.published == null || published.compareTo(other.published) <= 0 ? published : other.published;
        return new EventSignature(type != null ? type : other.type, all, place != null ? place : other.place,
                fullerDate(date, other.date), earliest);
    }

    private static String fullerDate(String mine, String theirs) {
        if (mine == null) {
            return theirs;
        }
        return mine.startsWith("X") && theirs != null && !theirs.startsWith("X") ? theirs : mine;
    }
}
