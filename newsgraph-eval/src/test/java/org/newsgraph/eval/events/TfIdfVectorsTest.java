package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.DataFileException;

class TfIdfVectorsTest {

    private final TfIdfVectors tfIdf = TfIdfVectors.english();

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigitsWithoutStopWords() {
        assertThat(tfIdf.counts("The Quake's toll: QUAKE, quake-hit Ankara 2009! Ça va."))
                .isEqualTo(Map.of("quake", 3, "toll", 1, "hit", 1, "ankara", 1, "2009", 1, "ça", 1, "va", 1));
    }

    @Test
    void weighsLogTermFrequencyByInverseDocumentFrequencyAtLengthOne() {
        List<SparseVector> v = tfIdf.vectors(List.of("Storm storm flood", "storm", "fire"));

        // d1: storm (1 + ln 2) * ln(3/2), flood 1 * ln 3, then normalised; d2: storm alone; d3: fire alone
        double storm = (1 + Math.log(2)) * Math.log(1.5);
        double flood = Math.log(3);
        assertThat(v.get(0).dot(v.get(1))).isCloseTo(storm / Math.hypot(storm, flood), within(1e-12));
        assertThat(v.get(0).dot(v.get(2))).isZero();
        assertThat(v).allSatisfy(x -> assertThat(x.norm()).isCloseTo(1, within(1e-12)));
    }

    @Test
    void aWordInEveryTextWeighsNothingAndATextOfNothingElseIsZero() {
        List<SparseVector> v = tfIdf.vectors(List.of("quake in Rome", "quake", "quake near Paris"));

        assertThat(v.get(1).size()).isZero();
        assertThat(v.get(1).norm()).isZero();
        assertThat(v.get(0).dot(v.get(2))).isZero();
    }

    @Test
    void hostileTextGivesVectorsOfLengthOneOrZero() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("", " ", "\u0000\uFFFF", "the of and", "é\u0301", "\uD83D\uDE00 x"));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(60); c > 0; c--) {
                text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(6) : random.nextInt(0x3000)));
            }
            texts.add(text.toString());
        }

        List<SparseVector> v = tfIdf.vectors(texts);

        assertThat(v).hasSameSizeAs(texts).allSatisfy(x -> assertThat(x.norm())
                .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isCloseTo(1, within(1e-9))));
    }

    @Test
    void theEnglishStopWordsAreFunctionWords() {
        assertThat(TfIdfVectors.stopWords("english/stop-words.txt")).contains("the", "of", "and", "s", "t")
                .doesNotContain("quake", "said", "police");
    }

    @Test
    void aBrokenStopWordListFailsNamingFileAndLine() {
        assertThatThrownBy(() -> TfIdfVectors.stopWords("broken/stop-words.txt"))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("broken/stop-words.txt:3: ");
        assertThatThrownBy(() -> TfIdfVectors.stopWords("broken/repeated.txt"))
                .hasMessage("broken/repeated.txt:3: listed twice: the");
    }

    @Test
    void sparseVectorsRefuseUnsortedTerms() {
        assertThatThrownBy(() -> new SparseVector(new int[] {2, 1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SparseVector(new int[] {1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
