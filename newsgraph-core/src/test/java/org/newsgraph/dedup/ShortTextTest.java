package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts too short for a shingle are matched by their exact words only; texts without words not at all. */
class ShortTextTest {

    private final InMemorySeenArticles seen = new InMemorySeenArticles();
    private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupConfig.defaults(), seen);

    @Test
    void neverTakesATextWithoutWordsForACopyNorRemembersIt() {
        detector.remember(1, "");
        detector.remember(2, " \n\t-- ... !!! ");

        assertThat(detector.findCopy("")).isEmpty();
        assertThat(detector.findCopy("?!")).isEmpty();
        assertThat(seen.size()).isZero();
    }

    @Test
    void findsAShortTextByItsExactWords() {
        detector.remember(1, "Breaking news");

        assertThat(detector.findCopy("BREAKING  news!")).contains(1L);
        assertThat(detector.findCopy("Breaking story")).isEmpty();
    }

    @Test
    void aShortTextIsNoNearCopyOfALongerOne() {
        detector.remember(1, "Three short words");

        assertThat(detector.findCopy("Three short words here")).isEmpty();
        assertThat(detector.findCopy("Three short")).isEmpty();
    }

    @Test
    void aTextOfOneShingleIsRememberedWithASignature() {
        detector.remember(1, "Exactly four words here");

        assertThat(seen.signatureOf(1)).hasValueSatisfying(s -> assertThat(s.shingles()).isEqualTo(1));
        assertThat(detector.findCopy("exactly four words here.")).contains(1L);
    }
}
