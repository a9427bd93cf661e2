package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory port: lookups by hash, band and id. */
class InMemorySeenArticlesTest {

    private final InMemorySeenArticles seen = new InMemorySeenArticles();
    private final Signature signature = new Signature(5, new int[] {1, 2});
    private final BandKey band0 = new BandKey(0, 11);
    private final BandKey band1 = new BandKey(1, 22);

    @Test
    void findsTheFirstArticleWithAHash() {
        seen.remember(1, new Fingerprint("h", signature, List.of(band0)));
        seen.remember(2, new Fingerprint("h", signature, List.of(band0)));

        assertThat(seen.withCleanHash("h")).contains(1L);
        assertThat(seen.withCleanHash("other")).isEmpty();
    }

    @Test
    void findsEveryArticleSharingABand() {
        seen.remember(1, new Fingerprint("a", signature, List.of(band0, band1)));
        seen.remember(2, new Fingerprint("b", signature, List.of(band1)));
        seen.remember(3, new Fingerprint("c", signature, List.of(new BandKey(1, 11))));

        assertThat(seen.candidates(List.of(band0))).containsExactly(1L);
        assertThat(seen.candidates(List.of(band0, band1))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(seen.candidates(List.of(new BandKey(2, 11)))).isEmpty();
    }

    @Test
    void keepsTheFirstFingerprintOfAnId() {
        seen.remember(1, new Fingerprint("a", signature, List.of(band0)));
        seen.remember(1, new Fingerprint("b", Signature.EMPTY, List.of(band1)));

        assertThat(seen.signatureOf(1)).contains(signature);
        assertThat(seen.withCleanHash("b")).isEmpty();
        assertThat(seen.candidates(List.of(band1))).isEmpty();
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void knowsNoSignatureOfAnArticleNeverRemembered() {
        assertThat(seen.signatureOf(42)).isEmpty();
    }
}
