package org.newsgraph.eval.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.score.F1;

/**
 * The shingle matches of one page, as fractions of all shingles counted (so that a long article
 * weighs no more than a short one in the averages).
 *
 * @param tp shingles both in the gold and the prediction
 * @param fp shingles predicted beyond the gold
 * @param fn gold shingles the prediction lacks
 */
public record PageScore(double tp, double fp, double fn) {

    /** Scores a prediction against the gold text of its page. */
    public static PageScore of(String gold, String predicted) {
        Map<List<String>, Integer> truth = TokenNgrams.of(gold, TokenNgrams.N);
        Map<List<String>, Integer> guess = TokenNgrams.of(predicted, TokenNgrams.N);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(guess.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /** Whether the page counts in the precision average: something was predicted. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the page counts in the recall average: the gold has text. */
    public boolean hasGold() {
        return tp + fn > 0;
    }

    /** 1 when nothing is wrong (also when both are empty), 0 when nothing predicted is right. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        return F1.of(precision(), recall());
    }
}
