package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    private static final Span WORD = new Span(3, 8);

    @Test
    void spansThatShareACodeUnitOverlapEitherWayRound() {
        assertThat(WORD.overlaps(new Span(7, 12))).isTrue();
        assertThat(new Span(7, 12).overlaps(WORD)).isTrue();
        assertThat(WORD.overlaps(new Span(0, 4))).isTrue();
        assertThat(WORD.overlaps(new Span(4, 6))).isTrue();
        assertThat(WORD.overlaps(new Span(0, 20))).isTrue();
        assertThat(WORD.overlaps(WORD)).isTrue();
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertThat(WORD.overlaps(new Span(8, 10))).isFalse();
        assertThat(WORD.overlaps(new Span(0, 3))).isFalse();
        assertThat(new Span(8, 10).overlaps(WORD)).isFalse();
        assertThat(WORD.overlaps(new Span(10, 12))).isFalse();
    }

    @Test
    void anEmptySpanOverlapsNothingButLiesWithinTheSpansAroundIt() {
        Span empty = new Span(5, 5);
        assertThat(WORD.overlaps(empty)).isFalse();
        assertThat(empty.overlaps(WORD)).isFalse();
        assertThat(empty.overlaps(empty)).isFalse();
        assertThat(WORD.contains(empty)).isTrue();
        assertThat(WORD.contains(new Span(8, 8))).isTrue();
        assertThat(WORD.contains(new Span(9, 9))).isFalse();
        assertThat(empty.contains(5)).isFalse();
    }

    @Test
    void containsSpansWithinItAndOffsetsBeforeItsEnd() {
        assertThat(WORD.contains(WORD)).isTrue();
        assertThat(WORD.contains(new Span(4, 8))).isTrue();
        assertThat(WORD.contains(new Span(2, 8))).isFalse();
        assertThat(WORD.contains(new Span(4, 9))).isFalse();
        assertThat(new Span(4, 6).contains(WORD)).isFalse();
        assertThat(WORD.contains(3)).isTrue();
        assertThat(WORD.contains(7)).isTrue();
        assertThat(WORD.contains(8)).isFalse();
        assertThat(WORD.contains(2)).isFalse();
    }

    @Test
    void refusesANegativeStartAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("[5, 4)");
    }

    @Test
    void readsItsTextAndLength() {
        assertThat(WORD.of("To be or not to be")).isEqualTo("be or");
        assertThat(WORD.length()).isEqualTo(5);
    }
}
