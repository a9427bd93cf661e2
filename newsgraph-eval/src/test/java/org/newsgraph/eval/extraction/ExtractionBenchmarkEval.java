package org.newsgraph.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.Seeds;

/**
 * Main-text extraction on the shared half of the Zyte article-extraction benchmark, scored with
 * the benchmark's own metric, alone and with boilerplate removal on top (the text the export
 * shows). Trafilatura 2.0 reaches F1 0.958 on the full benchmark.
 */
class ExtractionBenchmarkEval {

    /** Just under what the extractor reaches today, so that a regression fails the build. */
    private static final double PINNED_F1 = 0.974;
    /** The two halves must agree: a rule tuned to some pages shows as a gap. */
    private static final double LARGEST_GAP_BETWEEN_HALVES = 0.02;

    /** Boilerplate lines are few once the extractor has chosen the article: removing them may cost this much. */
    private static final double LARGEST_COST_OF_CLEANING = 0.002;

    private static List<ExtractionBenchmark.Page> pages;
    private static List<ExtractionBenchmark.Page> cleaned;

    @BeforeAll
    static void extractEveryPage() throws IOException {
        Path folder = Seeds.shared().resolve("data/extraction-benchmark");
        pages = new ExtractionBenchmark(folder, ExtractionBenchmark.extraction()).run();
        cleaned = new ExtractionBenchmark(folder, ExtractionBenchmark.cleaning()).run();
        report();
    }

    @Test
    void readsEveryPageOfTheBenchmark() {
        assertThat(pages).hasSize(91);
    }

    @Test
    void reachesThePinnedF1() {
        assertThat(score(pages).f1()).isGreaterThanOrEqualTo(PINNED_F1);
    }

    @Test
    void boilerplateRemovalCostsTheScoreNextToNothing() {
        assertThat(score(cleaned).f1()).isGreaterThanOrEqualTo(score(pages).f1() - LARGEST_COST_OF_CLEANING)
                .isGreaterThanOrEqualTo(PINNED_F1 - LARGEST_COST_OF_CLEANING);
    }

    @Test
    void scoresBothHalvesAlike() {
        BenchmarkScore first = score(pages.stream().filter(ExtractionBenchmark.Page::inFirstHalf).toList());
        BenchmarkScore second = score(pages.stream().filter(page -> !page.inFirstHalf()).toList());

        assertThat(Math.abs(first.f1() - second.f1())).isLessThanOrEqualTo(LARGEST_GAP_BETWEEN_HALVES);
    }

    private static BenchmarkScore score(List<ExtractionBenchmark.Page> some) {
        return BenchmarkScore.of(some.stream().map(ExtractionBenchmark.Page::score).toList());
    }

    private static void report() {
        System.out.println("extraction benchmark, all:         " + score(pages));
        System.out.println("extraction and cleaning, all:      " + score(cleaned));
        System.out.println("extraction benchmark, first half:  "
                + score(pages.stream().filter(ExtractionBenchmark.Page::inFirstHalf).toList()));
        System.out.println("extraction benchmark, second half: "
                + score(pages.stream().filter(page -> !page.inFirstHalf()).toList()));
        pages.stream().sorted(Comparator.comparingDouble(page -> page.score().f1())).limit(10)
                .forEach(page -> System.out.println(String.format(Locale.ROOT, "  worst: %s P=%.3f R=%.3f F1=%.3f",
                        page.key(), page.score().precision(), page.score().recall(), page.score().f1())));
    }
}
