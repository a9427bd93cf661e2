package org.newsgraph.embed;

/**
 * Turns a short text (a title and a lead) into a vector whose cosine with another text's says how
 * alike their meanings are, whatever the words: one event told in other words lies close. The
 * adapter (newsgraph-onnx) runs a sentence-embedding model in process.
 */
public interface SentenceEmbedder {

    /** An embedder that knows no model: every text has no vector, and the similarity counts for nothing. */
    SentenceEmbedder NONE = text -> new float[0];

    /** The vector of the text; empty when the text has no words or no model is loaded. */
    float[] embed(String text);
}
