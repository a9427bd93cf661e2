package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Span;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class NlpStageTest {

    private final Recording annotator = new Recording();

    @Test
    void anchorsOnThePublicationDay() {
        new NlpStage(annotator).apply(doc("en", new PublicationDate("2023-04-20T09:30:00Z", Basis.METADATA, 1)));
        // the text, then the title
        assertThat(annotator.texts).containsExactly("Text.", "T");
        assertThat(annotator.anchors).containsExactly(Optional.of(LocalDate.of(2023, 4, 20)), Optional.of(LocalDate.of(2023, 4, 20)));
    }

    @Test
    void hasNoAnchorWithoutADate() {
        new NlpStage(annotator).apply(doc("en", PublicationDate.none()));
        assertThat(annotator.anchors).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void keepsButDoesNotAnnotateAnArticleInALanguageTheModelsCannotRead() {
        Document out = new NlpStage(annotator).apply(doc("de", PublicationDate.none()));
        assertThat(annotator.anchors).isEmpty();
        assertThat(out.nlp()).isEqualTo(NlpDocument.EMPTY);
        assertThat(out.has(Facet.NER)).isTrue();
        assertThat(out.notes()).singleElement().asString().contains("not analysed", "'de'", "en");
    }

    @Test
    void annotatesAnArticleWhoseLanguageIsUnknown() {
        new NlpStage(annotator).apply(doc(null, PublicationDate.none()));
        assertThat(annotator.texts).containsExactly("Text.", "T");
    }

    @Test
    void annotatesTheTitleAsATextOfItsOwn() {
        Document out = new NlpStage(annotator).apply(doc("en", PublicationDate.none()));
        assertThat(out.has(Facet.HEADLINE)).isTrue();
        assertThat(out.headline().names()).extracting(n -> n.text()).containsExactly("T");
        assertThat(out.nlp().names()).extracting(n -> n.text()).containsExactly("Text.");

        ArticleSource untitled = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, null, "b", null, null, Basis.NONE,
                PublicationDate.none(), "en");
        Document none = new NlpStage(new Recording()).apply(Document.of(untitled).withText("Text.", List.of(), Facet.CLEAN_TEXT));
        assertThat(none.headline()).isEqualTo(NlpDocument.EMPTY);
        assertThat(none.has(Facet.HEADLINE)).isTrue();
    }

    @Test
    void annotatesAtMostTheHeadOfAHugeTitle() {
        String huge = "Talks ".repeat(2_000_000); // 12 MB
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, huge, "b", null, null, Basis.NONE,
                PublicationDate.none(), "en");
        new NlpStage(annotator).apply(Document.of(source).withText("Text.", List.of(), Facet.CLEAN_TEXT));
        assertThat(annotator.texts.get(1)).isEqualTo(huge.substring(0, NlpStage.HEADLINE_CHARS));
    }

    private static Document doc(String language, PublicationDate published) {
        ArticleSource source = new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, "T", "b", null, null, Basis.NONE, published,
                language);
        return Document.of(source).withText("Text.", List.of(), Facet.CLEAN_TEXT).withLanguage(language);
    }

    private static final class Recording implements NlpAnnotator {
        final List<Optional<LocalDate>> anchors = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        /** One name a text: the whole text, so that a test can tell which text an annotation is of. */
        @Override
        public NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
            anchors.add(documentDate);
            texts.add(text);
            return new NlpDocument(List.of(), List.of(new NameMention(new Span(0, text.length()), text, EntityType.PERSON, 0)),
                    List.of());
        }

        @Override
        public Set<String> languages() {
            return Set.of("en");
        }

        @Override
        public Set<Facet> provides() {
            return EnumSet.of(Facet.SENTENCES, Facet.TOKENS, Facet.NER);
        }
    }
}
