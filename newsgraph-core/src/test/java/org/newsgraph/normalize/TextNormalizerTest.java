package org.newsgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesToNfc() {
        assertThat(TextNormalizer.normalize("Zelens\u030cky")).isEqualTo("Zelenšky");
    }

    @Test
    void keepsQuotesAndDashesAsTheyAre() {
        String text = "“Or more people will die,” he said — 'historic' – \"yes\" «non»";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void foldsWhiteSpaceAndKeepsParagraphs() {
        String raw = "  Title \t line \r\n\r\n\r\n\u00A0First  para\u2028second line \n \n\n Last ";
        assertThat(TextNormalizer.normalize(raw)).isEqualTo("Title line\n\nFirst para\nsecond line\n\nLast");
    }

    @Test
    void dropsInvisibleAndControlCharacters() {
        assertThat(TextNormalizer.normalize("Ky\u200Biv\u0007 in\u00ADside\uFEFF")).isEqualTo("Kyiv inside");
    }

    @Test
    void replacesLoneSurrogatesButKeepsPairs() {
        assertThat(TextNormalizer.normalize("a\uD800b 😀 c\uDC00")).isEqualTo("a b 😀 c");
    }

    @Test
    void isIdempotentOnRandomText() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                s.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
            }
            String once = TextNormalizer.normalize(s.toString());
            assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
            assertThat(once).doesNotContain("\n\n\n", "  ", "\r");
        }
    }
}
