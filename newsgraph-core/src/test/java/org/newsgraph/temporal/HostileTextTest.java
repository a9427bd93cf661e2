package org.newsgraph.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.DataFileException;
import org.newsgraph.pipeline.Document;

/** Random and hostile text through the dater: no exception, no slow pattern, a date only with a basis. */
class HostileTextTest {

    private static final String PIECES = "0123456789 ./-,:|—–()@\n\nMarch Mar Friday Fri By Published Updated T Z 2021 "
            + "OSLO (Wire) - \u00a0\u0130\u0301é ";

    @Test
    void survivesRandomTextQuickly() {
        Random random = new Random(20210312);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 500; i++) {
                Document doc = PublicationDaterTest.dated(randomText(random, 1 + random.nextInt(400)));
                assertThat(doc.source().published().isKnown()).isEqualTo(doc.source().published().date() != null);
            }
        });
    }

    @Test
    void survivesLongLinesQuickly() {
        String longLine = "— " + "Name ".repeat(20_000) + "(@handle) " + "12 ".repeat(10_000);
        String longDateline = "OSLO, " + "March ".repeat(20_000) + " - story";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            PublicationDaterTest.dated(longLine);
            PublicationDaterTest.dated(longDateline);
            PublicationDaterTest.dated("12 March 2021 ".repeat(5_000));
        });
    }

    @Test
    void aBrokenDateFormatFailsNamingFileAndLine() {
        assertThatThrownBy(() -> DatingRules.read("broken"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("broken/date-formats.txt:2:");
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int at = random.nextInt(PIECES.length());
            text.append(PIECES, at, Math.min(PIECES.length(), at + 1 + random.nextInt(8)));
        }
        return text.toString();
    }
}
