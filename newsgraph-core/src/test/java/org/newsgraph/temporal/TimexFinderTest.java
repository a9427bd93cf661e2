package org.newsgraph.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Timex;

/** Expressions SUTime leaves out that the normaliser finds itself, on invented tagged sentences. */
class TimexFinderTest {

    private final TimexNormalizer normalizer = new TimexNormalizer();

    /** Each expression the normaliser gives, as "text TYPE value". */
    private List<String> timexes(String tagged, String... typedValues) {
        return normalizer.apply(TaggedText.sentence("2010-10-23", tagged, List.of(typedValues))).nlp().timexes().stream()
                .map(TimexFinderTest::show).toList();
    }

    private static String show(Timex t) {
        return t.text() + " " + t.type() + " " + t.value();
    }

    @Test
    void aLengthUpToNowIsADuration() {
        assertThat(timexes("prices/NNS rose/VBD over/IN [the/DT past/JJ decade]/NN ./.", "200X"))
                .containsExactly("the past decade DURATION P10Y");
        assertThat(timexes("sales/NNS fell/VBD in/IN [the/DT past/JJ week]/NN ./.", "2010-W41"))
                .containsExactly("the past week DURATION P1W");
        assertThat(timexes("sales/NNS fell/VBD in/IN [the/DT past/JJ two/CD years]/NNS ./.", "DURATION=P2Y"))
                .containsExactly("the past two years DURATION P2Y");
        assertThat(timexes("it/PRP rained/VBD for/IN the/DT last/JJ few/JJ days/NNS ./."))
                .containsExactly("the last few days DURATION PXD");
        assertThat(timexes("prices/NNS rose/VBD over/IN the/DT past/JJ sixty/CD years/NNS ./."))
                .containsExactly("the past sixty years DURATION P60Y");
        assertThat(timexes("stocks/NNS fell/VBD [the/DT past]/JJ five/CD trading/NN [days]/NNS ./.", "PAST_REF", "DURATION=PXD"))
                .containsExactly("the past five trading days DURATION P5D");
    }

    @Test
    void theLastYearWithoutACountStaysADate() {
        assertThat(timexes("sales/NNS fell/VBD in/IN [the/DT last/JJ year]/NN ./.", "2009"))
                .containsExactly("the last year DATE 2009");
    }

    @Test
    void aCountOfStraightUnitsIsALength() {
        assertThat(timexes("stocks/NNS fell/VBD for/IN six/CD straight/JJ [days]/NNS ./.", "DURATION=PXD"))
                .containsExactly("six straight days DURATION P6D");
        assertThat(timexes("the/DT biggest/JJS single-day/JJ drop/NN ./."))
                .containsExactly("single-day DURATION P1D");
        assertThat(timexes("a/DT decades-long/JJ dispute/NN and/CC a/DT week-long/JJ strike/NN ./."))
                .containsExactly("decades-long DURATION PXDE", "week-long DURATION P1W");
    }

    @Test
    void findsPartsOfYearsAndDecades() {
        assertThat(timexes("it/PRP opens/VBZ in/IN mid-2011/JJ ./.")).containsExactly("mid-2011 DATE 2011");
        assertThat(timexes("cars/NNS of/IN the/DT 70s/NNS and/CC 80s/NNS ./."))
                .containsExactly("the 70s DATE 197", "80s DATE 198");
        assertThat(timexes("she/PRP is/VBZ in/IN her/PRP$ 70s/NNS ./.")).isEmpty();
    }

    @Test
    void findsIndexicalWordsWithReferenceValues() {
        assertThat(timexes("the/DT recent/JJ fall/NN in/IN sales/NNS ./.")).containsExactly("recent DATE PAST_REF");
        assertThat(timexes("he/PRP said/VBD so/RB recently/RB ./.")).containsExactly("recently DATE PAST_REF");
        assertThat(timexes("it/PRP will/MD end/VB soon/RB ./.")).containsExactly("soon DATE FUTURE_REF");
        assertThat(timexes("call/VB as/RB soon/RB as/IN possible/JJ ./.")).isEmpty();
        assertThat(timexes("rates/NNS stay/VBP low/JJ in/IN the/DT near/JJ term/NN and/CC for/IN the/DT time/NN being/VBG ./."))
                .containsExactly("the near term DATE FUTURE_REF", "the time being DATE PRESENT_REF");
    }

    @Test
    void leavesWhatSutimeReadAroundAWordAlone() {
        assertThat(timexes("in/IN [recent/JJ years]/NNS ./.", "DURATION=PXY")).containsExactly("recent years DURATION PXY");
        assertThat(timexes("the/DT most/RBS recent/JJ [quarter]/NN ./.", "2010-Q3")).containsExactly("quarter DATE 2010-Q3");
    }
}
