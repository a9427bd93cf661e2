package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordEditsTest {

    private static final List<String> LINE = List.of("the", "pier", "will", "open", "in", "may");

    @Test
    void countsAReplacedAnInsertedAndADeletedWord() {
        assertThat(WordEdits.within(LINE, List.of("the", "pier", "would", "open", "in", "may"), 1)).isTrue();
        assertThat(WordEdits.within(LINE, List.of("the", "new", "pier", "will", "open", "in", "may"), 1)).isTrue();
        assertThat(WordEdits.within(LINE, List.of("the", "pier", "will", "open", "in"), 1)).isTrue();
    }

    @Test
    void refusesMoreEditsThanTheLimit() {
        assertThat(WordEdits.within(LINE, List.of("a", "pier", "would", "open", "in", "may"), 1)).isFalse();
        assertThat(WordEdits.within(LINE, List.of("may", "in", "open", "will", "pier", "the"), 2)).isFalse();
        assertThat(WordEdits.within(LINE, List.of("the"), 3)).isFalse();
    }

    @Test
    void handlesEmptySequences() {
        assertThat(WordEdits.within(List.of(), List.of(), 0)).isTrue();
        assertThat(WordEdits.within(List.of(), List.of("a"), 1)).isTrue();
        assertThat(WordEdits.within(List.of("a", "b"), List.of(), 1)).isFalse();
    }
}
