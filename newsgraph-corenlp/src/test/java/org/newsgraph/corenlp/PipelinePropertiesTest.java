package org.newsgraph.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PipelinePropertiesTest {

    @Test
    void defaultsRunOnlyTheNeededAnnotatorsWithCoarseNerAndSuTime() {
        Properties p = PipelineProperties.of(CoreNlpConfig.defaults());
        assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
        assertThat(p.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("always");
        assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
        assertThat(p.getProperty("ner.useSUTime")).isEqualTo("true");
        assertThat(p.getProperty("ner.maxlen")).isEqualTo("250");
        assertThat(p.stringPropertyNames()).noneMatch(key -> key.startsWith("ner.docdate"));
    }

    @Test
    void withoutTimeExpressionsSkipsTheNumericClassifiersThatHostSuTime() {
        Properties p = PipelineProperties.of(CoreNlpConfig.defaults().withTimeExpressions(false));
        assertThat(p.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
        assertThat(p.getProperty("ner.useSUTime")).isEqualTo("false");
    }

    @Test
    void theDependencyParserRunsOnlyWhenAskedForAndKeepsTheSentenceLimit() {
        Properties p = PipelineProperties.of(CoreNlpConfig.defaults().withDependencies(true));
        assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse");
        assertThat(p.getProperty("depparse.maxlen")).isEqualTo("250");
    }
}
