package org.newsgraph.eval.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.testkit.Seeds;

/**
 * Time expressions of the 120 MEANTIME articles (CC BY 4.0), found and normalised by the product
 * (CoreNLP's SUTime anchored on each article's creation time, then the TimexNormalizer of the
 * recipe) and scored TempEval-3 style against the gold TIMEX3. Pinned just under what it reaches
 * today (docs/quality.md); the normaliser must not lower value accuracy.
 */
class MeantimeTimexEval {

    /** Measured 0.874 (SUTime's 0.844, with what the normaliser drops, splits and finds), less 0.01, rounded down. */
    static final double PINNED_STRICT_F1 = 0.86;
    /** Measured 0.948 (SUTime 0.919). */
    static final double PINNED_RELAXED_F1 = 0.93;
    /** Measured 0.938. */
    static final double PINNED_TYPE_ACCURACY = 0.92;
    /** Measured 0.888 with the normaliser (SUTime alone 0.819). */
    static final double PINNED_VALUE_ACCURACY = 0.87;
    /** Measured 0.842 with the normaliser (SUTime alone 0.753). */
    static final double PINNED_VALUE_F1 = 0.83;

    private static List<TimexArticle> articles;
    private static TimexEvaluation.Report report;

    @BeforeAll
    static void annotateEveryArticleOfMeantime() {
        articles = MeantimeTimexes.read(Seeds.shared().resolve("data/meantime"));
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        report = TimexEvaluation.run(articles, newsgraph.coreNlp(() -> { }));
        System.out.println("MeantimeTimexEval:\n" + report.render());
    }

    @Test
    void readsEveryArticleAndItsTimeExpressions() {
        assertThat(articles).hasSize(120);
        assertThat(articles.stream().mapToInt(a -> a.gold().size()).sum()).isEqualTo(488);
        // two articles give no creation time value: they are read without an anchor
        assertThat(articles.stream().filter(a -> a.creationTime().isEmpty()).map(TimexArticle::name).toList()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void reachesThePinnedSpanF1() {
        TimexScore all = report.normalisedAll();
        assertThat(all.strictF1()).as("strict span F1: %s", all).isGreaterThanOrEqualTo(PINNED_STRICT_F1);
        assertThat(all.relaxedF1()).as("relaxed span F1: %s", all).isGreaterThanOrEqualTo(PINNED_RELAXED_F1);
    }

    @Test
    void reachesThePinnedTypeAndValueScores() {
        TimexScore all = report.normalisedAll();
        assertThat(all.typeAccuracy()).as("type accuracy: %s", all).isGreaterThanOrEqualTo(PINNED_TYPE_ACCURACY);
        assertThat(all.valueAccuracy()).as("value accuracy: %s", all).isGreaterThanOrEqualTo(PINNED_VALUE_ACCURACY);
        assertThat(all.valueF1()).as("value F1: %s", all).isGreaterThanOrEqualTo(PINNED_VALUE_F1);
    }

    @Test
    void theNormaliserLowersNoValueScore() {
        assertThat(report.normalisedAll().valueAccuracy()).as("ours %s, SUTime %s", report.normalisedAll(), report.sutimeAll())
                .isGreaterThanOrEqualTo(report.sutimeAll().valueAccuracy());
        assertThat(report.normalisedAll().valueF1()).isGreaterThanOrEqualTo(report.sutimeAll().valueF1());
    }
}
