package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDatesTest {

    private static Optional<String> day(String url) {
        return UrlDates.parse(url).map(PublicationDate::date);
    }

    @Test
    void readsADayWrittenAsPathSegmentsOrWithDashes() {
        assertThat(day("https://example.org/2023/04/20/nato-kyiv/")).contains("2023-04-20");
        assertThat(day("https://example.org/news/2023-4-20-nato")).contains("2023-04-20");
        assertThat(day("https://example.org/statements/2019/nov/18/claim/")).contains("2019-11-18");
    }

    @Test
    void givesTheUrlBasisAndALowerConfidenceThanMetadata() {
        PublicationDate date = UrlDates.parse("https://example.org/2023/04/20/x").orElseThrow();

        assertThat(date.basis()).isEqualTo(Basis.URL);
        assertThat(date.confidence()).isLessThan(1.0);
    }

    @Test
    void ignoresNumbersThatAreNoDay() {
        assertThat(day("https://example.org/2023/02/31/x")).isEmpty();
        assertThat(day("https://example.org/story/12023/04/20")).isEmpty();
        assertThat(day("https://2023.example.org/?d=2023/04/20")).isEmpty();
        assertThat(day("https://example.org/article-14848175.php")).isEmpty();
        assertThat(day(null)).isEmpty();
    }
}
