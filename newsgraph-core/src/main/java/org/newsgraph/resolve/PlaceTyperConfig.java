package org.newsgraph.resolve;

/**
 * How readily {@link PlaceTyper} reads a name as a place.
 *
 * @param minPopulation the least population of a city whose name is retyped as a place on weak
 *     evidence from the article ("in", "to"); smaller towns share too many names with people.
 *     Countries always qualify, and so does any place the article says the kind of ("X, a town").
 */
public record PlaceTyperConfig(long minPopulation) {

    public PlaceTyperConfig {
        if (minPopulation < 0) {
            throw new IllegalArgumentException("minPopulation must not be negative: " + minPopulation);
        }
    }

    public static PlaceTyperConfig defaults() {
        return new PlaceTyperConfig(100_000);
    }
}
