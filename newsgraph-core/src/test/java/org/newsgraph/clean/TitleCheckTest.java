package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.Cleaning.paragraphs;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;

/** The title a .txt file gives by its first line, checked against the shape of a headline. */
class TitleCheckTest {

    private static final String STORY = "The city opened its third public library on Saturday, the mayor said.";

    @Test
    void keepsAHeadlineShapedFirstLine() {
        assertThat(Cleaning.clean("City opens its third public library", STORY).source().title())
                .isEqualTo("City opens its third public library");
    }

    @Test
    void keepsHeadlinesThatAskOrHoldAbbreviations() {
        assertThat(Cleaning.clean("Will the library open on Sundays?", STORY).source().title())
                .isEqualTo("Will the library open on Sundays?");
        assertThat(Cleaning.clean("U.S. envoy visits Dr. Smith's library in St. Louis", STORY).source().title())
                .isEqualTo("U.S. envoy visits Dr. Smith's library in St. Louis");
    }

    @Test
    void movesAFirstLineEndingWithAFullStopBackIntoTheText() {
        String first = "Readers queued for hours to enter the new library.";

        Document clean = Cleaning.clean(first, STORY);

        assertThat(clean.source().title()).isNull();
        assertThat(clean.text()).isEqualTo(first + "\n" + STORY);
    }

    @Test
    void movesAFirstLineOfSeveralSentencesBackIntoTheTextAsItsOwnParagraph() {
        String first = "Readers queued for hours. Some brought chairs";

        Document clean = Cleaning.clean(first, paragraphs(STORY, STORY.replace("third", "fourth")));

        assertThat(clean.source().title()).isNull();
        assertThat(clean.text()).startsWith(first + "\n\n" + STORY);
    }

    @Test
    void movesAFirstLineTooLongForAHeadlineBackIntoTheText() {
        String first = "word ".repeat(31).strip();

        assertThat(Cleaning.clean(first, STORY).source().title()).isNull();
    }

    @Test
    void keepsALongFirstLineSetApartByABlankLineAsTheHeadline() {
        String headline = "The regional council agreed with the teachers' union on a new pay scale for the coming "
                + "three years - the council's chair after a meeting with union leaders and school directors in the "
                + "northern district";
        ArticleSource setApart = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, headline, STORY, null, null,
                Basis.NONE, PublicationDate.none(), null, true);

        assertThat(headline.split(" ")).hasSizeGreaterThan(CleanerConfig.defaults().maxTitleWords());
        assertThat(Cleaning.CLEANER.apply(Cleaning.text(setApart, STORY)).source().title()).isEqualTo(headline);
        assertThat(Cleaning.clean(headline, STORY).source().title()).isNull();
    }

    @Test
    void movesAFirstLineSetApartBackWhenItIsShapedAsASentence() {
        String first = "The regional council agreed with the teachers' union on a new pay scale.";
        ArticleSource setApart = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, first, STORY, null, null,
                Basis.NONE, PublicationDate.none(), null, true);

        assertThat(Cleaning.CLEANER.apply(Cleaning.text(setApart, STORY)).source().title()).isNull();
    }

    @Test
    void takesTheHeadlineTheTopOfThePagePrintsTwiceWhenTheFirstLineIsASlogan() {
        String slogan = "News you can trust since 1901";
        String headline = "City opens its third public library";
        String text = paragraphs("Local — " + headline, headline, "2 May 2024", headline, STORY);

        Document clean = Cleaning.clean(slogan, text);

        assertThat(clean.source().title()).isEqualTo(headline);
        assertThat(clean.text()).isEqualTo(paragraphs("2 May 2024", STORY));
        assertThat(clean.removed()).first().isEqualTo(new Removed(slogan, "tagline"));
    }

    @Test
    void keepsTheFirstLineWhenTheBodyPrintsItAgain() {
        String headline = "City opens its third public library";
        String text = paragraphs(headline, "Council meets on Monday evening", "Council meets on Monday evening", STORY);

        assertThat(Cleaning.clean(headline, text).source().title()).isEqualTo(headline);
    }

    @Test
    void takesTheTitleOfAJsonlLineOrAPageAsGiven() {
        String title = "Readers queued for hours.";
        ArticleSource jsonl = new ArticleSource("feed.jsonl", "feed.jsonl#7", SourceFormat.TEXT, title, STORY,
                null, null, Basis.NONE, PublicationDate.none(), null);
        ArticleSource page = new ArticleSource("p.html", "p.html", SourceFormat.HTML, title, "<p>x</p>",
                null, null, Basis.NONE, PublicationDate.none(), null);

        assertThat(Cleaning.CLEANER.apply(Cleaning.text(jsonl, STORY)).source().title()).isEqualTo(title);
        assertThat(Cleaning.CLEANER.apply(Cleaning.text(page, STORY)).source().title()).isEqualTo(title);
    }

    @Test
    void leavesAnUntitledTextUntitled() {
        assertThat(Cleaning.clean(null, STORY).source().title()).isNull();
    }
}
