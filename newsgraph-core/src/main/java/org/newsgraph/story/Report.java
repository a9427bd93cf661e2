package org.newsgraph.story;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;

/**
 * One article's telling of an event, its entities replaced by corpus entity ids.
 *
 * @param published    the article's publication day, null when unknown
 * @param outlet       the article's outlet, null when unknown
 * @param participants the corpus ids of its participants, each once, in the article's order
 * @param location     the corpus id of its place, null when it names none
 * @param date         its date with a missing year filled in ({@link ReportDater#placed})
 */
record Report(long article, String published, String outlet, Event event, List<Long> participants, Long location, EventDate date) {

    Report {
        participants = List.copyOf(participants);
    }
}
