package org.newsgraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnameParticlesTest {

    @Test
    void holdsTheParticlesOfEveryLanguageBothStagesRead() {
        assertThat(SurnameParticles.load()).contains("van", "von", "de", "della", "dos", "bin", "ibn", "ben", "al", "ten", "mac", "st.")
                .allSatisfy(p -> assertThat(p).isLowerCase().doesNotContainAnyWhitespaces());
    }
}
