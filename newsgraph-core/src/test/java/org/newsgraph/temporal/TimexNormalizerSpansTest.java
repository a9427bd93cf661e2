package org.newsgraph.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Timex;

/** What the normaliser drops as not time and splits as two expressions, on invented tagged sentences. */
class TimexNormalizerSpansTest {

    private final TimexNormalizer normalizer = new TimexNormalizer();

    /** Each expression the normaliser gives, as "text TYPE value". */
    private List<String> timexes(String published, String tagged, String... typedValues) {
        return normalizer.apply(TaggedText.sentence(published, tagged, List.of(typedValues))).nlp().timexes().stream()
                .map(TimexNormalizerSpansTest::show).toList();
    }

    private static String show(Timex t) {
        return t.text() + " " + t.type() + " " + t.value();
    }

    // 2009-02-20 is a Friday.

    @Test
    void splitsALengthFromTheDayThatFollowsIt() {
        assertThat(timexes("2009-02-20", "stocks/NNS fell/VBD to/TO their/PRP$ lowest/JJS in/IN over/IN [six/CD years/NNS on/IN Thursday]/NNP ./.",
                "2009-02-19-WXX-4 INTERSECT P6Y")).containsExactly("six years DURATION P6Y", "Thursday DATE 2009-02-19");
        assertThat(timexes("2009-02-24", "the/DT lowest/JJS in/IN over/IN [a/DT decade/NN on/IN Monday]/NNP ./.",
                "2009-02-23-WXX-1 INTERSECT P10Y")).containsExactly("a decade DURATION P10Y", "Monday DATE 2009-02-23");
        assertThat(timexes("2009-03-13", "markets/NNS had/VBD their/PRP$ best/JJS [week/NN since/IN November]/NNP ./.",
                "2008-11 OFFSET P1W")).containsExactly("week DURATION P1W", "November DATE 2008-11");
        assertThat(timexes("2010-05-07", "markets/NNS saw/VBD a/DT turbulent/JJ [day/NN yesterday]/NN ./.",
                "2010-05-06 INTERSECT P1D")).containsExactly("day DURATION P1D", "yesterday DATE 2010-05-06");
        assertThat(timexes("2009-02-24", "the/DT worst/JJS in/IN [years/NNS on/IN Monday]/NNP ./.",
                "2009-02-23-WXX-1 INTERSECT PXY")).containsExactly("years DURATION PXY", "Monday DATE 2009-02-23");
    }

    @Test
    void splitsAClockTimeFromTheDateAfterIt() {
        assertThat(timexes("2009-06-04", "it/PRP closed/VBD at/IN [16:15/CD UTC/NNP ,/, June/NNP 1st]/CD ./.",
                "TIME=2009-06-01T16:15+0000")).containsExactly("16:15 UTC TIME 2009-06-01T16:15Z", "June 1st DATE 2009-06-01");
    }

    @Test
    void keepsALengthCountedFromADayWhole() {
        assertThat(timexes("2009-02-20", "it/PRP opens/VBZ [a/DT week/NN from/IN Monday]/NNP ./.", "2009-03-02"))
                .containsExactly("a week from Monday DATE 2009-03-02");
        assertThat(timexes("2009-02-20", "it/PRP began/VBD [two/CD years/NNS ago]/RB ./.", "2007"))
                .containsExactly("two years ago DATE 2007");
    }

    @Test
    void fallIsTheSeasonOnlyAfterASeasonCue() {
        assertThat(timexes("2008-09-04", "a/DT [fall]/NN in/IN retail/JJ sales/NNS ./.", "2008-FA")).isEmpty();
        assertThat(timexes("2008-09-04", "its/PRP$ worst/JJS [fall]/NN since/IN 1987/CD ./.", "2008-FA")).isEmpty();
        assertThat(timexes("2008-09-04", "stocks/NNS [fall]/VBP sharply/RB ./.", "2008-FA")).isEmpty();
        assertThat(timexes("2008-09-04", "the/DT Dow/NNP [falls]/VBZ ./.", "2008-FA")).isEmpty();
        assertThat(timexes("2008-09-04", "it/PRP opens/VBZ [this/DT fall]/NN ./.", "2008-FA")).containsExactly("this fall DATE 2008-FA");
        assertThat(timexes("2008-09-04", "it/PRP opens/VBZ in/IN the/DT [fall]/NN ./.", "2008-FA")).containsExactly("fall DATE 2008-FA");
    }

    @Test
    void mayInLowerCaseIsTheModal() {
        assertThat(timexes("2005-10-13", "[this/DT may]/MD take/VB weeks/NNS ./.", "2005-05")).isEmpty();
        assertThat(timexes("2005-10-13", "it/PRP opened/VBD in/IN [May]/NNP ./.", "2005-05")).containsExactly("May DATE 2005-05");
    }

    @Test
    void aVerbIsNoTime() {
        assertThat(timexes("2022-04-11", "ready/JJ to/TO [present]/VB a/DT plan/NN ./.", "PRESENT_REF")).isEmpty();
        assertThat(timexes("2022-04-11", "troops/NNS [march]/VBP north/RB ./.", "XXXX-03")).isEmpty();
        assertThat(timexes("2022-04-11", "at/IN [present]/NN it/PRP waits/VBZ ./.", "PRESENT_REF"))
                .containsExactly("present DATE PRESENT_REF");
    }

    @Test
    void onceAgainAndAtOnceAreNoPastTime() {
        assertThat(timexes("2022-06-16", "it/PRP has/VBZ [once]/RB again/RB proved/VBN it/PRP ./.", "PAST_REF")).isEmpty();
        assertThat(timexes("2022-06-16", "they/PRP left/VBD at/IN [once]/RB ./.", "PAST_REF")).isEmpty();
        assertThat(timexes("2022-06-16", "it/PRP [once]/RB stood/VBD here/RB ./.", "PAST_REF"))
                .containsExactly("once DATE PAST_REF");
    }

    @Test
    void aMonthThatBeginsANameIsNoTime() {
        assertThat(timexes("2022-02-09", "minister/NN [Jan/NNP:jan:PERSON Novak]/NNP:novak:PERSON arrived/VBD ./.",
                "2022-01")).isEmpty();
        assertThat(timexes("2022-02-09", "the/DT [Czech/NNP:czech:LOCATION Republic/NNP:republic:LOCATION "
                + "Jan]/NNP:jan:LOCATION Novak/NNP:novak:LOCATION ./.", "2022-01")).isEmpty();
        assertThat(timexes("2022-02-09", "it/PRP opened/VBD in/IN [Jan/NNP:jan:DATE 2021]/CD:2021:DATE ./.",
                "2021-01")).containsExactly("Jan 2021 DATE 2021-01");
    }

    @Test
    void aSecondBeforeANounIsTheOrdinal() {
        assertThat(timexes("2007-03-19", "[A/DT second]/JJ explosion/NN followed/VBD ./.", "DURATION=PT1S")).isEmpty();
        assertThat(timexes("2007-03-19", "it/PRP stopped/VBD for/IN [a/DT second]/NN ./.", "DURATION=PT1S"))
                .containsExactly("a second DURATION PT1S");
    }
}
