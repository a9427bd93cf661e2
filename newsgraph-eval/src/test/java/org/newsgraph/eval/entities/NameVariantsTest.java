package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    private final Random random = new Random(3);

    @RepeatedTest(20)
    void transliterationChangesOnlyTheEndingOfTheLastWord() {
        String variant = NameVariants.transliterated("Volodymyr Zelensky", random).orElseThrow();

        assertThat(variant).startsWith("Volodymyr Zelensk").isNotEqualTo("Volodymyr Zelensky")
                .matches("Volodymyr Zelensk(y|yy|i|ii|iy)");
    }

    @Test
    void transliterationNeedsAnEndingInYOrI() {
        assertThat(NameVariants.transliterated("Jens Stoltenberg", random)).isEmpty();
    }

    @RepeatedTest(20)
    void aTypoChangesOneLetterOfTheLongestWordButNotItsFirst() {
        String typo = NameVariants.typo("Jens Stoltenberg", random).orElseThrow();

        assertThat(typo).startsWith("Jens S").isNotEqualTo("Jens Stoltenberg");
        assertThat(Math.abs(typo.length() - "Jens Stoltenberg".length())).isLessThanOrEqualTo(1);
    }

    @Test
    void shortWordsGetNoTypo() {
        assertThat(NameVariants.typo("Li Na", random)).isEmpty();
    }

    @Test
    void anAcronymTakesTheCapitalisedWords() {
        assertThat(NameVariants.acronym("International Monetary Fund")).contains("IMF");
        assertThat(NameVariants.acronym("Bank of England")).contains("BE");
        assertThat(NameVariants.acronym("Boeing")).isEmpty();
    }
}
