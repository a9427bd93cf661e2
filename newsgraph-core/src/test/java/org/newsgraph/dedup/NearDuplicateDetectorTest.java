package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.dedup.Texts.REPORT;
import static org.newsgraph.dedup.Texts.text;
import static org.newsgraph.dedup.Texts.without;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copies of a stored report are found, whatever was done to them; independent reports are not. */
class NearDuplicateDetectorTest {

    private static final long ORIGINAL = 7;

    private NearDuplicateDetector detector;

    @BeforeEach
    void rememberTheReport() {
        detector = new NearDuplicateDetector(DedupConfig.defaults(), new InMemorySeenArticles());
        detector.remember(ORIGINAL, Texts.report());
    }

    @Test
    void findsAnIdenticalText() {
        assertThat(detector.findCopy(Texts.report())).contains(ORIGINAL);
    }

    @Test
    void findsTheSameWordsWithOtherCaseSpacingAndPunctuationAsAnExactCopy() {
        String restyled = Texts.report().toUpperCase(java.util.Locale.ROOT).replace("\n", "  ").replace(",", " ;");

        assertThat(detector.findCopy(restyled)).contains(ORIGINAL);
    }

    @Test
    void findsACopyWithOneWordChanged() {
        assertThat(detector.findCopy(Texts.report().replace("Tuesday", "Monday"))).contains(ORIGINAL);
    }

    @Test
    void findsACopyWithAFifthOfItsSentencesDropped() {
        assertThat(detector.findCopy(text(without(REPORT, 2, 6, 10)))).contains(ORIGINAL);
    }

    @Test
    void findsACopyWithItsSentencesReordered() {
        List<String> shuffled = new ArrayList<>(REPORT);
        Collections.shuffle(shuffled, new java.util.Random(3));

        assertThat(detector.findCopy(text(shuffled))).contains(ORIGINAL);
    }

    @Test
    void findsACopyWithBoilerplateAndANewTitle() {
        List<String> lines = new ArrayList<>(REPORT);
        lines.add(0, "Deadly quake levels old town of Marveno");
        lines.add(1, "Share this article");
        lines.add("Read more: our coverage of the region");
        lines.add("Sign up for our daily newsletter");

        assertThat(detector.findCopy(text(lines))).contains(ORIGINAL);
    }

    @Test
    void findsACopyChangedInEveryWayAtOnce() {
        List<String> lines = new ArrayList<>(without(REPORT, 1, 5, 12));
        Collections.swap(lines, 0, 4);
        Collections.swap(lines, 7, 9);
        lines.add(0, "Quake kills 14 in Marveno");
        lines.add(3, "Advertisement");
        lines.add("Copyright 2024 Example News. All rights reserved.");

        assertThat(detector.findCopy(text(lines))).contains(ORIGINAL);
    }

    @Test
    void doesNotTakeAnIndependentReportOfTheSameEventForACopy() {
        assertThat(detector.findCopy(text(Texts.OTHER_REPORT))).isEmpty();
    }

    @Test
    void doesNotTakeALongerUpdateForACopyOfTheShortReportItContains() {
        NearDuplicateDetector fresh = new NearDuplicateDetector(DedupConfig.defaults(), new InMemorySeenArticles());
        fresh.remember(1, text(REPORT.subList(0, 5)));

        assertThat(fresh.findCopy(Texts.report())).isEmpty();
    }

    @Test
    void doesNotTakeTheFirstHalfOfTheReportForAnythingButItsCopy() {
        assertThat(detector.findCopy(text(REPORT.subList(0, 8)))).contains(ORIGINAL);
        assertThat(detector.findCopy(text(Texts.OTHER_REPORT.subList(0, 8)))).isEmpty();
    }

    @Test
    void pointsAtTheMostSimilarOfTwoCandidates() {
        detector.remember(8, text(without(REPORT, 0, 1, 2, 3, 4)));

        assertThat(detector.findCopy(text(without(REPORT, 14)))).contains(ORIGINAL);
    }

    @Test
    void pointsAtTheEarliestOfIdenticalOriginals() {
        detector.remember(9, Texts.report());
        detector.remember(3, text(without(REPORT, 0)));

        assertThat(detector.findCopy(Texts.report())).contains(ORIGINAL);
    }

    @Test
    void findsNothingInAnEmptyMemory() {
        NearDuplicateDetector empty = new NearDuplicateDetector(DedupConfig.defaults(), new InMemorySeenArticles());

        assertThat(empty.findCopy(Texts.report())).isEmpty();
    }
}
