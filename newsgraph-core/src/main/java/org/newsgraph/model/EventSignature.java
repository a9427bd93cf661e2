package org.newsgraph.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What identifies a real-world event when reports of it are compared: its type, who took part
 * (corpus entity ids, with how many reports name each), where and when. Any part may be unknown
 * (null, or no participants); an unknown part neither joins nor separates reports.
 *
 * @param date      the event's day as TimeML ({@code 2023-04-20}, or {@code XXXX-04-20} when the
 *                  text gives no year), null when no day is known
 * @param published the day the earliest report was published, null when unknown
 * @param lastPublished the day the latest report was published, null when unknown
 * @param publishedStated whether every report's publication day is one its source states (metadata,
 *                  the page, its address) rather than one read from its text
 * @param outlets   the outlets that published the reports, in lower case; none when no report names its outlet
 */
public record EventSignature(String type, Map<Long, Integer> participants, EventPlace place, String date,
        String published, String lastPublished, boolean publishedStated, Set<String> outlets) {

    public EventSignature {
        participants = Map.copyOf(participants);
        if ((published == null) != (lastPublished == null)) {
            throw new IllegalArgumentException("publication days come as a span: " + published + ".." + lastPublished);
        }
        outlets = Set.copyOf(outlets);
    }

    /** A signature whose reports name no outlet. */
    public EventSignature(String type, Map<Long, Integer> participants, EventPlace place, String date,
            String published, String lastPublished, boolean publishedStated) {
        this(type, participants, place, date, published, lastPublished, publishedStated, Set.of());
    }

    /** The signature of one report, published on a day its source states (or on an unknown one). */
    public EventSignature(String type, Map<Long, Integer> participants, EventPlace place, String date,
            String published) {
        this(type, participants, place, date, published, published, published != null);
    }

    /** The same signature set in another place. */
    public EventSignature at(EventPlace newPlace) {
        return new EventSignature(type, participants, newPlace, date, published, lastPublished, publishedStated,
                outlets);
    }

    /** The same signature of a report that this outlet published (none when null or blank). */
    public EventSignature from(String outlet) {
        return new EventSignature(type, participants, place, date, published, lastPublished, publishedStated,
                outlet == null || outlet.isBlank() ? Set.of() : Set.of(outletKey(outlet)));
    }

    /** An outlet as signatures compare them: its name, trimmed, in lower case. */
    public static String outletKey(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether two reports name one outlet, compared by {@link #outletKey}; an unnamed outlet is no one's. */
    public static boolean sameOutlet(String a, String b) {
        return a != null && b != null && !a.isBlank() && outletKey(a).equals(outletKey(b));
    }

    /** A signature that knows nothing: for an article without a main event or date. */
    public static EventSignature unknown(String published) {
        return new EventSignature(null, Map.of(), null, null, published);
    }

    /**
     * What the reports of one event agree on so far, this one added: a part first known from any
     * report (a scene too: letting a later stated place replace it scored worse on ECB+); participants
     * counted over all of them; the span of their publication days; the outlets of all of them.
     */
    public EventSignature plus(EventSignature other) {
        Map<Long, Integer> all = new LinkedHashMap<>(participants);
        other.participants.forEach((id, n) -> all.merge(id, n, Integer::sum));
        Set<String> publishers = new TreeSet<>(outlets);
        publishers.addAll(other.outlets);
        return new EventSignature(type != null ? type : other.type, all, place != null ? place : other.place,
                fullerDate(date, other.date), earlier(published, other.published),
                later(lastPublished, other.lastPublished), stated(this) && stated(other), publishers);
    }

    /** Whether the publication day is stated, or unknown: an unknown day takes nothing from the others. */
    private static boolean stated(EventSignature s) {
        return s.published == null || s.publishedStated;
    }

    private static String earlier(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String fullerDate(String mine, String theirs) {
        if (mine == null) {
            return theirs;
        }
        return mine.startsWith("X") && theirs != null && !theirs.startsWith("X") ? theirs : mine;
    }
}
