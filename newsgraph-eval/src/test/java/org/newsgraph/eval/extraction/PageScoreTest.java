package org.newsgraph.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer must agree with the benchmark's evaluate.py, edge cases included. */
class PageScoreTest {

    @Test
    void tokenisesOnWordCharactersKeepingCaseAndUnderscores() {
        assertThat(TokenNgrams.tokens("NATO's chief, snake_case — Zelenskyy 2023: Київ café ½"))
                .containsExactly("NATO", "s", "chief", "snake_case", "Zelenskyy", "2023", "Київ", "café", "½");
    }

    @Test
    void countsFourGramShinglesAndOneShortShingleForAShortText() {
        assertThat(TokenNgrams.of("a b c d e", 4)).containsOnlyKeys(List.of("a", "b", "c", "d"), List.of("b", "c", "d", "e"));
        assertThat(TokenNgrams.of("a b", 4)).containsOnlyKeys(List.of("a", "b"));
        assertThat(TokenNgrams.of(" ... ", 4)).isEmpty();
    }

    @Test
    void scoresAnExactMatchAsOne() {
        PageScore score = PageScore.of("one two three four five", "one, two; three four five!");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void normalisesCountsByAllShinglesOfThePage() {
        // gold: abcd bcde; predicted: abcd bcdx -> tp 1, fp 1, fn 1
        PageScore score = PageScore.of("a b c d e", "a b c d x");

        assertThat(score.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void anEmptyPredictionCountsOnlyInRecall() {
        PageScore score = PageScore.of("a b c d", "");

        assertThat(score.hasPrediction()).isFalse();
        assertThat(score.recall()).isZero();
        assertThat(BenchmarkScore.of(List.of(score, PageScore.of("a b c d", "a b c d"))))
                .isEqualTo(new BenchmarkScore(2, 1.0, 0.5));
    }

    @Test
    void anEmptyGoldCountsOnlyInPrecision() {
        PageScore score = PageScore.of("", "a b c d");

        assertThat(score.hasGold()).isFalse();
        assertThat(score.precision()).isZero();
    }

    @Test
    void f1IsOfTheAveragesNotTheAverageOfF1s() {
        BenchmarkScore score = BenchmarkScore.of(List.of(
                PageScore.of("a b c d e f g", "a b c d"), PageScore.of("a b c d", "a b c d e f g")));

        assertThat(score.f1()).isCloseTo(2 * score.precision() * score.recall()
                / (score.precision() + score.recall()), within(1e-12));
        assertThat(score.precision()).isCloseTo((1 + 0.25) / 2, within(1e-12));
    }
}
