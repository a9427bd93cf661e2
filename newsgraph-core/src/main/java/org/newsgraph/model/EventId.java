package org.newsgraph.model;

/**
 * A corpus event's lasting id: its cluster and its number there (0 for the cluster's event), as
 * the export writes it ({@code v3}, {@code v3.1}).
 */
public record EventId(long cluster, int number) implements Comparable<EventId> {

    public EventId {
        if (number < 0) {
            throw new IllegalArgumentException("event numbers start at 0: " + number);
        }
    }

    public static EventId of(CorpusEvent e) {
        return new EventId(e.cluster(), e.number());
    }

    public String exportId() {
        return CorpusEvent.exportId(cluster, number);
    }

    @Override
    public int compareTo(EventId other) {
        return cluster != other.cluster ? Long.compare(cluster, other.cluster) : Integer.compare(number, other.number);
    }
}
