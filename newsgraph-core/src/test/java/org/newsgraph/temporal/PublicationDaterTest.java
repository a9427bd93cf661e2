package org.newsgraph.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.CleanRules;
import org.newsgraph.clean.DatelineReader;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Publication dates read from invented articles: 2021-03-12 was a Friday. */
class PublicationDaterTest {

    static final PublicationDater DATER = new PublicationDater(DatingRules.english(), DaterConfig.defaults());
    private static final DatelineReader DATELINES = new DatelineReader(CleanRules.english(), ArticleTop.defaults());
    private static final String STORY = "The harbour authority reopened the northern pier after repairs that took most of"
            + " the winter, and ferry operators said they expected the first crossings within days, weather allowing.";
    private static final String SIGNATURE = "— Anna Berg (@annaberg_news) March 12, 2021";

    @Test
    void requiresTheCleanTextAndItsDatelineAndProvidesThePublicationDate() {
        assertThat(DATER.requires()).containsExactlyInAnyOrder(Facet.CLEAN_TEXT, Facet.DATELINE);
        assertThat(DATER.provides()).containsExactly(Facet.PUBLICATION_DATE);
        assertThat(dated(STORY).has(Facet.PUBLICATION_DATE)).isTrue();
    }

    @Test
    void readsADateLineUnderTheHeadline() {
        Document doc = dated(lines("12 Mar, 2021", "", STORY));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.TEXT, 0.8));
        assertThat(doc.notes()).containsExactly("published 2021-03-12 from a date line at the top of the text");
    }

    @Test
    void readsTheCommonWaysToWriteADateLine() {
        for (String line : List.of("March 12, 2021", "12 March 2021", "12th of March, 2021", "Mar. 12, 2021",
                "Friday, March 12, 2021", "Fri 12 Mar 2021 14:05 GMT", "2021-03-12", "2021-03-12T14:05:00Z",
                "2021/03/12", "Published: 12 March 2021 14:05",
                "Posted on March 12, 2021 at 2:05 pm", "LONDON, 12 March 2021")) {
            assertThat(dayOf(lines(line, STORY))).as(line).isEqualTo("2021-03-12");
        }
        for (String line : List.of("13.03.2021", "13/03/2021", "03/13/2021", "13-03-2021")) {
            assertThat(dayOf(lines(line, STORY))).as(line).isEqualTo("2021-03-13");
        }
    }

    @Test
    void readsTheDateOfAByline() {
        Document doc = dated(lines("By Anna Berg and Tom de Vries | 12 Mar, 2021", STORY));

        assertThat(doc.source().published().day()).isEqualTo("2021-03-12");
        assertThat(doc.notes()).containsExactly("published 2021-03-12 from a byline");
    }

    @Test
    void prefersThePublishedDateToAnUpdate() {
        assertThat(dayOf(lines("Updated 14 March 2021 09:00", "Published 12 March 2021 18:30", STORY)))
                .isEqualTo("2021-03-12");
        assertThat(dayOf(lines("Published 12 March 2021, updated 14 March 2021", STORY))).isEqualTo("2021-03-12");
    }

    @Test
    void takesAnUpdateOnlyWhenNoLineGivesTheFirstPublication() {
        PublicationDate published = dated(lines("Last updated: 14 March 2021", STORY)).source().published();

        assertThat(published).isEqualTo(new PublicationDate("2021-03-14", Basis.TEXT, 0.6));
    }

    @Test
    void readsAWireDatelineAtTheHeadOfTheFirstParagraph() {
        String paragraph = "OSLO, March 12, 2021 (Nordic Wire) - " + STORY;

        assertThat(dayOf(paragraph)).isEqualTo("2021-03-12");
        assertThat(dated(paragraph).notes()).containsExactly("published 2021-03-12 from the dateline of the first paragraph");
    }

    @Test
    void neverReadsADateInsideASentence() {
        assertThat(dayOf(lines("The treaty was signed on 12 March 2021 in the old town hall, officials said.", STORY)))
                .isNull();
        assertThat(dayOf(lines("Talks ended on 12 March 2021.", STORY))).isNull();
        assertThat(dayOf(lines("By 12 March 2021 the pier had reopened", STORY))).isNull();
        assertThat(dayOf(lines(STORY, "The pier reopened on March 12, 2021, the authority said."))).isNull();
    }

    @Test
    void guessesTheNewestBodyDateOnlyWhenTheArticleNamesItsVeryWeekday() {
        Document doc = dated(lines(STORY, "The pier closed on 2 March 2021 and reopened on 12 March 2021.",
                "Crews finished the last repairs on Friday, the authority said."));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.WEEKDAY, 0.4));
        assertThat(doc.notes()).singleElement().asString().contains("the article's Friday is that day");
    }

    @Test
    void aBodyDateOnAnotherWeekdayGivesNoDate() {
        assertThat(dayOf(lines(STORY, "The pier reopened on 12 March 2021.",
                "Crews finished the last repairs on Wednesday, the authority said."))).isNull();
    }

    @Test
    void neverReadsADateBelowTheTopOfTheText() {
        assertThat(dayOf(lines(STORY, STORY, "12 March 2021"))).isNull();
        assertThat(dayOf(lines("One", "Two", "Three", "Four", "Five", "Six", "12 March 2021", STORY))).isNull();
    }

    @Test
    void readsNoDateThatCouldBeReadTwoWays() {
        assertThat(dayOf(lines("03/04/2021", STORY))).isNull();
        assertThat(dayOf(lines("03.04.2021", STORY))).isNull();
        assertThat(dayOf(lines("04/04/2021", STORY))).isEqualTo("2021-04-04");
    }

    @Test
    void readsNoDateWithoutAYear() {
        assertThat(dayOf(lines("April 20", STORY))).isNull();
        assertThat(dayOf(lines("The visit became known on the morning of April 20.", STORY))).isNull();
    }

    @Test
    void readsNoDateThatIsNoDay() {
        assertThat(dayOf(lines("31 February 2021", STORY))).isNull();
        assertThat(dayOf(lines("13/13/2021", STORY))).isNull();
    }

    @Test
    void givesNoDateFromWeekdaysAlone() {
        Document doc = dated(lines(STORY, "The minister resigned on Thursday and her deputy took over on Friday."));

        assertThat(doc.source().published()).isEqualTo(PublicationDate.none());
        assertThat(doc.notes()).isEmpty();
    }

    @Test
    void keepsTheDateTheSourceGave() {
        PublicationDate metadata = new PublicationDate("2021-03-10", Basis.METADATA, 1.0);
        Document doc = DATER.apply(clean(source(metadata), lines("12 March 2021", STORY, SIGNATURE), List.of()));

        assertThat(doc.source().published()).isEqualTo(metadata);
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.has(Facet.PUBLICATION_DATE)).isTrue();
    }

    @Test
    void aWeekdayOnTheDayOrInTheDaysBeforeRaisesALinesConfidence() {
        assertThat(dated(lines("12 March 2021", STORY, "Crews finished on Friday.")).source().published().confidence())
                .isEqualTo(0.9);
        Document tuesday = dated(lines("12 March 2021", STORY, "Crews finished on Tuesday."));
        assertThat(tuesday.source().published().confidence()).isEqualTo(0.85);
        assertThat(tuesday.notes()).containsExactly(
                "published 2021-03-12 from a date line at the top of the text, and the article's Tuesday falls in the days before it");
    }

    @Test
    void aWeekdayOutsideTheDaysBeforeLowersALinesConfidence() {
        Document doc = dated(lines("12 March 2021", STORY, "Crews finished on Saturday."));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.TEXT, 0.6));
        assertThat(doc.notes().get(0)).endsWith("though no weekday the article names falls in the 6 days up to it");
    }

    @Test
    void aNewerEmbedLowersALinesConfidence() {
        Document doc = dated(lines("10 March 2021", STORY, "Visitors cheered.", SIGNATURE));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-10", Basis.TEXT, 0.6));
        assertThat(doc.notes().get(0)).endsWith("though it embeds a post of 2021-03-12");
    }

    @Test
    void anEmbedsDateTheArticlesOwnWeekdayConfirmsIsTheTextsDate() {
        Document doc = dated(lines(STORY, "The pier reopened on Friday.", "What a day for the harbour!", SIGNATURE));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.TEXT, 0.75));
        assertThat(doc.notes()).containsExactly("published 2021-03-12 from an embed's signature, the article's Friday agrees");
    }

    @Test
    void anEmbedsDateWithAWeekdayOfTheDaysBeforeIsAnEmbedsDate() {
        Document doc = dated(lines(STORY, "Divers inspected it on Wednesday.", SIGNATURE));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.EMBED, 0.6));
    }

    @Test
    void anEmbedsDateAloneIsALowerBound() {
        Document doc = dated(lines(STORY, SIGNATURE));

        assertThat(doc.source().published()).isEqualTo(new PublicationDate("2021-03-12", Basis.EMBED, 0.5));
        assertThat(doc.notes().get(0)).contains("at the earliest");
    }

    @Test
    void anEmbedsDateTheArticlesWeekdaysContradictGivesNoDate() {
        Document doc = dated(lines(STORY, "The pier reopened on Saturday.", SIGNATURE));

        assertThat(doc.source().published()).isEqualTo(PublicationDate.none());
        assertThat(doc.notes()).containsExactly("no publication date: an embed's signature gives 2021-03-12,"
                + " but no weekday the article names falls in the 6 days up to it");
    }

    @Test
    void readsTheNewestEmbedAlsoAmongTheLinesTheCleanerLeftOut() {
        List<Removed> removed = List.of(new Removed("— Tom de Vries (@tdv) March 9, 2021", "embed"),
                new Removed(SIGNATURE, "embed"));
        Document doc = DATER.apply(clean(source(PublicationDate.none()), lines(STORY, "It reopened on Friday."), removed));

        assertThat(doc.source().published().day()).isEqualTo("2021-03-12");
        assertThat(doc.source().published().basis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void readsAnInstagramSignature() {
        assertThat(dayOf(lines(STORY, "A post shared by Harbour Life (@harbour.life) on Mar 12, 2021 at 3:14pm PST")))
                .isEqualTo("2021-03-12");
    }

    @Test
    void leavesOutWeekdaysOfHolidaysAndWeekdaysGivenWithADate() {
        assertThat(dated(lines(STORY, "Shops stayed open on Good Friday.", SIGNATURE)).source().published().basis())
                .isEqualTo(Basis.EMBED);
        assertThat(dated(lines(STORY, "The plan dates from Friday, 5 February.", SIGNATURE)).source().published()
                .confidence()).isEqualTo(0.5);
        assertThat(dated(lines(STORY, "The plan dates from Friday, February 5.", SIGNATURE)).source().published()
                .confidence()).isEqualTo(0.5);
    }

    static String lines(String... lines) {
        return String.join("\n", lines);
    }

    static Document dated(String text) {
        return DATER.apply(clean(source(PublicationDate.none()), text, List.of()));
    }

    private static String dayOf(String text) {
        return dated(text).source().published().day();
    }

    private static ArticleSource source(PublicationDate published) {
        return new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Pier reopens", "", null, null, Basis.NONE,
                published, "en");
    }

    private static Document clean(ArticleSource source, String text, List<Removed> removed) {
        return DATELINES.apply(Document.of(source).withText(text, removed, Facet.CLEAN_TEXT));
    }
}
