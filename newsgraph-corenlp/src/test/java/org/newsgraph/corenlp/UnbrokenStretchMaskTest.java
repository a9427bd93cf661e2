package org.newsgraph.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnbrokenStretchMaskTest {

    private final UnbrokenStretchMask mask = new UnbrokenStretchMask(5);

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Zelensky met “Stoltenberg” 😀 in Kyiv.\n\nNext";
        assertThat(new UnbrokenStretchMask(20).apply(text)).isSameAs(text);
    }

    @Test
    void keepsAStretchExactlyAtTheLimit() {
        assertThat(mask.apply("ab 12345 cd")).isEqualTo("ab 12345 cd");
    }

    @Test
    void blanksLongerStretchesAndKeepsTheLength() {
        assertThat(mask.apply("ab \"\"\"\"\"\" cd\n123456")).isEqualTo("ab        cd\n      ");
    }

    @Test
    void countsNoBreakSpaceAsABreak() {
        assertThat(mask.apply("abcd\u00A0efgh")).isEqualTo("abcd\u00A0efgh");
    }

    @Test
    void blanksBothHalvesOfSurrogatePairs() {
        String emoji = "😀😀😀";
        assertThat(mask.apply(emoji)).isEqualTo("      ");
    }

    @Test
    void handlesEmptyText() {
        assertThat(mask.apply("")).isEmpty();
    }
}
