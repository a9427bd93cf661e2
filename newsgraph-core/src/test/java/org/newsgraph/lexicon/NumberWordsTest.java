package org.newsgraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.NumberWord.Kind;

class NumberWordsTest {

    private static final Map<String, NumberWord> WORDS = NumberWords.english();

    @Test
    void readsEachWordWithItsValueAndKind() {
        assertThat(WORDS.get("seven")).isEqualTo(new NumberWord(new BigDecimal("7"), Kind.EXACT));
        assertThat(WORDS.get("a dozen")).isEqualTo(new NumberWord(new BigDecimal("12"), Kind.EXACT));
        assertThat(WORDS.get("tens of thousands")).isEqualTo(new NumberWord(new BigDecimal("10000"), Kind.VAGUE));
        assertThat(WORDS.get("a couple of")).isEqualTo(new NumberWord(new BigDecimal("2"), Kind.SCALED));
        assertThat(WORDS.get("a few").kind()).isEqualTo(Kind.SCALED_VAGUE);
    }

    @Test
    void aVagueWordLeavesTheCountUnknownAndAScaledOneNeedsAUnitOrScale() {
        assertThat(Kind.VAGUE.vague()).isTrue();
        assertThat(Kind.SCALED_VAGUE.vague()).isTrue();
        assertThat(Kind.SCALED.vague()).isFalse();
        assertThat(Kind.SCALED.scaled()).isTrue();
        assertThat(Kind.SCALED_VAGUE.scaled()).isTrue();
        assertThat(Kind.EXACT.scaled()).isFalse();
    }
}
