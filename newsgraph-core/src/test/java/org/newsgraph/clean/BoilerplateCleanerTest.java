package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.clean.Cleaning.cleaned;
import static org.newsgraph.clean.Cleaning.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Each kind of boilerplate line on made-up pages, and the story sentences around it kept. */
class BoilerplateCleanerTest {

    private static final String STORY_1 = "The harbour authority said on Monday that the new pier would open in May.";
    private static final String STORY_2 = "Fishermen welcomed the decision, although some worried about the cost.";
    private static final String STORY_3 = "The council will vote on the budget next week, officials said.";

    @Test
    void requiresTheNormalisedTextAndProvidesTheCleanText() {
        assertThat(Cleaning.CLEANER.requires()).containsExactly(Facet.TEXT);
        assertThat(Cleaning.CLEANER.provides()).containsExactly(Facet.CLEAN_TEXT);
        assertThat(Cleaning.clean("A title", STORY_1).has(Facet.CLEAN_TEXT)).isTrue();
    }

    @Test
    void keepsAStoryWithoutBoilerplateAsItIs() {
        String story = STORY_1 + "\n" + STORY_2 + "\n\n“We are ready,” she said.\n\n" + STORY_3;
        Document clean = Cleaning.clean("Harbour gets a new pier", story);

        assertThat(clean.text()).isEqualTo(story);
        assertThat(clean.removed()).isEmpty();
    }

    @Test
    void removesATeaserHeadingAndItsBulletsButNotTheStoryAfterThem() {
        String text = paragraphs(STORY_1, "Related:\n* Storm closes the old bridge for a week\n* Ferry prices rise again", STORY_2);

        assertThat(cleaned(text)).isEqualTo(paragraphs(STORY_1, STORY_2));
    }

    @Test
    void removesTitleLikeTeaserItemsUntilTheFirstSentence() {
        String text = paragraphs(STORY_1, "You may also like", "Mayor opens the winter market",
                "Rail strike called off after late talks", STORY_2);

        assertThat(Cleaning.clean(null, text).removed()).extracting(Removed::text, Removed::reason).containsExactly(
                tuple("You may also like", "teaser"),
                tuple("Mayor opens the winter market", "teaser"),
                tuple("Rail strike called off after late talks", "teaser"));
    }

    @Test
    void removesATeaserHeadingThatIsFollowedOnlyByTheStory() {
        assertThat(cleaned(STORY_1 + "\nALSO READ:\n" + STORY_2)).isEqualTo(STORY_1 + "\n" + STORY_2);
    }

    @Test
    void removesATeaserWrittenOnOneLine() {
        assertThat(cleaned(paragraphs(STORY_1, "Read more: Council approves the harbour budget", STORY_2)))
                .isEqualTo(paragraphs(STORY_1, STORY_2));
    }

    @Test
    void removesTeaserBoxesThatRepeatTheirTitleCutShortWithoutAHeading() {
        String text = paragraphs(STORY_1, STORY_2,
                "Regional airline adds three routes to the islands", "Travel", "Regional airline adds three ...",
                "Museum returns the stolen painting to its owners", "Culture", "Museum returns the stolen pain…");

        assertThat(cleaned(text)).isEqualTo(paragraphs(STORY_1, STORY_2));
    }

    @Test
    void removesPictureCreditsShapedAsNamesJoinedBySlashes() {
        String text = paragraphs(STORY_1, "Anna Lindqvist / Reuters", "JOHN DOE | AFP", "Photo: Harbour Authority", STORY_2);

        assertThat(Cleaning.clean(null, text).removed()).extracting(Removed::reason).containsOnly("credit").hasSize(3);
    }

    @Test
    void keepsDatesAndSentencesThatHoldASlash() {
        String text = paragraphs("12 / 03 / 2021", "The 24/7 service starts today, the operator said.", "Yes / No");

        assertThat(cleaned(text)).contains("12 / 03 / 2021", "The 24/7 service");
    }

    @Test
    void removesCaptionsThatSayWherePeopleStandUnlessTheyEndAsASentence() {
        String caption = "Harbour master Ida Berg (L) and mayor Tom Riis at the new pier";
        String sentence = "Ida Berg (R) shook hands with the mayor.";

        assertThat(cleaned(paragraphs(STORY_1, caption, sentence))).isEqualTo(paragraphs(STORY_1, sentence));
    }

    @Test
    void removesLoneNumbersAndCountersButNotNumbersInARow() {
        String text = paragraphs(STORY_1, "1,204", "37 comments", "2.4K views", "Rank Team Points", "1 Harbour FC 42", STORY_2);

        assertThat(cleaned(text)).isEqualTo(paragraphs(STORY_1, "Rank Team Points", "1 Harbour FC 42", STORY_2));
    }

    @Test
    void removesPromptsAndNavigationFromTheLexicons() {
        String text = paragraphs("Skip to content", "Share this story", STORY_1, "Share on WhatsApp", "Advertisement",
                STORY_2, "Follow us on Instagram", "Leave a comment", "Back to top");

        assertThat(cleaned(text)).isEqualTo(paragraphs(STORY_1, STORY_2));
    }

    @Test
    void keepsASentenceThatStartsLikeAPrompt() {
        String sentence = "Share prices in the port operator fell by a fifth after the announcement.";

        assertThat(cleaned(paragraphs(STORY_1, sentence))).isEqualTo(paragraphs(STORY_1, sentence));
    }

    @Test
    void removesSectionLabelsOfOneWordButNotSpeakersOrOneWordAnswers() {
        String text = paragraphs("Business", STORY_1, "Reporter:", "Will it open on time?", "Berg:", "Yes.");

        assertThat(cleaned(text)).isEqualTo(paragraphs(STORY_1, "Reporter:", "Will it open on time?", "Berg:", "Yes."));
    }

    @Test
    void removesTheHeadlinePrintedAgainAloneOrBehindASectionPath() {
        String title = "Harbour gets a new pier after years of delay";
        String text = paragraphs("Home › Local — Harbour gets a new pier after years of delay",
                "HARBOUR GETS A NEW PIER AFTER YEARS OF DELAY", STORY_1, "Harbour gets a new pier after years of delay | The Coastal Times");

        Document clean = Cleaning.clean(title, text);

        assertThat(clean.text()).isEqualTo(STORY_1);
        assertThat(clean.removed()).extracting(Removed::reason).containsOnly("repeated headline");
    }

    @Test
    void removesEveryCopyOfANamePrintedAgainAndMarksAnOutletsNameAsMasthead() {
        String text = paragraphs("The Coastal Times", STORY_1, STORY_2, "The Coastal Times", "Mary Jones", STORY_3, "Mary Jones");

        assertThat(Cleaning.clean(null, text).removed()).extracting(Removed::text, Removed::reason).containsExactly(
                tuple("The Coastal Times", "masthead"), tuple("The Coastal Times", "masthead"),
                tuple("Mary Jones", "repeated line"), tuple("Mary Jones", "repeated line"));
    }

    @Test
    void keepsLinesPrintedMoreThanThreeTimesAsTheStructureOfAList() {
        String day = paragraphs("Morning Swim", "Swim two lengths of the pool before breakfast every day.");
        String text = String.join("\n\n", List.of(day, day, day, day));

        assertThat(cleaned(text)).isEqualTo(text);
    }

    @Test
    void removesATrailerThatPointsToTheOutletAtTheEnd() {
        String trailer = "Read the latest harbour news on The Coastal Times.";

        Document clean = Cleaning.clean(null, paragraphs(STORY_1, STORY_2, trailer));

        assertThat(clean.text()).isEqualTo(paragraphs(STORY_1, STORY_2));
        assertThat(clean.removed()).containsExactly(new Removed(trailer, "trailer"));
    }

    @Test
    void keepsATrailerShapedSentenceInsideTheStory() {
        String text = paragraphs("Get the latest news on The Coastal Times.", STORY_1, STORY_2, STORY_3, "The End Is Near");

        assertThat(cleaned(text)).startsWith("Get the latest news on The Coastal Times.");
    }

    @Test
    void keepsATrailerThatPointsToASocialNetworkNotAnOutlet() {
        String line = "Follow the latest updates on Telegram.";

        assertThat(cleaned(paragraphs(STORY_1, line))).endsWith(line);
    }

    @Test
    void removesAParagraphRepeatedWordForWordKeepingTheFirst() {
        String text = paragraphs(STORY_1, STORY_2, STORY_3, STORY_2);

        Document clean = Cleaning.clean(null, text);

        assertThat(clean.text()).isEqualTo(paragraphs(STORY_1, STORY_2, STORY_3));
        assertThat(clean.removed()).containsExactly(new Removed(STORY_2, "repeated paragraph"));
    }

    @Test
    void removesAParagraphRepeatedWithOneWordChanged() {
        String changed = "The harbour authority said on Monday that the new pier will open in May.";

        assertThat(cleaned(STORY_1 + "\n" + STORY_2 + "\n" + changed)).isEqualTo(STORY_1 + "\n" + STORY_2);
    }

    @Test
    void keepsNearRepeatsThatDifferInANumberOrAreShort() {
        String other = "The harbour authority said on Monday that the new pier would open in June 2025.";
        String number = "The harbour authority said on Monday that 3 new piers would open in May.";
        String numberAgain = "The harbour authority said on Monday that 4 new piers would open in May.";
        String text = paragraphs(STORY_1, other, number, numberAgain, "He said no.", "He said no.");

        assertThat(cleaned(text)).isEqualTo(text);
    }

    @Test
    void cutsTheLinkAnEmbeddedPostLeavesAndKeepsThePost() {
        Document clean = Cleaning.clean(null, paragraphs(STORY_1, "Proud of our crews today! pic.twitter.com/AbC123xyz"));

        assertThat(clean.text()).isEqualTo(paragraphs(STORY_1, "Proud of our crews today!"));
        assertThat(clean.removed()).containsExactly(new Removed("pic.twitter.com/AbC123xyz", "embed"));
    }

    @Test
    void keepsThePiecesEarlierStagesRemovedAndAddsItsOwnInTextOrder() {
        Document before = Cleaning.text("A title", paragraphs("Menu", STORY_1, "42", STORY_2))
                .withText(paragraphs("Menu", STORY_1, "42", STORY_2), List.of(new Removed("cookie banner", "page")), Facet.TEXT);

        assertThat(Cleaning.CLEANER.apply(before).removed()).extracting(Removed::text)
                .containsExactly("cookie banner", "Menu", "42");
    }

    @Test
    void keepsTheParagraphsOfTheLinesItKeeps() {
        String text = "Menu\n\n" + STORY_1 + "\n" + STORY_2 + "\nShare\n" + STORY_3;

        assertThat(cleaned(text)).isEqualTo(STORY_1 + "\n" + STORY_2 + "\n" + STORY_3);
    }

    @Test
    void givesAnEmptyTextForAnEmptyOrAllBoilerplateText() {
        assertThat(cleaned("")).isEmpty();
        assertThat(cleaned(paragraphs("Menu", "Share this article", "194"))).isEmpty();
    }
}
