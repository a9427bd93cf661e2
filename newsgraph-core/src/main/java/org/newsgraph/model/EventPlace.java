package org.newsgraph.model;

/**
 * Where an event happened, as clustering compares it: the corpus entity, and its gazetteer place
 * when it has one ({@code geonameId} 0 and {@code countryCode} null when not).
 */
public record EventPlace(long entity, long geonameId, String countryCode, boolean country) {

    public boolean inGazetteer() {
        return geonameId != 0;
    }

    /**
     * Whether the two cannot be the scene of one event: two different gazetteer places, unless one
     * is the country the other lies in. Names outside the gazetteer never conflict: they may be a
     * building in a city, or a region of it.
     */
    public boolean conflictsWith(EventPlace other) {
        if (!inGazetteer() || !other.inGazetteer() || geonameId == other.geonameId) {
            return false;
        }
        boolean nested = (country || other.country) && countryCode.equals(other.countryCode);
        return !nested;
    }

    /** Whether both name one place. */
    public boolean sameAs(EventPlace other) {
        return entity == other.entity || inGazetteer() && geonameId == other.geonameId;
    }
}
