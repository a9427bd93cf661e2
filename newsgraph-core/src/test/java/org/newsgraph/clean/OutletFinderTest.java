package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.Cleaning.paragraphs;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** The outlet of an article read from the lines of its text that name it. */
class OutletFinderTest {

    private static final OutletFinder FINDER = new OutletFinder(Cleaning.ENGLISH);
    private static final String STORY = "The ferry resumed service on Tuesday after a week of storms, the operator said.";

    @Test
    void requiresTheCleanTextAndProvidesNothingNew() {
        assertThat(FINDER.requires()).containsExactly(Facet.CLEAN_TEXT);
        assertThat(FINDER.provides()).isEmpty();
    }

    @Test
    void namesTheOutletATrailerPointsTo() {
        assertThat(outletOf(paragraphs(STORY, "Read more world news at The Island Courier!"))).isEqualTo("The Island Courier");
        assertThat(outletOf(paragraphs(STORY, "This article was originally published on Harbour Weekly.")))
                .isEqualTo("Harbour Weekly");
    }

    @Test
    void namesTheOutletOfAMastheadPrintedTwice() {
        assertThat(outletOf(paragraphs("The Island Courier", STORY, "The Island Courier"))).isEqualTo("The Island Courier");
        assertThat(outletOf(paragraphs("Harbour Daily", STORY, "Harbour Daily"))).isEqualTo("Harbour Daily");
    }

    @Test
    void prefersTheTrailerToTheMasthead() {
        String text = paragraphs("The Island Courier", STORY, "The Island Courier", "Get the latest news on Harbour Weekly.");

        assertThat(outletOf(text)).isEqualTo("Harbour Weekly");
    }

    @Test
    void namesNoOutletForAPersonASectionOrASocialNetwork() {
        assertThat(outletOf(paragraphs("Mary Jones", STORY, "Mary Jones"))).isNull();
        assertThat(outletOf(paragraphs("World News", STORY, "World News"))).isNull();
        assertThat(outletOf(paragraphs(STORY, "Get the latest news on Telegram."))).isNull();
        assertThat(outletOf(STORY)).isNull();
    }

    @Test
    void keepsTheOutletTheSourceAlreadyHas() {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Ferry is back", STORY, null,
                "Metadata Outlet", Basis.METADATA, PublicationDate.none(), null);
        String text = paragraphs(STORY, "Read the latest news on The Island Courier.");

        Document found = FINDER.apply(Cleaning.CLEANER.apply(Cleaning.text(source, text)));

        assertThat(found.source().outlet()).isEqualTo("Metadata Outlet");
        assertThat(found.source().outletBasis()).isEqualTo(Basis.METADATA);
    }

    @Test
    void givesAnOutletFoundInTheTextTheBasisText() {
        String text = paragraphs(STORY, "Read the latest news on The Island Courier.");
        Document found = FINDER.apply(Cleaning.clean("Ferry is back", text));
        assertThat(found.source().outlet()).isEqualTo("The Island Courier");
        assertThat(found.source().outletBasis()).isEqualTo(Basis.TEXT);
    }

    @Test
    void namesTheHostOfTheUrlWhenTheTextNamesNoOutlet() {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Ferry is back", STORY,
                "http://articles.latimes.com/2013/may/03/local/ferry", null, Basis.NONE, PublicationDate.none(), null);

        Document found = FINDER.apply(Cleaning.CLEANER.apply(Cleaning.text(source, STORY)));

        assertThat(found.source().outlet()).isEqualTo("articles.latimes.com");
        assertThat(found.source().outletBasis()).isEqualTo(Basis.URL);
    }

    @Test
    void keepsTheWholeHostButItsWww() {
        assertThat(OutletFinder.domainOf("https://www.bbc.co.uk/news/world-123")).contains("bbc.co.uk");
        assertThat(OutletFinder.domainOf("https://www.stuff.co.nz/national/1")).contains("stuff.co.nz");
        assertThat(OutletFinder.domainOf("https://EDITION.CNN.com/2013/world")).contains("edition.cnn.com");
        assertThat(OutletFinder.domainOf("http://joyofsox.blogspot.nl/2008/12/offer.html")).contains("joyofsox.blogspot.nl");
        assertThat(OutletFinder.domainOf("http://sports.espn.go.com/nba/news/story?id=1"))
                .as("not go.com, which ABC News shares").contains("sports.espn.go.com");
    }

    @Test
    void takesNoOutletFromAnAddressASuffixOrWhatIsNoWebUrl() {
        assertThat(OutletFinder.domainOf("http://192.168.1.4/story")).isEmpty();
        assertThat(OutletFinder.domainOf("http://localhost:8080/story")).isEmpty();
        assertThat(OutletFinder.domainOf("https://co.uk/")).isEmpty();
        assertThat(OutletFinder.domainOf("javascript:alert(1)")).isEmpty();
        assertThat(OutletFinder.domainOf("file:///etc/passwd")).isEmpty();
        assertThat(OutletFinder.domainOf("not a url at all")).isEmpty();
        assertThat(OutletFinder.domainOf("https://exa mple.com/")).isEmpty();
        assertThat(OutletFinder.domainOf(null)).isEmpty();
    }

    @Test
    void prefersTheOutletTheTextNamesToTheUrl() {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Ferry is back", STORY,
                "https://news.example-portal.com/a/1", null, Basis.NONE, PublicationDate.none(), null);
        String text = paragraphs(STORY, "Read the latest news on The Island Courier.");

        Document found = FINDER.apply(Cleaning.CLEANER.apply(Cleaning.text(source, text)));

        assertThat(found.source().outlet()).isEqualTo("The Island Courier");
    }

    private static String outletOf(String text) {
        return FINDER.apply(Cleaning.clean("Ferry is back", text)).source().outlet();
    }
}
