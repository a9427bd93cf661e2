package org.newsgraph.onnx;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.newsgraph.embed.SentenceEmbedder;

/**
 * all-MiniLM-L6-v2, quantised (about 23 MB, Apache-2.0), run by ONNX Runtime on the CPU in
 * process: 384 numbers a text, of unit length, from its first 256 word pieces. The model and its
 * tokenizer ship in a Maven Central artifact; nothing is downloaded at run time. Load it once and
 * share it: loading takes about a second, an embedding some milliseconds.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[0];
        }
        return model.embed(text).content().vector();
    }
}
