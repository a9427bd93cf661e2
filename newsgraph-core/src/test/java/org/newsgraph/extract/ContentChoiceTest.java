package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the extractor finds the article among the rest of a page. */
class ContentChoiceTest {

    private static final String PROSE = "The minister said on Thursday that talks would resume, and that both sides, "
            + "after months of delay, had agreed on a schedule for the next round.";

    @Test
    void prefersTheContainerMarkedAsTheArticleBody() {
        String page = "<body><div class='teasers'><p>" + PROSE.replace("minister", "mayor") + "</p></div>"
                + "<div itemprop='articleBody'><p>" + PROSE + "</p><p>" + PROSE + "</p></div></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + "\n\n" + PROSE);
    }

    @Test
    void ignoresAnEmptyArticleElementAndFindsTheProseElsewhere() {
        String page = "<body><article><meta itemprop='datePublished' content='2019-11-20'></article>"
                + "<div class='story'><p>" + PROSE + "</p><p>" + PROSE + "</p></div></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + "\n\n" + PROSE);
    }

    @Test
    void dropsTheHeadlineTheMetadataStates() {
        String page = "<head><title>Talks resume - Example News</title></head><body><article>"
                + "<h1>Talks resume</h1><p>" + PROSE + "</p></article></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE);
    }

    @Test
    void keepsSubheadingsInsideTheBody() {
        String page = "<body><article><p>" + PROSE + "</p><h2>What comes next</h2><p>" + PROSE + "</p></article></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + "\n\nWhat comes next\n\n" + PROSE);
    }

    @Test
    void dropsAListOfLinksToOtherStoriesButKeepsProseWithLinks() {
        String page = "<body><article><p>" + PROSE + " <a href='/r'>The report</a> is online.</p>"
                + "<ul><li><a href='/1'>Another story entirely</a></li><li><a href='/2'>And one more story</a></li></ul>"
                + "<p>" + PROSE + "</p></article></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + " The report is online.\n\n" + PROSE);
    }

    @Test
    void dropsBylinesCaptionsAndHiddenParts() {
        String page = "<body><article><div class='byline'>By A. Writer</div>"
                + "<figure><img src='x.jpg'><figcaption>The minister in Kyiv</figcaption></figure>"
                + "<p>" + PROSE + "</p><div style='display: none'>Hidden text</div><p hidden>Also hidden</p>"
                + "<p>" + PROSE + "</p></article></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + "\n\n" + PROSE);
    }

    @Test
    void mergesSiblingParagraphsThatReadAsProse() {
        String page = "<body><div class='content'><div class='text'><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<p>A closing paragraph written beside the main container, long enough to read as prose of the story.</p>"
                + "</div><div class='sidebar'><p>Most read: something else</p></div></body>";

        assertThat(Pages.text(page)).endsWith("A closing paragraph written beside the main container, long enough to read as prose of the story.")
                .doesNotContain("Most read");
    }

    @Test
    void keepsAnEmbeddedPostBoxedAsSocialButDropsShareButtons() {
        String page = "<body><article><p>" + PROSE + "</p>"
                + "<div class='social-embed'><blockquote><p>We stand with Ukraine, today and tomorrow.</p></blockquote></div>"
                + "<div class='social-share'>Share on Facebook</div><p>" + PROSE + "</p></article></body>";

        assertThat(Pages.text(page)).isEqualTo(PROSE + "\n\nWe stand with Ukraine, today and tomorrow.\n\n" + PROSE);
    }
}
