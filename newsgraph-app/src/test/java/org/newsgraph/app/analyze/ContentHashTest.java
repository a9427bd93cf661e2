package org.newsgraph.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;

/** Content keys stay what stores hold: SHA-256 of the title, a zero byte and the body, in lower-case hex. */
class ContentHashTest {

    @Test
    void isTheSha256OfTitleZeroByteAndBody() {
        // both values from Python's hashlib, not from the code under test
        assertThat(ContentHash.of(source("Ferry is back", "The ferry resumed.")))
                .isEqualTo("616c978b1965d6a132c5d236abb4a46ffe06fc7fffed8056d0750e5aa1f8c66a");
        assertThat(ContentHash.of(source(null, "Body only")))
                .isEqualTo("fe12180afb60caf90ce05d205ecd82710359fb62f5f0991d8fcf20539fb4bbc4");
    }

    private static ArticleSource source(String title, String body) {
        return new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, title, body, null, null, Basis.NONE,
                PublicationDate.none(), null);
    }
}
