package org.newsgraph.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class LanguageTaggerTest {

    @Test
    void keepsTheLanguageTheMetadataStatesAsItsPrimarySubtag() {
        Document out = new LanguageTagger(text -> Optional.of("fr")).apply(doc("en-GB"));
        assertThat(out.source().language()).isEqualTo("en");
        assertThat(out.has(Facet.LANGUAGE)).isTrue();
    }

    @Test
    void identifiesTheLanguageWhenNoneIsStated() {
        assertThat(new LanguageTagger(text -> Optional.of("de")).apply(doc(null)).source().language()).isEqualTo("de");
        assertThat(new LanguageTagger(text -> Optional.of("de")).apply(doc(" ")).source().language()).isEqualTo("de");
    }

    @Test
    void leavesTheLanguageUnknownWhenTheIdentifierCannotTell() {
        Document out = new LanguageTagger(LanguageTagger.unknown()).apply(doc(null));
        assertThat(out.source().language()).isNull();
        assertThat(out.has(Facet.LANGUAGE)).isTrue();
    }

    private static Document doc(String language) {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "T", "body", null, null, Basis.NONE,
                PublicationDate.none(), language);
        return Document.of(source).withText("Some text.", List.of(), Facet.CLEAN_TEXT);
    }
}
