package org.newsgraph.corenlp;

import java.util.Properties;

/** Translates a {@link CoreNlpConfig} into the string-keyed properties CoreNLP is built from. */
final class PipelineProperties {

    private PipelineProperties() {}

    static Properties of(CoreNlpConfig config) {
        Properties p = new Properties();
        // Only what the export needs: no parse or coref, which would cost far more than all of these; depparse only
        // when asked for (it halves throughput, and no rule reads it).
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.dependencies() ? ",depparse" : ""));
        // invertible keeps each token's original text and offsets; noneKeep keeps odd characters as tokens
        // without logging a warning for each of them.
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        // The text holds one title, dateline or paragraph per line, and some sources separate paragraphs by a
        // single newline: "two" would glue a headline to the paragraph below it, so every newline ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("depparse.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.buildEntityMentions", "true");
        // SUTime runs inside the numeric classifiers; turning off SUTime alone saves nothing measurable.
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.timeExpressions()));
        p.setProperty("ner.useSUTime", Boolean.toString(config.timeExpressions()));
        // No ner.docdate.* option: the adapter sets each document's own date, and without one relative dates
        // must stay unresolved rather than be anchored on the day the code happens to run.
        return p;
    }
}
