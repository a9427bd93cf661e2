package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairwiseScoreTest {

    private static PairwiseScore.Item item(String document, String gold, String predicted) {
        return new PairwiseScore.Item(document, gold, predicted);
    }

    @Test
    void countsPredictedGoldAndAgreedPairs() {
        // gold {1,2,3} {4}; predicted {1,2} {3,4}: predicted pairs 12 34, gold 12 13 23, agreed 12
        PairwiseScore score = PairwiseScore.allPairs(List.of(
                item("d", "A", "x"), item("d", "A", "x"), item("d", "A", "y"), item("d", "B", "y")));

        assertThat(score).isEqualTo(new PairwiseScore(2, 3, 1));
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(score.f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void crossDocumentPairsLeaveOutPairsWithinOneDocument() {
        List<PairwiseScore.Item> items = List.of(
                item("d1", "A", "x"), item("d1", "A", "x"), item("d2", "A", "x"), item("d2", "B", "y"));

        assertThat(PairwiseScore.sameDocument(items)).isEqualTo(new PairwiseScore(1, 1, 1));
        assertThat(PairwiseScore.crossDocument(items)).isEqualTo(new PairwiseScore(2, 2, 2));
    }

    @Test
    void agreesWithCountingEveryPair() {
        Random random = new Random(7);
        List<PairwiseScore.Item> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(item("d" + random.nextInt(9), "g" + random.nextInt(40), "p" + random.nextInt(30)));
        }
        long predicted = 0;
        long gold = 0;
        long agreed = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                PairwiseScore.Item a = items.get(i);
                PairwiseScore.Item b = items.get(j);
                if (!a.document().equals(b.document())) {
                    boolean p = a.predicted().equals(b.predicted());
                    boolean g = a.gold().equals(b.gold());
                    predicted += p ? 1 : 0;
                    gold += g ? 1 : 0;
                    agreed += p && g ? 1 : 0;
                }
            }
        }
        assertThat(PairwiseScore.crossDocument(items)).isEqualTo(new PairwiseScore(predicted, gold, agreed));
    }

    @Test
    void nothingPredictedIsPrecisionOneAndNothingInTheGoldIsRecallOne() {
        PairwiseScore score = PairwiseScore.allPairs(List.of(item("d", "A", "x"), item("d", "B", "y")));

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }
}
