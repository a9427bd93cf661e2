package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signatures are stable, ignore what copying changes, and estimate Jaccard without bias. */
class MinHasherTest {

    private final DedupConfig config = DedupConfig.defaults();
    private final MinHasher hasher = new MinHasher(config);

    @Test
    void givesTheSameSignatureInEveryInstanceAndRun() {
        Signature once = hasher.signature(Texts.report());

        assertThat(new MinHasher(config).signature(Texts.report())).isEqualTo(once);
    }

    // Stored signatures, band keys and hashes must stay comparable with those of later versions:
    // if this fails, every store needs its fingerprints computed again.
    @Test
    void keepsTheFingerprintsOfEarlierVersions() {
        Fingerprint fingerprint = new Fingerprinter(config).of("The quick brown fox jumps over the lazy dog").orElseThrow();

        assertThat(fingerprint.signature().mins()).startsWith(-136073196, -1958572707).endsWith(-1752538932);
        assertThat(fingerprint.bands().get(0)).isEqualTo(new BandKey(0, 4092399740813457753L));
        assertThat(new Fingerprinter(config).of("The quick, brown FOX").orElseThrow().cleanHash())
                .isEqualTo("9ecb36561341d18eb65484e833efea61edc74b84cf5e6ae1b81c63533e25fc8f"); // sha256("the quick brown fox")
    }

    @Test
    void hasOneValuePerHashAndCountsDistinctShingles() {
        Signature signature = hasher.signature("one two three four one two three four");

        assertThat(signature.mins()).hasSize(config.hashes());
        assertThat(signature.shingles()).isEqualTo(4);
    }

    @Test
    void ignoresCasePunctuationAndSpacing() {
        assertThat(hasher.signature("Mayor Elena Castrillo said, \"no.\"\n\nThen left"))
                .isEqualTo(hasher.signature("mayor elena   castrillo SAID no then left"));
    }

    @Test
    void dependsOnWordOrder() {
        assertThat(hasher.signature("a b c d e f")).isNotEqualTo(hasher.signature("f e d c b a"));
    }

    @Test
    void givesNoSignatureToATextShorterThanAShingle() {
        assertThat(hasher.signature("only three words")).isEqualTo(Signature.EMPTY);
        assertThat(hasher.signature("")).isEqualTo(Signature.EMPTY);
    }

    @Test
    void estimatesJaccardWithinItsSamplingError() {
        Random random = new Random(42);
        double sumOfErrors = 0;
        int pairs = 200;
        for (int p = 0; p < pairs; p++) {
            double target = random.nextDouble();
            List<String> a = randomWords(random, 300);
            List<String> b = mix(a, random, target);
            double exact = exactJaccard(a, b);
            double estimate = hasher.signature(String.join(" ", a)).jaccard(hasher.signature(String.join(" ", b)));
            // Four standard deviations of a binomial share over the hashes, plus a little for ties.
            double sigma = Math.sqrt(exact * (1 - exact) / config.hashes());
            assertThat(estimate).isCloseTo(exact, within(4 * sigma + 0.01));
            sumOfErrors += estimate - exact;
        }
        assertThat(sumOfErrors / pairs).isCloseTo(0, within(0.01));
    }

    private static List<String> randomWords(Random random, int n) {
        return random.ints(n, 0, 1_000_000).mapToObj(i -> "w" + i).toList();
    }

    private static List<String> mix(List<String> words, Random random, double keep) {
        return words.stream().map(w -> random.nextDouble() < keep ? w : "x" + random.nextInt(1_000_000)).toList();
    }

    private static double exactJaccard(List<String> a, List<String> b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return (double) sa.size() / union.size();
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            set.add(String.join(" ", words.subList(i, i + 4)));
        }
        return set;
    }
}
