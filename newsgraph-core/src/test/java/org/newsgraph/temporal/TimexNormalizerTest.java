package org.newsgraph.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Invented sentences with the tags and values a tagger and SUTime would give them. */
class TimexNormalizerTest {

    private final TimexNormalizer normalizer = new TimexNormalizer();

    private String value(String published, String tagged, String sutime) {
        return only(normalizer.apply(TaggedText.sentence(published, tagged, sutime))).value();
    }

    private String value(String published, String tagged, String type, String sutime) {
        return only(normalizer.apply(TaggedText.sentence(published, tagged, type, sutime))).value();
    }

    private static Timex only(Document document) {
        assertThat(document.nlp().timexes()).hasSize(1);
        return document.nlp().timexes().get(0);
    }

    // 2023-10-11 is a Wednesday.

    @Test
    void aWeekdayAfterAPastVerbIsTheLatestSuchDayOnOrBeforeThePublicationDay() {
        assertThat(value("2023-10-11", "the/DT fighting/NN escalated/VBD on/IN [Saturday]/NNP ./.", "2023-10-14"))
                .isEqualTo("2023-10-07");
        assertThat(value("2023-10-11", "she/PRP arrived/VBD:arrive in/IN the/DT city/NN on/IN [Wednesday]/NNP ./.", "2023-10-11"))
                .isEqualTo("2023-10-11");
    }

    @Test
    void aWeekdayInAFutureClauseIsTheNextSuchDayAfterThePublicationDay() {
        assertThat(value("2023-10-11", "ministers/NNS will/MD meet/VB on/IN [Monday]/NNP ./.", "2023-10-09"))
                .isEqualTo("2023-10-16");
        assertThat(value("2023-10-11", "the/DT council/NN is/VBZ:be to/TO vote/VB on/IN [Tuesday]/NNP ./.", "2023-10-10"))
                .isEqualTo("2023-10-17");
        assertThat(value("2023-10-11", "the/DT board/NN plans/VBZ:plan to/TO decide/VB [next/JJ Wednesday]/NNP ./.", "2023-10-18"))
                .isEqualTo("2023-10-18");
    }

    @Test
    void aWeekdayBeforeTheVerbTakesTheVerbAfterIt() {
        assertThat(value("2023-10-11", "[Thursday]/NNP ,/, the/DT ministers/NNS will/MD decide/VB ./.", "2023-10-12"))
                .isEqualTo("2023-10-12");
        assertThat(value("2023-10-11", "[Monday]/NNP ,/, the/DT ministers/NNS decided/VBD ./.", "2023-10-09"))
                .isEqualTo("2023-10-09");
    }

    @Test
    void anExpressionEndingASubjectTakesTheVerbAfterIt() {
        assertThat(value("2023-04-20", "he/PRP believed/VBD:believe the/DT summit/NN in/IN [July]/NNP could/MD be/VB historic/JJ ./.",
                "2022-07")).isEqualTo("2023-07");
    }

    @Test
    void aWeekdayWithoutTenseIsTheNearestOne() {
        assertThat(value("2023-10-11", "talks/NNS on/IN [Friday]/NNP ./.", "2023-10-13")).isEqualTo("2023-10-13");
        assertThat(value("2023-10-11", "talks/NNS on/IN [Sunday]/NNP ./.", "2023-10-15")).isEqualTo("2023-10-08");
    }

    @Test
    void lastAndNextWeekdaysLookAwayFromThePublicationDayWhateverTheTense() {
        assertThat(value("2023-10-11", "they/PRP met/VBD [last/JJ Wednesday]/NNP ./.", "2023-10-04")).isEqualTo("2023-10-04");
        assertThat(value("2023-10-11", "they/PRP meet/VBP [next/JJ Monday]/NNP ./.", "2023-10-16")).isEqualTo("2023-10-16");
    }

    @Test
    void aPartOfTheDayKeepsItsTimeMlSuffix() {
        assertThat(value("2022-06-30", "she/PRP spoke/VBD on/IN [Thursday/NNP morning]/NN ./.", "TIME", "2022-06-30TMO"))
                .isEqualTo("2022-06-30TMO");
    }

    @Test
    void lastSeptemberIsTheSeptemberBeforeThePublicationMonth() {
        assertThat(value("2023-04-20", "it/PRP applied/VBD [last/JJ September]/NNP ./.", "2023-09")).isEqualTo("2022-09");
        assertThat(value("2009-10-12", "it/PRP applied/VBD [last/JJ September]/NNP ./.", "2009-09")).isEqualTo("2009-09");
    }

    @Test
    void aMonthWithoutAYearTakesItsYearFromTense() {
        assertThat(value("2023-01-02", "the/DT plant/NN closed/VBD in/IN [November]/NNP ./.", "2023-11")).isEqualTo("2022-11");
        assertThat(value("2023-11-20", "the/DT summit/NN will/MD be/VB in/IN [July]/NNP ./.", "2023-07")).isEqualTo("2024-07");
        assertThat(value("2023-04-20", "the/DT summit/NN in/IN [July]/NNP could/MD be/VB historic/JJ ./.", "2023-07"))
                .isEqualTo("2023-07");
    }

    @Test
    void aDayOfAMonthWithoutAYearInThePastIsBeforeThePublicationDay() {
        assertThat(value("2023-01-02", "the/DT fire/NN started/VBD on/IN [December/NNP 28]/CD ./.", "2023-12-28"))
                .isEqualTo("2022-12-28");
        assertThat(value("2022-12-30", "the/DT law/NN will/MD apply/VB from/IN [January/NNP 3]/CD ./.", "2022-01-03"))
                .isEqualTo("2023-01-03");
        assertThat(value("2005-11-05", "the/DT launch/NN was/VBD:be due/JJ on/IN [November/NNP 11]/CD ./.", "2005-11-11"))
                .isEqualTo("2005-11-11");
    }

    @Test
    void daysNamedFromThePublicationDay() {
        assertThat(value("2023-04-20", "the/DT meeting/NN to/TO be/VB held/VBN [tomorrow]/NN ./.", "2023-04-21")).isEqualTo("2023-04-21");
        assertThat(value("2022-12-31", "we/PRP meet/VBP [tomorrow]/NN ./.", "2022-01-01")).isEqualTo("2023-01-01");
        assertThat(value("2023-01-01", "it/PRP fell/VBD [yesterday/NN morning]/NN ./.", "2022-12-31TMO")).isEqualTo("2022-12-31TMO");
        assertThat(value("2023-04-20", "I/PRP am/VBP here/RB [today]/NN ./.", "2023-04-20")).isEqualTo("2023-04-20");
    }

    @Test
    void unitsAgoCountBackFromThePublicationDay() {
        assertThat(value("2023-04-20", "the/DT invasion/NN [nearly/RB 14/CD months/NNS ago]/RB ./.", "2022-02")).isEqualTo("2022-02");
        assertThat(value("2023-04-20", "it/PRP began/VBD [two/CD weeks/NNS ago]/RB ./.", "2023-04-06")).isEqualTo("2023-04-06");
        assertThat(value("2023-04-20", "it/PRP began/VBD [three/CD years/NNS ago]/RB ./.", "2020")).isEqualTo("2020");
    }

    @Test
    void unitsAgoTodayNameTheAnchorsDayThatManyUnitsBefore() {
        assertThat(value("2024-02-06", "[one/CD year/NN ago/RB today]/NN ,/, it/PRP struck/VBD ./.", "THIS P1D INTERSECT 2023-02-06"))
                .isEqualTo("2023-02-06");
        assertThat(value("2024-03-31", "[one/CD month/NN ago/RB today]/NN ,/, it/PRP began/VBD ./.", "X"))
                .isEqualTo("2024-02-29");
        assertThat(value("2024-02-06", "[three/CD weeks/NNS ago/RB this/DT day]/NN ./.", "X")).isEqualTo("2024-01-16");
    }

    @Test
    void unitsAgoCountWithTheSharedNumberWords() {
        assertThat(value("2023-04-20", "it/PRP began/VBD [sixty/CD years/NNS ago]/RB ./.", "PAST_REF")).isEqualTo("1963");
        assertThat(value("2023-04-20", "it/PRP began/VBD [a/DT hundred/CD years/NNS ago]/RB ./.", "PAST_REF")).isEqualTo("1923");
        assertThat(value("2023-04-20", "it/PRP began/VBD [a/DT couple/NN of/IN weeks/NNS ago]/RB ./.", "PAST_REF"))
                .isEqualTo("2023-04-06");
    }

    @Test
    void weeksAreIsoWeeksOfTheirWeekBasedYearAtYearEnds() {
        // 2022-12-30 is a Friday of 2022-W52; the next week is 2023-W01.
        assertThat(value("2022-12-30", "they/PRP will/MD meet/VB [next/JJ week]/NN ./.", "2022-W01")).isEqualTo("2023-W01");
        // 2023-01-02 is the Monday of 2023-W01; the week before is 2022-W52.
        assertThat(value("2023-01-02", "they/PRP met/VBD [last/JJ week]/NN ./.", "2023-W52")).isEqualTo("2022-W52");
        // 2023-01-01 is a Sunday, still in 2022-W52.
        assertThat(value("2023-01-01", "they/PRP met/VBD [earlier/RBR this/DT week]/NN ./.", "2023-W52")).isEqualTo("2022-W52");
        assertThat(value("2024-12-30", "a/DT vote/NN [this/DT week]/NN ./.", "2024-W01")).isEqualTo("2025-W01");
    }

    @Test
    void monthsAndYearsNextToThePublicationDay() {
        assertThat(value("2023-01-02", "sales/NNS fell/VBD [last/JJ month]/NN ./.", "2023-12")).isEqualTo("2022-12");
        assertThat(value("2022-12-30", "sales/NNS will/MD rise/VB [next/JJ year]/NN ./.", "2023")).isEqualTo("2023");
        assertThat(value("2023-10-11", "a/DT vote/NN [this/DT weekend]/NN ./.", "2023-W41-WE")).isEqualTo("2023-W41-WE");
    }

    @Test
    void theComingWeeksAreTheFuture() {
        assertThat(value("2023-04-20", "attacks/NNS in/IN [the/DT coming/VBG weeks]/NNS ./.", "P1W")).isEqualTo("FUTURE_REF");
    }

    @Test
    void aDayBeforeCountsFromTheDayLastNarrated() {
        String body = "The vote was on 2023-03-01 . Talks had ended a day before .";
        Span date = new Span(16, 26);
        Span before = new Span(45, 57);
        NlpDocument nlp = new NlpDocument(List.of(new Sentence(0, new Span(0, body.length()), List.of(
                new Token(new Span(0, 3), "The", "DT", "the", "O")))), List.of(), List.of(
                new Timex(date, date.of(body), "DATE", "2023-03-01"),
                new Timex(before, before.of(body), "DATE", "P1D")));
        Document out = normalizer.apply(TaggedText.document("2023-04-20", body, nlp));
        assertThat(before.of(body)).isEqualTo("a day before");
        assertThat(out.nlp().timexes().get(1).value()).isEqualTo("2023-02-28");
    }

    @Test
    void theDayAndTheSameDayAreTheDayLastNarrated() {
        // 2009-04-04 is a Saturday
        Document out = normalizer.apply(TaggedText.sentence("2009-04-04",
                "jobs/NNS fell/VBD on/IN [Friday]/NNP ,/, a/DT report/NN said/VBD:say on/IN [the/DT same/JJ day]/NN ./.",
                List.of("2009-04-10", "2009-04-04")));
        assertThat(out.nlp().timexes()).extracting(Timex::value).containsExactly("2009-04-03", "2009-04-03");
        assertThat(value("2009-04-04", "stocks/NNS rose/VBD at/IN [the/DT start/NN of/IN the/DT day]/NN ./.", "2009-04-04"))
                .isEqualTo("2009-04-04");
    }

    @Test
    void aBarePartOfTheDayIsOfTheDayLastNarrated() {
        // 2010-03-03 is a Wednesday
        Document out = normalizer.apply(TaggedText.sentence("2010-03-03",
                "Ford/NNP said/VBD:say on/IN [Tuesday]/NNP its/PRP$ stock/NN rose/VBD in/IN [morning]/NN trading/NN ./.",
                List.of("2010-03-02", "TIME=2010-03-03TMO")));
        assertThat(out.nlp().timexes()).extracting(Timex::value).containsExactly("2010-03-02", "2010-03-02TMO");
    }

    @Test
    void aMonthAfterSinceIsInThePast() {
        assertThat(value("2009-03-13", "the/DT best/JJS week/NN since/IN [November]/NNP ./.", "2009-11")).isEqualTo("2008-11");
        assertThat(value("2009-03-13", "prices/NNS will/MD stay/VB above/IN the/DT level/NN since/IN [November]/NNP ./.", "2009-11"))
                .isEqualTo("2008-11");
    }

    @Test
    void quartersByOrdinalAndYearOrNextToThePublicationDay() {
        assertThat(value("2007-01-18", "sales/NNS rose/VBD in/IN [the/DT last/JJ quarter]/NN ./.", "2007-Q1")).isEqualTo("2006-Q4");
        assertThat(value("2007-05-18", "sales/NNS will/MD rise/VB [next/JJ quarter]/NN ./.", "2007-Q3")).isEqualTo("2007-Q3");
        assertThat(value("2010-01-28", "in/IN [the/DT final/JJ quarter/NN of/IN 2009]/CD ./.", "2009 INTERSECT PXM")).isEqualTo("2009-Q4");
        assertThat(value("2009-02-11", "in/IN [the/DT first/JJ quarter/NN of/IN last/JJ year]/NN ./.", "2008-Q1")).isEqualTo("2008-Q1");
        assertThat(value("2009-02-11", "in/IN [the/DT third/JJ quarter]/NN ./.", "2009-Q3")).isEqualTo("2009-Q3");
    }

    @Test
    void valuesAreWrittenAsTimeMlWritesThem() {
        assertThat(value("2009-12-16", "at/IN [18:00/CD UTC]/NNP ./.", "TIME", "2009-12-16T18:00+0000")).isEqualTo("2009-12-16T18:00Z");
        assertThat(value("2009-12-16", "at/IN [18:00/CD EST]/NNP ./.", "TIME", "2009-12-16T18:00-0500")).isEqualTo("2009-12-16T18:00-0500");
        assertThat(value("2009-12-16", "in/IN [the/DT 1990s]/CD ./.", "199X")).isEqualTo("199");
        assertThat(value(null, "at/IN [08:30/CD UTC]/NNP ./.", "TIME", "T08:30+0000")).isEqualTo("T08:30Z");
    }

    @Test
    void keepsSuTimesValueWhenNoRuleReadsTheExpression() {
        assertThat(value("2023-04-20", "in/IN [2021]/CD ./.", "2021")).isEqualTo("2021");
        assertThat(value("2023-04-20", "for/IN [three/CD years]/NNS ./.", "DURATION", "P3Y")).isEqualTo("P3Y");
    }

    @Test
    void withoutAPublicationDayEveryValueStays() {
        Document out = normalizer.apply(TaggedText.sentence(null, "they/PRP met/VBD on/IN [Monday]/NNP ./.", "XXXX-WXX-1"));
        assertThat(only(out).value()).isEqualTo("XXXX-WXX-1");
        assertThat(out.has(Facet.TIMEX_VALUES)).isTrue();
    }

    @Test
    void hostileExpressionsNeverThrow() {
        Random random = new Random(5);
        String alphabet = "aelmnorstwy0123456789 -’'.:/ ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder word = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = word.toString();
            for (String prefix : List.of("", "last ", "99 days ago ", "december ", "in ")) {
                String body = prefix + text;
                Span all = new Span(0, body.length());
                NlpDocument nlp = new NlpDocument(List.of(), List.of(), List.of(new Timex(all, body, "DATE", null)));
                normalizer.apply(TaggedText.document("2023-04-20", body, nlp));
            }
        }
        assertThat(value("2023-04-20", "[99999999999999999999/CD days/NNS ago]/RB", "X")).isEqualTo("X");
    }
}
