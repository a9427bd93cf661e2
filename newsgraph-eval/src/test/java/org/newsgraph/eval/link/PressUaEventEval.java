package org.newsgraph.eval.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.events.PressEventScore;
import org.newsgraph.testkit.Seeds;

/**
 * The event each press-ua release reports (CC BY 4.0, president.gov.ua), against what its
 * headline states (a call or a meeting, who took part, where, which day) for the 76 releases whose
 * headline states one, scored as the project is measured from outside ({@link PressEventScore}).
 * Reported on the months whose errors were read while the rules were written and on the held-out
 * months ({@link LabelledCorpus#PRESS_HELD_OUT_MONTHS}), whose errors were not; each pinned a
 * little under what it reaches (docs/quality.md). Issue 13 asks for 0.9 on each check and 0.8
 * whole: on the held-out months all but the counterpart (4 of 6) are there; the counterpart is not
 * pinned, six releases are too few.
 */
class PressUaEventEval {

    // What each check reached when pinned (docs/quality.md), less about one release of 38.
    /** 1.000 when pinned. */
    private static final double TUNED_TYPE = 0.97;
    /** 1.000 when pinned. */
    private static final double TUNED_ACTOR = 0.97;
    /** 0.974 when pinned. */
    private static final double TUNED_DAY = 0.94;
    /** 0.947 when pinned. */
    private static final double TUNED_WHOLE = 0.92;
    /** 1.000 when pinned. */
    private static final double HELD_TYPE = 0.97;
    /** 1.000 when pinned. */
    private static final double HELD_ACTOR = 0.97;
    /** 0.947 when pinned. */
    private static final double HELD_DAY = 0.92;
    /** 0.895 (34 of 38) when pinned on 2026-12-07 (0.763 when first pinned). */
    private static final double HELD_WHOLE = 0.86;

    private static PressEventScore.Result tuned;
    private static PressEventScore.Result heldOut;

    @BeforeAll
    static void score() {
        PressUaAnalysis analysis = PressUaAnalysis.get();
        JsonNode documents = LabelledCorpus.pressUaDocuments(Seeds.shared());
        LabelledCorpus press = analysis.press;
        tuned = PressEventScore.score(analysis.export, documents, f -> !press.heldOut().test(f));
        heldOut = PressEventScore.score(analysis.export, documents, press.heldOut());
        System.out.println("PressUaEventEval: tuned months " + tuned);
        System.out.println("PressUaEventEval: held-out months " + LabelledCorpus.PRESS_HELD_OUT_MONTHS + " " + heldOut);
    }

    @Test
    void eachReleaseWithAStatedEventIsScoredOnBothParts() {
        assertThat(tuned.checks().get("type").applies()).isEqualTo(38);
        assertThat(heldOut.checks().get("type").applies()).isEqualTo(38);
    }

    @Test
    void theMainEventsTypeActorAndDayOnTheTunedMonths() {
        assertThat(tuned.rate("type")).isGreaterThanOrEqualTo(TUNED_TYPE);
        assertThat(tuned.rate("actor")).isGreaterThanOrEqualTo(TUNED_ACTOR);
        assertThat(tuned.rate("day")).isGreaterThanOrEqualTo(TUNED_DAY);
        assertThat(tuned.rate("whole")).isGreaterThanOrEqualTo(TUNED_WHOLE);
    }

    @Test
    void theMainEventsTypeActorAndDayOnTheHeldOutMonths() {
        assertThat(heldOut.rate("type")).isGreaterThanOrEqualTo(HELD_TYPE);
        assertThat(heldOut.rate("actor")).isGreaterThanOrEqualTo(HELD_ACTOR);
        assertThat(heldOut.rate("day")).isGreaterThanOrEqualTo(HELD_DAY);
        assertThat(heldOut.rate("whole")).isGreaterThanOrEqualTo(HELD_WHOLE);
    }
}
