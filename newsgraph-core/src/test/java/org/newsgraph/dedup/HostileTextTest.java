package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts built to break the detector: it must answer, never throw. */
class HostileTextTest {

    private final InMemorySeenArticles seen = new InMemorySeenArticles();
    private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults(), seen);

    @Test
    void randomTextsNeverThrow() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            String text = randomText(random, random.nextInt(2_000));
            long id = i;
            assertThatCode(() -> {
                detector.findCopy(text);
                detector.remember(id, text);
            }).as("seed %d, text %d", seed, i).doesNotThrowAnyException();
        }
    }

    @Test
    void aRandomTextIsACopyOfItself() {
        Random random = new Random(11);
        String text = randomText(random, 3_000);
        detector.remember(1, text);

        assertThat(detector.findCopy(text)).contains(1L);
    }

    @Test
    void handlesOneWordRepeatedAMillionTimes() {
        String text = "news ".repeat(1_000_000);
        detector.remember(1, text);

        assertThat(seen.signatureOf(1)).hasValueSatisfying(s -> assertThat(s.shingles()).isEqualTo(1));
        assertThat(detector.findCopy("news news news news")).contains(1L);
    }

    @Test
    void handlesLoneSurrogatesControlCharactersAndCombiningMarks() {
        String text = "\uD800 abc \uDC00\u0000\u0007 e\u0301te\u0301 \u0928\u092E\u0938\u094D\u0924\u0947 \uD83D\uDE00 x";

        assertThatCode(() -> detector.remember(1, text)).doesNotThrowAnyException();
        assertThat(detector.findCopy(text)).contains(1L);
    }

    @Test
    void keepsWordsOfEveryScript() {
        detector.remember(1, "Землетрясение в Марвено унесло жизни четырнадцати человек");

        assertThat(detector.findCopy("землетрясение в марвено унесло жизни четырнадцати человек!")).contains(1L);
        assertThat(detector.findCopy("Наводнение в Марвено")).isEmpty();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        String[] pieces = {" ", "\n", "the ", "quake ", ".", "\u00A0", "\u200B", "é", "\u0301", "\uD800", "\uDC00",
                "\uD83D\uDE00", "\u0000", "ß", "İ", "ﬁ", "日本", "123", "-", "'"};
        while (text.length() < length) {
            if (random.nextBoolean()) {
                text.append(pieces[random.nextInt(pieces.length)]);
            } else {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
    }
}
