package org.credence.transformer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.model.Span;

/**
 * A wordpiece classifier (a fine-tuned BERT-style model in ONNX, inputs {@code input_ids} and
 * {@code attention_mask}, output {@code logits} of shape [1, positions, classes]) run with ONNX
 * Runtime over a whole text: the text's wordpieces run in windows of {@code window} positions
 * ([CLS], up to {@code window - 2} wordpieces, [SEP]) that overlap by {@code overlap} wordpieces,
 * and each wordpiece takes its probabilities from the window in which it sits farthest from an
 * edge. Thread-safe (ONNX Runtime sessions are); {@link #close()} releases the native session.
 */
public final class TransformerTagger implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final int cls;
    private final int sep;
    private final int window;
    private final int overlap;
    private final int maxPieces;

    /**
     * @param model     the ONNX file's bytes
     * @param tokenizer the model's tokenizer
     * @param window    positions per window, [CLS] and [SEP] included (8 to 512)
     * @param overlap   wordpieces shared by neighbouring windows (less than {@code window - 2})
     * @param threads   ONNX Runtime intra-op threads per call
     * @param maxPieces most wordpieces of a text that are tagged (the rest get no probabilities),
     *                  which bounds the time one huge input can take
     */
    public TransformerTagger(byte[] model, WordPieceTokenizer tokenizer, int window, int overlap, int threads,
                             int maxPieces) {
        if (window < 8 || window > 512 || overlap < 0 || overlap >= window - 2) {
            throw new IllegalArgumentException("need 8 <= window <= 512 and 0 <= overlap < window - 2");
        }
        if (maxPieces < 1) {
            throw new IllegalArgumentException("need maxPieces >= 1");
        }
        this.maxPieces = maxPieces;
        this.tokenizer = tokenizer;
        this.window = window;
        this.overlap = overlap;
        this.cls = tokenizer.id("[CLS]");
        this.sep = tokenizer.id("[SEP]");
        if (cls < 0 || sep < 0) {
            throw new IllegalArgumentException("the vocabulary lacks [CLS] or [SEP]");
        }
        try {
            env = OrtEnvironment.getEnvironment();
            session = env.createSession(model, options(threads));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model into ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /**
     * Session options for a CPU run: {@code threads} intra-op threads, one inter-op thread, all
     * graph optimisations.
     */
    public static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(threads);
        o.setInterOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return o;
    }

    /**
     * Wordpieces of a text and their class probabilities.
     *
     * @param pieces the wordpieces, with UTF-16 offsets into the text
     * @param probs  per wordpiece, a probability per class (softmax of the logits); null for the
     *               wordpieces beyond the tagger's {@code maxPieces}
     */
    public record Tagged(WordPieceTokenizer.Pieces pieces, float[][] probs) {

        /**
         * Per span (half-open UTF-16 offsets of the text, sorted by start), the mean probabilities
         * of the tagged wordpieces that share a character with it; null where none does.
         */
        public float[][] spanMeans(List<Span> spans) {
            int[] start = pieces.start();
            int[] end = pieces.end();
            float[][] out = new float[spans.size()][];
            int first = 0;
            for (int t = 0; t < spans.size(); t++) {
                Span s = spans.get(t);
                while (first < start.length && end[first] <= s.start()) {
                    first++;
                }
                float[] sum = null;
                int count = 0;
                for (int i = first; i < start.length && start[i] < s.end(); i++) {
                    if (end[i] <= s.start() || probs[i] == null) {
                        continue;
                    }
                    if (sum == null) {
                        sum = new float[probs[i].length];
                    }
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += probs[i][k];
                    }
                    count++;
                }
                if (sum != null) {
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] /= count;
                    }
                }
                out[t] = sum;
            }
            return out;
        }
    }

    /** Tags every wordpiece of {@code text} (see the class comment). */
    public Tagged tag(String text) {
        WordPieceTokenizer.Pieces p = tokenizer.tokenize(text);
        int n = Math.min(p.size(), maxPieces);
        float[][] probs = new float[p.size()][];
        Windows w = Windows.plan(n, window - 2, overlap);
        for (int k = 0; k < w.size(); k++) {
            int from = w.starts()[k];
            float[][] logits = run(p.ids(), from, w.ends()[k]);
            for (int i = from; i < w.ends()[k]; i++) {
                if (w.owner()[i] == k) {
                    probs[i] = softmax(logits[i - from + 1]);
                }
            }
        }
        return new Tagged(p, probs);
    }

    static float[] softmax(float[] z) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        float[] out = new float[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= (float) sum;
        }
        return out;
    }

    private float[][] run(int[] ids, int from, int to) {
        int len = to - from + 2;
        long[][] input = new long[1][len];
        long[][] mask = new long[1][len];
        input[0][0] = cls;
        for (int i = from; i < to; i++) {
            input[0][i - from + 1] = ids[i];
        }
        input[0][len - 1] = sep;
        Arrays.fill(mask[0], 1L);
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, input));
            in.put("attention_mask", OnnxTensor.createTensor(env, mask));
            try (OrtSession.Result r = session.run(in)) {
                float[][][] logits = (float[][][]) r.get(0).getValue();
                if (logits[0].length != len) {
                    throw new IllegalStateException("the model gave " + logits[0].length + " positions for " + len);
                }
                return logits[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
