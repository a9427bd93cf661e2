package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Place;

/**
 * Gathers an article's mentions into events, in text order: a mention joins the event it fits
 * best, or opens one. It fits an event of its own type, or one it can be part of (a press
 * conference of a visit), or one that can be part of it, when nothing disagrees: the same frame,
 * dates of which one holds the other, places of which one holds the other, and shared people
 * where both name two or more. A mention of another type must also share something with the
 * event: a clause (one trigger in the other's), a participant or its place. An event the lead
 * tells as news without a date happened about the publication day (as {@link DraftAssembler}
 * dates it): a mention dated far from that day ("the official visit in September 2020") is
 * another event of its kind, not this one.
 */
final class MentionMerger {

    /** Sweeps over the drafts after the first gathering; one or two suffice, a bound keeps hostile text fast. */
    private static final int JOIN_PASSES = 3;

    private final Article article;
    private final Dates dates;
    private final EventConfig config;

    MentionMerger(Article article, Dates dates, EventConfig config) {
        this.article = article;
        this.dates = dates;
        this.config = config;
    }

    List<EventDraft> merge(List<EventMention> mentions) {
        List<EventDraft> drafts = new ArrayList<>();
        for (EventMention m : mentions) {
            EventDraft best = null;
            EventType bestHost = null;
            int bestLink = -1;
            for (EventDraft d : drafts) {
                EventType host = host(d, m.type());
                int link = host == null || !compatible(d, m) ? -1 : link(d, m, host);
                if (link > bestLink) {
                    best = d;
                    bestHost = host;
                    bestLink = link;
                }
            }
            if (best == null) {
                drafts.add(new EventDraft(m));
            } else {
                best.add(m, bestHost);
            }
        }
        for (int pass = 0; pass < JOIN_PASSES && joinAll(drafts); pass++) {
            // drafts opened apart may fit together once each has gathered its mentions
        }
        return drafts;
    }

    /** Joins into each draft the later drafts that fit it, in one sweep; whether any was joined. */
    private boolean joinAll(List<EventDraft> drafts) {
        boolean joined = false;
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft a = drafts.get(i);
            for (int j = i + 1; j < drafts.size(); j++) {
                EventDraft b = drafts.get(j);
                EventType host = host(a, b.type());
                if (host != null && b.mentions().stream().allMatch(m -> host(a, m.type()) != null) && fits(a, b, host)) {
                    b.mentions().forEach(m -> a.add(m, host));
                    drafts.remove(j--);
                    joined = true;
                }
            }
        }
        return joined;
    }

    private boolean fits(EventDraft a, EventDraft b, EventType host) {
        if (b.mentions().stream().anyMatch(m -> !agrees(a, m))) {
            return false;
        }
        Set<Integer> ours = a.participants().keySet();
        Set<Integer> theirs = b.participants().keySet();
        if (ours.size() >= 2 && theirs.size() >= 2 && theirs.stream().noneMatch(ours::contains)) {
            return false;
        }
        return b.mentions().stream().anyMatch(m -> link(a, m, host) > 0);
    }

    /** The type an event and a mention are told as together, or null when they cannot be one. */
    private static EventType host(EventDraft d, EventType type) {
        if (d.type().equals(type) || type.partOf(d.type())) {
            return d.type();
        }
        boolean allParts = d.mentions().stream().allMatch(m -> m.type().equals(type) || m.type().partOf(type));
        return allParts ? type : null;
    }

    private boolean compatible(EventDraft d, EventMention m) {
        Set<Integer> theirs = d.participants().keySet();
        return agrees(d, m) && (theirs.size() < 2 || m.participants().size() < 2
                || m.participants().keySet().stream().anyMatch(theirs::contains));
    }

    /**
     * The same frame, dates of which one holds the other (an undated event of the lead told as now
     * counts as dated about the publication day, unless the date stands in its clause), places of
     * which one holds the other.
     */
    private boolean agrees(EventDraft d, EventMention m) {
        if (d.frame() != m.frame()) {
            return false;
        }
        if (m.date().isKnown() && d.dates().stream().anyMatch(x -> !Dates.compatible(x.value(), m.date().value()))) {
            return false;
        }
        if (m.date().isKnown() && undatedNews(d) && !dates.nearPublication(m.date(), config.reportedDays())
                && !sharesClause(d, m)) {
            return false;
        }
        return m.place() < 0 || d.places().stream().allMatch(p -> samePlace(p, m.place()));
    }

    /** Whether the event is the lead's, told as now, with no date of its own yet. */
    private boolean undatedNews(EventDraft d) {
        return d.frame() == EventLexicon.Frame.NOW && d.dates().isEmpty() && d.firstSentence() < config.leadSentences();
    }

    /** How much a mention shares with an event; -1 when a mention of another type shares nothing. */
    private int link(EventDraft d, EventMention m, EventType host) {
        int shared = (int) m.participants().keySet().stream().filter(d.participants()::containsKey).count();
        boolean sameSentence = sharesClause(d, m);
        boolean samePlace = m.place() >= 0 && !d.places().isEmpty();
        int link = shared + (sameSentence ? 2 : 0) + (samePlace ? 2 : 0);
        boolean sameType = d.type().equals(m.type()) && host.equals(m.type());
        return sameType ? link : link > 0 ? link : -1;
    }

    /** Whether the mention shares a clause with one of the event's, the latest first: mentions come in text order. */
    private static boolean sharesClause(EventDraft d, EventMention m) {
        List<EventMention> mentions = d.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).sharesClauseWith(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two LOCATION entities can name where one event happened: the same place, or one inside the other. */
    boolean samePlace(int a, int b) {
        if (a == b) {
            return true;
        }
        LocalEntity x = article.entity(a);
        LocalEntity y = article.entity(b);
        if (x.place() != null && y.place() != null) {
            return x.place().geonameId() == y.place().geonameId() || within(x.place(), y.place()) || within(y.place(), x.place());
        }
        String nx = x.name().toLowerCase(Locale.ROOT);
        String ny = y.name().toLowerCase(Locale.ROOT);
        return nx.contains(ny) || ny.contains(nx);
    }

    private static boolean within(Place inner, Place country) {
        return country.isCountry() && !inner.isCountry() && inner.countryCode().equals(country.countryCode());
    }
}
