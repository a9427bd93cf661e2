package org.newsgraph.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model: one event in other words lies closer than another event in like words; bad text gives no error. */
class MiniLmEmbedderIT {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
    }

    @Test
    void oneEventInOtherWordsIsCloserThanAnUnrelatedReport() {
        float[] quake = embedder.embed("A strong earthquake struck the coast of Peru on Sunday, killing dozens.");
        float[] reworded = embedder.embed("Dozens died when a powerful quake hit Peru's coastline at the weekend.");
        float[] budget = embedder.embed("Parliament passed the budget after a long debate on pensions.");

        assertThat(cosine(quake, reworded)).isGreaterThan(cosine(quake, budget) + 0.2);
    }

    @Test
    void vectorsHave384DimensionsOfUnitLength() {
        float[] v = embedder.embed("Talks between the two presidents ended without agreement.");

        assertThat(v).hasSize(384);
        assertThat(cosine(v, v)).isCloseTo(1.0, offset(1e-4));
    }

    @Test
    void blankTextHasNoVectorAndAHugeTextIsCutNotRefused() {
        assertThat(embedder.embed("  \n")).isEmpty();
        assertThat(embedder.embed(null)).isEmpty();
        assertThat(embedder.embed("word ".repeat(200_000))).hasSize(384);
        assertThat(embedder.embed("\u0000\uFFFF\uD800 <script>alert(1)</script>")).hasSize(384);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
