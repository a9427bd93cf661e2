package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Wire datelines read once, for the publication dater and the event stage. */
class DatelineReaderTest {

    private static final DatelineReader READER = new DatelineReader(CleanRules.english(), ArticleTop.defaults());
    private static final String STORY = "The harbour authority reopened the northern pier after repairs that took most of"
            + " the winter, and ferry operators said they expected the first crossings within days, weather allowing.";

    @Test
    void requiresTheCleanTextAndProvidesTheDateline() {
        assertThat(READER.requires()).containsExactly(Facet.CLEAN_TEXT);
        assertThat(READER.provides()).containsExactly(Facet.DATELINE);
        assertThat(READER.apply(clean(STORY)).has(Facet.DATELINE)).isTrue();
    }

    @Test
    void readsTheCityOfADatelineWithoutADate() {
        for (String opening : List.of("LISBON - ", "LISBON (Iberian Wire) - ", "Lisbon (Iberian Wire) - ", "LISBON\n")) {
            String text = opening + STORY;
            Dateline dateline = READER.read(text);
            assertThat(dateline.place().of(text)).as(opening).isEqualTo("LISBON".equalsIgnoreCase(opening.substring(0, 6))
                    ? opening.substring(0, 6) : "Lisbon");
            assertThat(dateline.hasDate()).as(opening).isFalse();
        }
        String text = "NEW YORK, N.Y. (AP) — " + STORY;
        assertThat(READER.read(text).place().of(text)).isEqualTo("NEW YORK");
        assertThat(READER.read(text).whole().of(text)).isEqualTo("NEW YORK, N.Y. (AP) —");
    }

    @Test
    void readsTheDateADatelinePrints() {
        String text = "OSLO, March 12, 2021 (Nordic Wire) - " + STORY;

        Dateline dateline = READER.read(text);

        assertThat(dateline.place().of(text)).isEqualTo("OSLO");
        assertThat(dateline.date().of(text)).isEqualTo("March 12, 2021");
        assertThat(dateline.whole().of(text)).as("the agency too").isEqualTo("OSLO, March 12, 2021 (Nordic Wire) -");
        String dayOnly = "LISBON, April 21 - " + STORY; // whether a day without a year dates the article is the dater's call
        assertThat(READER.read(dayOnly).date().of(dayOnly)).isEqualTo("April 21");
    }

    @Test
    void readsADatelineAtTheHeadOfTheFirstParagraphUnderTheTopLines() {
        String text = String.join("\n", "Pier reopens after winter", "By Anna Berg", "", "OSLO (Nordic Wire) - " + STORY);

        assertThat(READER.read(text).place().of(text)).isEqualTo("OSLO");
    }

    @Test
    void readsNoDatelineInsideTheStoryOrPastItsFirstParagraph() {
        assertThat(READER.read(STORY + " LISBON - the talks went on.")).isNull();
        assertThat(READER.read(String.join("\n", STORY, "LISBON (Iberian Wire) - " + STORY))).isNull();
        assertThat(READER.read("")).isNull();
        assertThat(READER.apply(clean(STORY)).dateline()).isNull();
    }

    @Test
    void randomTextNeverThrowsAndLongLinesAreReadQuickly() {
        Random random = new Random(14);
        String alphabet = "OSLO, March 12 2021 (Wire) - —\n\t.'’éÅ";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = random.nextInt(300); j > 0; j--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                Dateline dateline = READER.read(text.toString());
                if (dateline != null) {
                    assertThat(dateline.place().end()).isLessThanOrEqualTo(text.length());
                }
            }
            READER.read("OSLO, " + "March ".repeat(20_000) + " - story");
            READER.read("OSLO " + " ".repeat(50_000) + "- story");
        });
    }

    private static Document clean(String text) {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "Pier reopens", "", null, null,
                Basis.NONE, PublicationDate.none(), "en");
        return Document.of(source).withText(text, List.of(), Facet.CLEAN_TEXT);
    }
}
