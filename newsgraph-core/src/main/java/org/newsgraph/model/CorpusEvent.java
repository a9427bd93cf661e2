package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event as the corpus tells it, made of the reports of it in one event cluster:
 * the cluster's main event (number 0), made of its articles' main events, or another event its
 * articles report or mention (numbers from 1, in order of first appearance, each kept while the
 * event stands and never given again: {@link EventId}); main too when it
 * is the main event of articles whose reports cannot be of the day of the cluster's event.
 *
 * @param location     the corpus entity id of where it happened, or null when no report says
 * @param participants corpus entity ids of who took part, most often named first
 * @param articles     store ids of the articles that report it, copies included, in id order
 * @param evidence     the sentences of every report that tell it, by article then text order
 */
public record CorpusEvent(long cluster, int number, String type, String cameo, EventSalience salience, String title,
        EventDate date, Long location, List<Long> participants, List<Long> articles, List<Evidence> evidence) {

    public CorpusEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(salience, "salience");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        participants = List.copyOf(participants);
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
        if (number < 0 || number == 0 && salience != EventSalience.MAIN) {
            throw new IllegalArgumentException("number 0 is the cluster's main event: " + number + " " + salience);
        }
    }

    /**
     * Whether it is the main event of its articles: the cluster's event, or the event of articles
     * the clusterer put in the cluster whose reports cannot be of the cluster's event's day.
     */
    public boolean isMain() {
        return salience == EventSalience.MAIN;
    }

    /** The id as exported: {@code v} and the cluster id, then {@code .} and the number for another event. */
    public String exportId() {
        return exportId(cluster, number);
    }

    /** The same event under another number in its cluster, as lasting ids give it ({@code EventIdKeeper}). */
    public CorpusEvent numbered(int newNumber) {
        return new CorpusEvent(cluster, newNumber, type, cameo, salience, title, date, location, participants, articles,
                evidence);
    }

    public static String exportId(long cluster, int number) {
        return number == 0 ? "v" + cluster : "v" + cluster + "." + number;
    }

    /** One sentence that tells the event, in a stored article. */
    public record Evidence(long article, Span span) {}
}
