package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.pipeline.Document;

/** Texts built to break the cleaner: it must give a text (maybe empty), quickly, never an exception. */
class HostileTextTest {

    private static final Duration QUICK = Duration.ofSeconds(10);

    @Test
    void randomPiecesOfPagesNeverThrow() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> pieces = List.of("Read more", "\n", "\n\n", "* ", "...", "…", " / ", " | ", "AP", "Share",
                "194", "The Daily Courier", "Read the latest news on ", "(L)", "pic.twitter.com/x1", "https://t.co/",
                "The pier opened on Monday. ", "“", "”", ":", "?", "!", ".", " — ", "\u00A0", "\uD83D\uDE00", "word ",
                "Ми", "記事", "(?<outlet>", "\\", "$", "1,2", "K");
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String title = random.nextBoolean() ? null : pieces.get(random.nextInt(pieces.size())).strip();

            Document clean = Cleaning.clean(title, TextNormalizer.normalize(text.toString()));

            assertThat(clean.text()).as("seed %d round %d", seed, round)
                    .doesNotContain("\n\n\n").isEqualTo(clean.text().strip());
            assertThat(clean.removed()).allMatch(removed -> !removed.text().isEmpty() && !removed.reason().isEmpty());
        }
    }

    @Test
    void randomCharactersNeverThrow() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                text.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
            }
            String normal = TextNormalizer.normalize(text.toString());

            assertThat(Cleaning.clean(normal.lines().findFirst().orElse(null), normal).text().length())
                    .isLessThanOrEqualTo(normal.length() * 2 + 2);
        }
    }

    @Test
    void aHugeFirstLineWithoutSpacesIsReadQuickly() {
        String line = "a".repeat(1_000_000) + ".";

        Document clean = assertTimeoutPreemptively(QUICK, () -> Cleaning.clean(line, "Body text here."));

        assertThat(clean.source().title()).isNull();
    }

    @Test
    void manyLinesSharingTheirFirstAndLastWordsAreComparedQuickly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("The council said that item ").append(i).append(" of the plan would go ahead as agreed.\n");
        }

        String clean = assertTimeoutPreemptively(QUICK, () -> Cleaning.cleaned(text.toString().strip()));

        assertThat(clean.lines().count()).isEqualTo(20_000);
    }

    @Test
    void aPageOfOneLineRepeatedIsCleanedQuickly() {
        String sentence = "The pier opened on Monday after a long delay, officials said.";
        String text = ("Share this article\n" + sentence + "\n").repeat(50_000);

        String clean = assertTimeoutPreemptively(QUICK, () -> Cleaning.cleaned(text.strip()));

        // printed 50,000 times, the sentence is the structure of the page, not a slip: it stays
        assertThat(clean.lines()).hasSize(50_000).containsOnly(sentence);
    }

    @Test
    void longTrailerShapedLinesAtTheEndAreReadQuickly() {
        String line = "Read " + "the latest news on ".repeat(5_000) + "The Courier";

        assertTimeoutPreemptively(QUICK, () -> Cleaning.cleaned("Story here.\n\n" + line + "\n\n" + line));
    }
}
