package org.newsgraph.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EventSignature;

/**
 * Compares the event of an article with the event of a cluster: what rules out one event (two
 * places, days too far apart) and what makes it likelier (one place, one day, a shared participant,
 * one type). Unknown parts count for nothing either way. A scene, where the article is set rather
 * than where the text puts the event, only weighs against: it is a guess.
 */
final class EventIdentity {

    private final ClusterConfig config;

    EventIdentity(ClusterConfig config) {
        this.config = config;
    }

    /** The outcome of one comparison: vetoed, or an adjustment to the text score, with the reasons. */
    record Verdict(boolean vetoed, double adjustment, List<String> reasons) {}

    Verdict compare(EventSignature article, EventSignature cluster) {
        List<String> reasons = new ArrayList<>();
        double adjustment = 0;
        if (article.place() != null && cluster.place() != null && article.place().conflictsWith(cluster.place())) {
            if (!article.place().stated() || !cluster.place().stated()) {
                adjustment -= config.sceneConflict();
                reasons.add("scenes differ");
            } else if (Double.isInfinite(config.placeConflict())) {
                return new Verdict(true, 0, List.of("places differ"));
            } else {
                adjustment -= config.placeConflict();
                reasons.add("places differ");
            }
        }
        String apart = apart(article, cluster);
        if (apart != null) {
            return new Verdict(true, 0, List.of(apart));
        }
        if (article.date() != null && cluster.date() != null) {
            long beyond = days(article.date(), cluster.date()) - config.dayTolerance();
            if (beyond > 0 && config.dayMalus() > 0) {
                adjustment -= beyond * config.dayMalus();
                reasons.add("days " + (beyond + config.dayTolerance()) + " apart");
            }
        }
        if (article.place() != null && cluster.place() != null && article.place().sameAs(cluster.place())) {
            adjustment += config.placeBonus();
            reasons.add("same place");
        }
        if (article.date() != null && cluster.date() != null && days(article.date(), cluster.date()) == 0) {
            adjustment += config.dayBonus();
            reasons.add("same day");
        }
        if (!article.participants().isEmpty() && !cluster.participants().isEmpty()) {
            boolean shared = article.participants().keySet().stream().anyMatch(cluster.participants()::containsKey);
            adjustment += shared ? config.participantBonus() : -config.participantMalus();
            reasons.add(shared ? "shared participant" : "no shared participant");
        }
        if (article.type() != null && cluster.type() != null) {
            boolean same = article.type().equals(cluster.type());
            adjustment += same ? config.typeBonus() : -config.typeBonus();
            reasons.add(same ? "same type" : "types differ");
        }
        return new Verdict(false, adjustment, reasons);
    }

    /** Why the two cannot be on one day, or null when they can. */
    private String apart(EventSignature a, EventSignature b) {
        if (a.date() != null && b.date() != null) {
            long gap = days(a.date(), b.date());
            return gap > config.eventDays() ? "event days " + a.date() + " and " + b.date() + " differ" : null;
        }
        String whenA = a.date() != null ? a.date() : a.published();
        String whenB = b.date() != null ? b.date() : b.published();
        if (whenA != null && whenB != null) {
            long gap = days(whenA, whenB);
            return gap > config.reportDays() ? "days " + whenA + " and " + whenB + " too far apart" : null;
        }
        return null;
    }

    /**
     * Days between two TimeML days; a day without year ({@code XXXX-04-20}) is taken in the other's
     * year, or in a leap year when neither has one. Unreadable values are 0 days apart: they rule
     * nothing out.
     */
    static long days(String a, String b) {
        String year = !a.startsWith("X") ? a.substring(0, 4) : !b.startsWith("X") ? b.substring(0, 4) : "2000";
        try {
            LocalDate x = LocalDate.parse(a.startsWith("X") ? year + a.substring(4) : a);
            LocalDate y = LocalDate.parse(b.startsWith("X") ? year + b.substring(4) : b);
            return Math.abs(ChronoUnit.DAYS.between(x, y));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
            return 0;
        }
    }
}
