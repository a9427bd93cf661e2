package org.newsgraph.model;

/**
 * Where an event happened, as clustering compares it: the corpus entity, and its gazetteer place
 * when it has one ({@code geonameId} 0, {@code countryCode} null and coordinates {@code NaN} when
 * not; a country has no coordinates).
 *
 * @param stated whether the text puts the event there; false for the scene of the article, the
 *               first city its lead names, taken when the event itself names no place
 */
public record EventPlace(long entity, long geonameId, String countryCode, boolean country, double latitude,
        double longitude, boolean stated) {

    /** A place the text puts the event in. */
    public EventPlace(long entity, long geonameId, String countryCode, boolean country, double latitude,
            double longitude) {
        this(entity, geonameId, countryCode, country, latitude, longitude, true);
    }

    /** How far apart two places of one country may be and still be the scene of one event. */
    public static final double NEAR_KM = 300;
    private static final double EARTH_KM = 6371;

    public boolean inGazetteer() {
        return geonameId != 0;
    }

    /**
     * Whether the two cannot be the scene of one event: gazetteer places in two countries, or more
     * than {@link #NEAR_KM} apart. A country does not conflict with a place in it, and names outside
     * the gazetteer never conflict: they may be a building in a city, or a region of it. The distance
     * forgives a report that names the suburb, or the nearby town, where another names the city.
     */
    public boolean conflictsWith(EventPlace other) {
        if (!inGazetteer() || !other.inGazetteer() || geonameId == other.geonameId) {
            return false;
        }
        if (!countryCode.equals(other.countryCode)) {
            return true;
        }
        return !country && !other.country && kilometresTo(other) > NEAR_KM;
    }

    /** Whether both name one place (an entity id of -1 is no entity: the name was not resolved). */
    public boolean sameAs(EventPlace other) {
        return entity >= 0 && entity == other.entity || inGazetteer() && geonameId == other.geonameId;
    }

    /** The great-circle distance, {@code NaN} when either has no coordinates. */
    public double kilometresTo(EventPlace other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }
}
