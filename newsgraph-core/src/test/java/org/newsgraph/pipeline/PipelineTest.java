package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.normalize.TextNormalizer;
import org.newsgraph.resolve.MentionGrouper;

class PipelineTest {

    @Test
    void rejectsAStageWhoseRequirementsNoEarlierStageProvides() {
        assertThatThrownBy(() -> Pipeline.builder().then(new TextNormalizer()).build())
                .isInstanceOf(PipelineContractException.class)
                .hasMessageContaining("TextNormalizer")
                .hasMessageContaining("RAW_TEXT");
    }

    @Test
    void rejectsStagesInTheWrongOrder() {
        assertThatThrownBy(() -> Pipeline.builder().then(new RawText()).then(new MentionGrouper()).build())
                .hasMessageContaining("MentionGrouper requires [NER]");
    }

    @Test
    void runsStagesInOrderAndCollectsWhatTheyProvide() {
        Pipeline pipeline = Pipeline.builder().then(new RawText()).then(new TextNormalizer()).build();
        Document out = pipeline.run(Document.of(source("  Hello \n\n\n world ")));
        assertThat(out.text()).isEqualTo("Hello\n\nworld");
        assertThat(out.facets()).containsExactlyInAnyOrder(Facet.SOURCE, Facet.RAW_TEXT, Facet.TEXT);
        assertThat(pipeline.provides()).contains(Facet.TEXT);
    }

    @Test
    void stagesLeaveTheirInputUnchanged() {
        Document in = Document.of(source("a  b"));
        Document raw = new RawText().apply(in);
        new TextNormalizer().apply(raw);
        assertThat(in.text()).isEmpty();
        assertThat(raw.text()).isEqualTo("a  b");
    }

    private static ArticleSource source(String body) {
        return new ArticleSource("x.txt", "x.txt", SourceFormat.TEXT, "x", body, null, null, Basis.NONE, PublicationDate.none(), null);
    }

    /** Copies the source body as raw text, as the extraction stage does for plain text. */
    private static final class RawText implements Stage {
        @Override
        public Set<Facet> requires() {
            return Set.of(Facet.SOURCE);
        }

        @Override
        public Set<Facet> provides() {
            return Set.of(Facet.RAW_TEXT);
        }

        @Override
        public Document apply(Document document) {
            return document.withText(document.source().body(), List.of(), Facet.RAW_TEXT);
        }
    }
}
