package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EventSalience;
import org.newsgraph.pipeline.Document;

/** A main event left without a date says why, naming the words that keep it from one (names invented). */
class UndatedMainEventTest {

    private final EventExtractor extractor = new EventExtractor(EventLexicon.english(), EventConfig.defaults());

    @Test
    void thePastPerfectIsToldAsPastWithItsWords() {
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON had/VBD/have met/VBN/meet [Jan Nowak]:PERSON ."))
                .isEqualTo("told as past (\"had met\")");
    }

    @Test
    void aModalIsToldAsComingWithItsVerb() {
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON will/MD meet/VB/meet [Jan Nowak]:PERSON ."))
                .isEqualTo("told as coming (\"will meet\")");
    }

    @Test
    void aCueIsShownWithItsTriggerJoinedWhenNearAndAfterAnEllipsisWhenApart() {
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON attended/VBD/attend the/DT upcoming/JJ summit/NN ."))
                .isEqualTo("told as coming (\"upcoming summit\")");
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON attended/VBD/attend the/DT upcoming/JJ annual/JJ "
                + "defence/NN ministers/NNS summit/NN .")).isEqualTo("told as coming (\"upcoming … summit\")");
        assertThat(publishedMainNote("New/JJ sanctions/NNS/sanction against/IN [Acme]:ORGANIZATION "
                + "will/MD surely/RB hurt/VB/hurt .")).isEqualTo("told as coming (\"sanctions against Acme will\")");
        assertThat(publishedMainNote("New/JJ sanctions/NNS/sanction against/IN [Acme Group]:ORGANIZATION "
                + "will/MD surely/RB hurt/VB/hurt .")).isEqualTo("told as coming (\"sanctions … will\")");
    }

    @Test
    void aVagueReferenceIsToldAsPastWithItsWords() {
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON {recently=PAST_REF} met/VBD/meet [Jan Nowak]:PERSON ."))
                .isEqualTo("told as past (\"recently met\")");
    }

    @Test
    void aTimeWithoutADayIsNamed() {
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON resigned/VBD/resign {this week=2024-W10} ."))
                .isEqualTo("timed without a day (\"this week\")");
        assertThat(publishedMainNote("[Anna Kowalska]:PERSON resigned/VBD/resign in {July=XXXX-07} ."))
                .isEqualTo("timed without a day (\"July\")");
    }

    @Test
    void aDayOnlyThePublicationDayCouldPlaceSaysTheArticleHasNone() {
        assertThat(mainNote(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON on/IN {Wednesday=XXXX-WXX-3} .")))
                .isEqualTo("timed \"Wednesday\", and the article has no publication day to place it");
        assertThat(mainNote(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign in {July=XXXX-07} .")))
                .isEqualTo("timed \"July\", and the article has no publication day to place it");
        assertThat(mainNote(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON resigned/VBD/resign {this week=XXXX-WXX} .")))
                .as("no publication day makes a day of a week").isEqualTo("timed without a day (\"this week\")");
    }

    @Test
    void newsToldAsNowWithoutAPublicationDaySaysSo() {
        Event meeting = events(TestArticle.untitled()
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .").document()).get(0);

        assertThat(meeting.date().isKnown()).isFalse();
        assertThat(meeting.date().note()).isEqualTo("the article has no publication day");
    }

    @Test
    void aPublicationDateWithoutItsDayIsNoPublicationDay() {
        Event meeting = events(TestArticle.untitled().published("2024-03", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .").document()).get(0);

        assertThat(meeting.date().note()).isEqualTo("the article has no publication day");
    }

    @Test
    void anotherEventReportedAsNewsIsDatedByThePublicationDayAsTheMainEventIs() {
        List<Event> events = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON .")
                .sentence("They/PRP will/MD summit/VB in/IN autumn/NN .")
                .sentence("A/DT fire/NN broke/VBD/break out/RP .").document());

        assertThat(events.get(0).salience()).isEqualTo(EventSalience.MAIN);
        assertThat(events.get(0).date().isKnown()).isTrue();
        assertThat(events).extracting(e -> e.date().note()).containsOnlyNulls();
        assertThat(events).filteredOn(e -> e.type().equals("fire"))
                .extracting(Event::salience, e -> e.date().value(), e -> e.date().basis())
                .containsExactly(tuple(EventSalience.REPORTED, "2024-03-05", Basis.PUBLISHED));
    }

    @Test
    void anotherEventReportedWithATimeButNoDaySaysSo() {
        List<Event> events = events(TestArticle.untitled().published("2024-03-05", 1.0)
                .sentence("[Anna Kowalska]:PERSON met/VBD/meet [Jan Nowak]:PERSON on/IN {Monday=2024-03-04} .")
                .sentence("A/DT fire/NN broke/VBD/break out/RP {this week=2024-W10} .").document());

        assertThat(events).filteredOn(e -> e.type().equals("fire")).singleElement()
                .satisfies(fire -> assertThat(fire.date().isKnown()).isFalse())
                .satisfies(fire -> assertThat(fire.date().note()).isEqualTo("timed without a day (\"this week\")"));
    }

    @Test
    void longWordsAreCutAndKeptOnOneLine() {
        String note = publishedMainNote("[Anna Kowalska]:PERSON resigned/VBD/resign {in the course of the "
                + "long and eventful week that preceded the vote=2024-W10} .");

        assertThat(note).startsWith("timed without a day (\"in the course of").endsWith("…\")").doesNotContain("\n");
        assertThat(note.length()).isLessThan(70);
    }

    /** The note of the main event's date in an article published on 2024-03-05, or null without one. */
    private String publishedMainNote(String sentence) {
        List<Event> events = events(TestArticle.untitled().published("2024-03-05", 1.0).sentence(sentence).document());
        return events.isEmpty() || events.get(0).salience() != EventSalience.MAIN ? null : events.get(0).date().note();
    }

    private String mainNote(TestArticle article) {
        Event main = events(article.document()).get(0);
        assertThat(main.salience()).isEqualTo(EventSalience.MAIN);
        return main.date().note();
    }

    private List<Event> events(Document doc) {
        return extractor.apply(doc).events();
    }
}
