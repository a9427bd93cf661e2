package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, or will, as one article tells it.
 *
 * @param type         the event's kind in newsgraph's taxonomy ("visit", "meeting", "summit",
 *                     "call", "attack"), lower case
 * @param cameo        the CAMEO root code the kind maps to ("04"), null where none fits
 * @param salience     whether it is what the article is about, another event it reports, or one
 *                     it mentions
 * @param title        a short headline for the event ("Okafor meets Lindqvist in Tallinn")
 * @param trigger      the words that name the event ("visit", "met", "summit"); empty, at 0, for a main
 *                     event only the article's title tells
 * @param evidence     the sentences that tell it, in text order; the first holds the trigger; none for a
 *                     main event only the title tells ("Speech by X in Y" over the speech's text)
 * @param participants indices in the article's entity list of who took part, most prominent first
 * @param location     the index of the entity where it happened, -1 when the text does not say
 * @param date         when it happened, with the basis for it
 */
public record Event(String type, String cameo, EventSalience salience, String title, Span trigger,
        List<Span> evidence, List<Integer> participants, int location, EventDate date) {

    public static final int NO_LOCATION = -1;

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(salience, "salience");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(date, "date");
        evidence = List.copyOf(evidence);
        participants = List.copyOf(participants);
        if (location < NO_LOCATION) {
            throw new IllegalArgumentException("location " + location + " is neither an entity index nor -1");
        }
    }

    public boolean hasLocation() {
        return location != NO_LOCATION;
    }

    /** The same event dated otherwise, as when other reports of it give the day. */
    public Event withDate(EventDate newDate) {
        return new Event(type, cameo, salience, title, trigger, evidence, participants, location, newDate);
    }
}
