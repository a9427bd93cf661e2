package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.DataFileException;

class GazetteerTest {

    private static final long KYIV = 703448;
    private final Gazetteer gazetteer = Gazetteer.geonames();

    @Test
    void findsTheUkrainianCapitalUnderEverySpelling() {
        for (String name : List.of("Kyiv", "Kiev", "KIEV", "kyiv", "Kijów", "Kijow")) {
            assertThat(gazetteer.lookup(name)).as(name).first().extracting(Place::geonameId).isEqualTo(KYIV);
        }
        Place kyiv = gazetteer.lookup("Kyiv").get(0);
        assertThat(kyiv.countryCode()).isEqualTo("UA");
        assertThat(kyiv.latitude()).isBetween(50.0, 51.0);
        assertThat(kyiv.hasCoordinates()).isTrue();
    }

    @Test
    void findsCitiesUnderTheirOwnNamesAndEnglishOnes() {
        assertThat(first("Munich")).isEqualTo(first("München")).isEqualTo(first("Muenchen"));
        assertThat(first("Munich").countryCode()).isEqualTo("DE");
        assertThat(first("Lisbon")).isEqualTo(first("Lisboa"));
        assertThat(first("Lisbon").countryCode()).isEqualTo("PT");
    }

    @Test
    void dropsDiacriticsOnlyWhenTheNameIsNotFoundAsWritten() {
        assertThat(first("Sao Paulo")).isEqualTo(first("São Paulo"));
        assertThat(first("Zurich").countryCode()).isEqualTo("CH");
    }

    @Test
    void findsCountriesWithoutCoordinates() {
        Place germany = first("Germany");
        assertThat(germany.isCountry()).isTrue();
        assertThat(germany.countryCode()).isEqualTo("DE");
        assertThat(germany.hasCoordinates()).isFalse();
        assertThat(first("United Kingdom").countryCode()).isEqualTo("GB");
    }

    @Test
    void ordersPlacesOfOneNameByPopulation() {
        List<Place> places = gazetteer.lookup("Springfield");
        assertThat(places).hasSizeGreaterThan(2);
        assertThat(places).extracting(Place::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(gazetteer.lookup("London").get(0).countryCode()).isEqualTo("GB");
    }

    @Test
    void keepsSpellingsAndTheForeignNamesOfWorldCitiesButNotNicknamesOrTranslations() {
        assertThat(first("Bombay").name()).isEqualTo("Mumbai");
        assertThat(first("Kieu").geonameId()).isEqualTo(KYIV);
        assertThat(gazetteer.lookup("White House")).isEmpty();
        assertThat(gazetteer.lookup("South Island")).isEmpty();
        assertThat(gazetteer.lookup("Somerset")).extracting(Place::name).doesNotContain("Bellflower");
        assertThat(gazetteer.lookup("Troy")).extracting(Place::name).doesNotContain("Macon");
    }

    @Test
    void aRegionWiderThanACountryIsNoPlace() {
        assertThat(gazetteer.lookup("Asia")).isEmpty();
        assertThat(gazetteer.lookup("Africa")).isEmpty();
        assertThat(gazetteer.lookup("Middle East")).isEmpty();
    }

    @Test
    void anAlternateNameIsASpellingWhenItStartsAlikeAndDiffersInAtMostHalfItsLetters() {
        Place lisbon = first("Lisbon");
        Place small = new Place(1, "Macon", "US", 32.8, -83.6, 91_351, "PPLA2");

        assertThat(Gazetteer.isAnotherNameFor("Lisboa", lisbon)).isTrue();
        assertThat(Gazetteer.isAnotherNameFor("Makon", small)).isTrue();
        assertThat(Gazetteer.isAnotherNameFor("Troy", small)).isFalse();
        assertThat(Gazetteer.isAnotherNameFor("Tiger Town", small)).isFalse();
    }

    @Test
    void knowsNothingOfCodesOrOrdinaryWords() {
        assertThat(gazetteer.lookup("IEV")).isEmpty();
        assertThat(gazetteer.lookup("the")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
        assertThat(gazetteer.lookup(null)).isEmpty();
        assertThat(gazetteer.lookup("  \u00A0 ")).isEmpty();
    }

    @Test
    void loadsFastInLittleMemory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Gazetteer loaded = Gazetteer.load(Gazetteer.GEONAMES, Gazetteer.WIDER_REGIONS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory() - before) / (1 << 20);
        System.out.printf("Gazetteer: %d places loaded in %d ms, about %d MB of heap%n", loaded.size(), millis, heapMb);
        assertThat(loaded.size()).isGreaterThan(30_000);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Gazetteer.load("geonames/none.tsv.gz", Gazetteer.WIDER_REGIONS))
                .isInstanceOf(DataFileException.class).hasMessageContaining("geonames/none.tsv.gz");
    }

    private Place first(String name) {
        List<Place> places = gazetteer.lookup(name);
        assertThat(places).as(name).isNotEmpty();
        return places.get(0);
    }
}
