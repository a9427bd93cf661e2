package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.DataFile;

/**
 * Places by name: the cities of at least 15,000 people and the countries of GeoNames, each under
 * its name and those of its alternate names in Latin script that are spellings of it (older and
 * newer spellings are one place). Looks names up without regard to case; a name not found as
 * written is tried without diacritics. Immutable and safe to share between threads.
 *
 * <p>GeoNames also lists a city's nicknames, former names and translations ("White House" for
 * Casablanca, "Troy" for Macon, "South Island" for Coronado), which an English text uses for
 * something else. An alternate name is kept when it is a spelling of the name (same first letter,
 * at most half its letters edited: Kharkov and Kharkiv, Lisboa and Lisbon), when the place is a
 * country, or when it is one word for a city of a million or more (Bombay, Peking). Names of
 * regions wider than a country ({@code english/wider-regions.txt}) are no place.
 */
public final class Gazetteer {

    static final String GEONAMES = "geonames/places.tsv.gz";
    static final String WIDER_REGIONS = "english/wider-regions.txt";
    /** A city this big is known abroad by names that are not spellings of its own (Bombay, Peking). */
    private static final long WORLD_CITY = 1_000_000;

    private static final Comparator<Place> BIGGEST_FIRST =
            Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::geonameId);

    /** Places under their case-folded names, biggest first. */
    private final Map<String, Place[]> byName;
    /** Places under ASCII-folded names that differ from the case-folded ones, biggest first. */
    private final Map<String, Place[]> byFoldedName;
    private final int size;

    private Gazetteer(Map<String, Place[]> byName, Map<String, Place[]> byFoldedName, int size) {
        this.byName = byName;
        this.byFoldedName = byFoldedName;
        this.size = size;
    }

    /** The GeoNames gazetteer shipped with newsgraph, read on first use and kept. */
    public static Gazetteer geonames() {
        return Shipped.GAZETTEER;
    }

    /**
     * Reads a gazetteer file beside this class, in the format of {@code geonames/README.md}, and a
     * list of names that are no place.
     */
    static Gazetteer load(String file, String widerRegions) {
        List<PlaceFile.Row> rows = PlaceFile.read(file);
        rows.sort(Comparator.comparing(PlaceFile.Row::place, BIGGEST_FIRST));
        Map<String, Place[]> byName = new HashMap<>(rows.size() * 16);
        Map<String, Place[]> byFoldedName = new HashMap<>(rows.size());
        for (PlaceFile.Row row : rows) {
            index(row, byName, byFoldedName);
        }
        DataFile.read(Gazetteer.class, widerRegions, (line, name) -> {
            byName.remove(PlaceNames.caseFolded(name));
            byName.remove(PlaceNames.asciiFolded(name));
            byFoldedName.remove(PlaceNames.asciiFolded(name));
        });
        return new Gazetteer(byName, byFoldedName, rows.size());
    }

    /** The places of this name, biggest population first; empty for a name that is no place. */
    public List<Place> lookup(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Place[] exact = byName.get(PlaceNames.caseFolded(name));
        if (exact != null) {
            return List.of(exact);
        }
        String folded = PlaceNames.asciiFolded(name);
        Set<Place> found = new LinkedHashSet<>();
        found.addAll(Arrays.asList(byName.getOrDefault(folded, new Place[0])));
        found.addAll(Arrays.asList(byFoldedName.getOrDefault(folded, new Place[0])));
        return found.stream().sorted(BIGGEST_FIRST).toList();
    }

    /**
     * The biggest place of this name with at least {@code minPopulation} people, or any country of
     * this name: a place big enough to trust when the text alone does not say the name is a place.
     */
    public Optional<Place> trusted(String name, long minPopulation) {
        return lookup(name).stream().filter(p -> p.isCountry() || p.population() >= minPopulation).findFirst();
    }

    /** How many places the gazetteer holds. */
    public int size() {
        return size;
    }

    private static void index(PlaceFile.Row row, Map<String, Place[]> byName, Map<String, Place[]> byFoldedName) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PlaceNames.caseFolded(row.place().name()));
        for (String alternate : row.alternates()) {
            if (isAnotherNameFor(alternate, row.place())) {
                keys.add(PlaceNames.caseFolded(alternate));
            }
        }
        Set<String> folded = new LinkedHashSet<>();
        for (String key : keys) {
            add(byName, key, row.place());
            folded.add(PlaceNames.asciiFolded(key));
        }
        folded.removeAll(keys);
        for (String key : folded) {
            add(byFoldedName, key, row.place());
        }
    }

    /** Whether a text that writes this alternate name most likely means the place (see the class comment). */
    static boolean isAnotherNameFor(String alternate, Place place) {
        if (place.isCountry() || place.population() >= WORLD_CITY && !alternate.strip().contains(" ")) {
            return true;
        }
        String a = PlaceNames.asciiFolded(alternate);
        String name = PlaceNames.asciiFolded(place.name());
        if (a.isEmpty() || name.isEmpty() || a.charAt(0) != name.charAt(0)) {
            return false;
        }
        return EditDistance.bounded(a, name, Math.max(a.length(), name.length()) / 2) >= 0;
    }

    private static void add(Map<String, Place[]> index, String key, Place place) {
        index.merge(key, new Place[] {place}, Gazetteer::append);
    }

    private static Place[] append(Place[] some, Place[] more) {
        List<Place> all = new ArrayList<>(Arrays.asList(some));
        all.addAll(Arrays.asList(more));
        return all.toArray(new Place[0]);
    }

    /** Holds the shipped gazetteer, so that it is read once, when first asked for. */
    private static final class Shipped {
        static final Gazetteer GAZETTEER = load(GEONAMES, WIDER_REGIONS);
    }
}
