package org.newsgraph.model;

import java.util.Objects;

/**
 * A place of the gazetteer: a city or a country. Countries carry no coordinates in the source
 * table, so latitude and longitude are {@code NaN} for them ({@link #hasCoordinates()}).
 */
public record Place(long geonameId, String name, String countryCode, double latitude, double longitude,
        long population, String featureCode) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(featureCode, "featureCode");
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    /** An independent political entity (GeoNames feature codes PCL*), a country in the news. */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }
}
