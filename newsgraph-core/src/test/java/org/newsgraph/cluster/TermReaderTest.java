package org.newsgraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermReaderTest {

    @Test
    void foldsPluralsAndPossessivesAndLeavesOutStopWords() {
        assertThat(TermReader.english().terms("The minister's visits: cities, the crisis and bus lines"))
                .containsOnlyKeys("minister", "visit", "city", "crisis", "bus", "line");
    }

    @Test
    void countsEachOccurrenceWithItsWeight() {
        Map<String, Integer> counts = new HashMap<>();
        TermReader reader = TermReader.english();
        reader.count("Earthquake", 2, counts);
        reader.count("earthquake damage", 1, counts);

        assertThat(counts).containsEntry("earthquake", 3).containsEntry("damage", 1);
    }
}
