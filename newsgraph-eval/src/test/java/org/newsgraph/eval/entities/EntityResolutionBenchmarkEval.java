package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resolution on 1,000 and 10,000 synthetic articles of real names. The report is printed; time is
 * asserted only against a bound far above n log n growth, on this thread's CPU time (wall time on
 * a shared machine counts the other processes too).
 */
class EntityResolutionBenchmarkEval {

    private static ResolutionGold corpus;
    private static ResolutionReport report;

    @BeforeAll
    static void runTheBenchmark() {
        corpus = EntityResolutionBenchmark.corpus(EntityResolutionBenchmark.sharedData(), EntityResolutionBenchmark.LARGE);
        report = EntityResolutionBenchmark.run(corpus, EntityResolutionBenchmark.SMALL, EntityResolutionBenchmark.RUNS);
        System.out.println("EntityResolutionBenchmarkEval:\n" + report.render());
    }

    @Test
    void buildsTwentyEntitiesAnArticleOnAverage() {
        assertThat(corpus.articles()).hasSize(10_000);
        assertThat(corpus.entities() / 10_000.0).isBetween(19.5, 20.5);
    }

    @Test
    void growsNoFasterThanNLogNByFar() {
        assertThat(report.cpuGrowth()).as(report.render()).isLessThan(3);
    }
}
