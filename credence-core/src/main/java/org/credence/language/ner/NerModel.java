package org.credence.language.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained sequence tagger: hashed feature weights per BIO tag, tag-transition weights, the
 * gazetteer and word clusters its features read, and its provenance. Immutable and thread-safe
 * once made (its arrays are never written after construction).
 *
 * <p>Decoding is Viterbi over BIO tags that forbids {@code I-X} after anything but {@code B-X}
 * or {@code I-X}. Each token also gets a margin: how much the best path's score exceeds the best
 * path that tags that token differently (max-marginals from a forward and a backward pass).
 *
 * <p><b>File format</b> (gzip): magic {@code CREDNER}, format version, provenance JSON, tags,
 * hash bits, transitions, gazetteer, clusters, then the non-zero weights as (index delta,
 * 16-bit quantised value) pairs, then (format 2) a flag and the first stage's body when the model
 * is a second stage. Format 1 files (no stage flag) still read. {@link #FORMAT} changes whenever
 * that layout does.
 */
public final class NerModel {

    /** The file format version written by {@link #save}. */
    public static final int FORMAT = 2;
    /** The classpath resource of the shipped model. */
    public static final String DEFAULT_RESOURCE = "/org/credence/language/ner/ner-conll2003.bin.gz";

    private final List<String> tags;
    private final int bits;
    /** Float weights (a model made by the trainer), or null for a model read from a file. */
    private final float[] weights;
    /**
     * Quantised weights of a model read from a file: tag {@code y} of bucket {@code b} weighs
     * {@code packed[b * stride + offset + y] * scale}. A second stage and its first stage share one
     * array (stride two rows of tags, the first stage at offset 0), so that one cache line holds both
     * stages' weights of a feature they share.
     */
    private final short[] packed;
    private final int stride;
    private final int offset;
    private final float scale;
    /** True when the first stage shares this stage's packed array, gazetteer, clusters and hash bits. */
    private final boolean fused;
    private final float[] transitions;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final Map<String, Object> provenance;
    private final boolean[][] allowed;
    private final NerModel first;
    /** The {@link NerFeatures} version this model was trained with ({@code "features"} in its provenance, else 1). */
    private final int features;

    NerModel(List<String> tags, int bits, float[] weights, float[] transitions, Gazetteer gazetteer,
             WordClusters clusters, Map<String, Object> provenance) {
        this(tags, bits, weights, transitions, gazetteer, clusters, provenance, null);
    }

    NerModel(List<String> tags, int bits, float[] weights, float[] transitions, Gazetteer gazetteer,
             WordClusters clusters, Map<String, Object> provenance, NerModel first) {
        this(tags, bits, weights, null, tags.size(), 0, 0f, transitions, gazetteer, clusters, provenance, first);
    }

    /** Every field; the other constructors and {@link NerModelFile} go through this one. */
    NerModel(List<String> tags, int bits, float[] weights, short[] packed, int stride, int offset, float scale,
             float[] transitions, Gazetteer gazetteer, WordClusters clusters, Map<String, Object> provenance,
             NerModel first) {
        this.first = first;
        this.tags = List.copyOf(tags);
        this.bits = bits;
        this.weights = weights;
        this.packed = packed;
        this.stride = stride;
        this.offset = offset;
        this.scale = scale;
        this.transitions = transitions;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        this.features = provenance.get("features") instanceof Number v ? v.intValue() : 1;
        if (features < 1 || features > NerFeatures.VERSION) {
            throw new IllegalArgumentException("feature version " + features + ", this version knows 1 to "
                    + NerFeatures.VERSION);
        }
        int t = tags.size();
        long size = weights != null ? weights.length : packed.length;
        if (size != (1L << bits) * (weights != null ? t : stride) || transitions.length != (t + 1) * t
                || weights == null && offset + t > stride) {
            throw new IllegalArgumentException("weights or transitions do not fit " + t + " tags and " + bits + " bits");
        }
        allowed = allowedTransitions(this.tags);
        fused = packed != null && first != null && first.packed == packed && first.first == null
                && first.offset == 0 && offset == t && stride == 2 * t && first.bits == bits
                && first.tags.equals(this.tags) && first.gazetteer == gazetteer && first.clusters == clusters;
    }

    /** The BIO tags, {@code O} first. */
    public List<String> tags() {
        return tags;
    }

    /** Where the model came from: data, parameters, figures (read-only, JSON-friendly values). */
    public Map<String, Object> provenance() {
        return provenance;
    }

    int bits() {
        return bits;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    WordClusters clusters() {
        return clusters;
    }

    float[] weightsForTraining() {
        return weights;
    }

    float[] transitionsForTraining() {
        return transitions;
    }

    static boolean[][] allowedTransitions(List<String> tags) {
        int t = tags.size();
        boolean[][] ok = new boolean[t + 1][t];
        for (int p = 0; p <= t; p++) {
            for (int c = 0; c < t; c++) {
                String cur = tags.get(c);
                if (!cur.startsWith("I-")) {
                    ok[p][c] = true;
                } else if (p < t) {
                    String prev = tags.get(p);
                    ok[p][c] = prev.length() > 2 && prev.substring(2).equals(cur.substring(2));
                }
            }
        }
        return ok;
    }

    /** Tags of one sentence: tag indexes and per-token margins. */
    record Tagged(int[] tags, float[] margins) {
    }

    /** Tags each sentence (word arrays) of one document, using the document's casing statistics. */
    List<Tagged> tagDocument(List<String[]> sentences) {
        if (fused) {
            return tagFused(sentences);
        }
        DocStats doc = DocStats.of(sentences);
        List<int[]> prior = null;
        if (first != null) {
            prior = new ArrayList<>();
            for (Tagged t : first.tagDocument(sentences)) {
                prior.add(t.tags());
            }
            doc = doc.withPredictions(sentences, prior, (tags.size() - 1) / 2);
        }
        List<Tagged> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            out.add(tag(sentences.get(k), doc, prior == null ? null : prior.get(k)));
        }
        return out;
    }

    /** The first stage whose tags this model reads, or null for a one-stage model. */
    NerModel first() {
        return first;
    }

    Tagged tag(String[] words, DocStats doc, int[] prior) {
        if (words.length == 0) {
            return new Tagged(new int[0], new float[0]);
        }
        int[][] feats = NerFeatures.extract(words, doc, gazetteer, clusters, bits, prior, features);
        return decode(emissions(feats), transitions, true);
    }

    /** Tag scores of each token given its feature buckets. */
    float[][] emissions(int[][] feats) {
        if (weights != null) {
            return scores(feats, weights);
        }
        int t = tags.size();
        float[][] s = new float[feats.length][t];
        for (int i = 0; i < feats.length; i++) {
            float[] row = s[i];
            for (int b : feats[i]) {
                int base = b * stride + offset;
                for (int y = 0; y < t; y++) {
                    row[y] += packed[base + y] * scale;
                }
            }
        }
        return s;
    }

    /**
     * Both stages at once: the features the stages share are extracted once and their weights read
     * from one row of the shared array; the second stage then adds the features of the first stage's tags.
     */
    private List<Tagged> tagFused(List<String[]> sentences) {
        int t = tags.size();
        int m = sentences.size();
        DocStats doc = DocStats.of(sentences);
        List<int[]> prior = new ArrayList<>(m);
        float[][][] second = new float[m][][];
        float s1 = first.scale;
        float s2 = scale;
        for (int k = 0; k < m; k++) {
            String[] words = sentences.get(k);
            if (words.length == 0) {
                prior.add(new int[0]);
                continue;
            }
            int[][] feats = NerFeatures.extractBase(words, doc, gazetteer, clusters, bits);
            int n = feats.length;
            float[][] e1 = new float[n][t];
            float[][] e2 = new float[n][t];
            for (int i = 0; i < n; i++) {
                float[] r1 = e1[i];
                float[] r2 = e2[i];
                for (int b : feats[i]) {
                    int base = b * stride;
                    for (int y = 0; y < t; y++) {
                        r1[y] += packed[base + y] * s1;
                    }
                    base += t;
                    for (int y = 0; y < t; y++) {
                        r2[y] += packed[base + y] * s2;
                    }
                }
            }
            second[k] = e2;
            prior.add(first.decode(e1, first.transitions, false).tags());
        }
        DocStats doc2 = doc.withPredictions(sentences, prior, (t - 1) / 2);
        List<Tagged> out = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            String[] words = sentences.get(k);
            if (words.length == 0) {
                out.add(new Tagged(new int[0], new float[0]));
                continue;
            }
            int[][] feats = NerFeatures.extractPrior(words, doc2, bits, prior.get(k), features);
            float[][] e2 = second[k];
            for (int i = 0; i < feats.length; i++) {
                float[] r2 = e2[i];
                for (int b : feats[i]) {
                    int base = b * stride + offset;
                    for (int y = 0; y < t; y++) {
                        r2[y] += packed[base + y] * scale;
                    }
                }
            }
            out.add(decode(e2, transitions, true));
        }
        return out;
    }

    float[][] scores(int[][] feats, float[] w) {
        int t = tags.size();
        float[][] s = new float[feats.length][t];
        for (int i = 0; i < feats.length; i++) {
            float[] row = s[i];
            for (int b : feats[i]) {
                int base = b * t;
                for (int y = 0; y < t; y++) {
                    row[y] += w[base + y];
                }
            }
        }
        return s;
    }

    Tagged decode(float[][] emit, float[] trans, boolean withMargins) {
        int n = emit.length;
        int t = tags.size();
        float[][] fwd = new float[n][t];
        int[][] back = new int[n][t];
        for (int y = 0; y < t; y++) {
            fwd[0][y] = allowed[t][y] ? emit[0][y] + trans[t * t + y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < t; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < t; p++) {
                    if (!allowed[p][y]) {
                        continue;
                    }
                    float v = fwd[i - 1][p] + trans[p * t + y];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                fwd[i][y] = best + emit[i][y];
                back[i][y] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < t; y++) {
            if (fwd[n - 1][y] > best) {
                best = fwd[n - 1][y];
                path[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        float[] margins = new float[n];
        if (withMargins) {
            float[][] bwd = new float[n][t];
            for (int i = n - 2; i >= 0; i--) {
                for (int y = 0; y < t; y++) {
                    float b = Float.NEGATIVE_INFINITY;
                    for (int c = 0; c < t; c++) {
                        if (allowed[y][c]) {
                            b = Math.max(b, trans[y * t + c] + emit[i + 1][c] + bwd[i + 1][c]);
                        }
                    }
                    bwd[i][y] = b;
                }
            }
            for (int i = 0; i < n; i++) {
                float other = Float.NEGATIVE_INFINITY;
                for (int y = 0; y < t; y++) {
                    if (y != path[i]) {
                        other = Math.max(other, fwd[i][y] + bwd[i][y]);
                    }
                }
                margins[i] = best - other;
            }
        }
        return new Tagged(path, margins);
    }

    /** Loads the model shipped on the classpath. */
    public static NerModel loadDefault() {
        try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model resource " + DEFAULT_RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Loads a model file written by {@link #save(Path)}. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a model written by {@link #save(OutputStream)}; the stream is not closed. */
    public static NerModel read(InputStream raw) throws IOException {
        return NerModelFile.read(raw);
    }

    /** Writes this model to {@code file} (gzip). */
    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    /** Writes this model (gzip); the stream is not closed. */
    public void save(OutputStream raw) throws IOException {
        NerModelFile.write(this, raw);
    }

    private static float quantisationScale(float[] w) {
        float max = 0;
        for (float f : w) {
            max = Math.max(max, Math.abs(f));
        }
        return max == 0 ? 1 : max / 32000f;
    }

    /** This stage's weights as stored: 16-bit values, one row of tags per bucket. */
    short[] quantised() {
        int t = tags.size();
        int buckets = 1 << bits;
        short[] q = new short[buckets * t];
        if (weights != null) {
            float s = quantisationScale(weights);
            for (int i = 0; i < q.length; i++) {
                q[i] = (short) Math.round(weights[i] / s);
            }
        } else {
            for (int k = 0; k < buckets; k++) {
                System.arraycopy(packed, k * stride + offset, q, k * t, t);
            }
        }
        return q;
    }

    /** The factor that turns {@link #quantised()} values back into weights. */
    float quantisedScale() {
        return weights == null ? scale : quantisationScale(weights);
    }

    /** This model as it reads back from its file (quantised weights, stages sharing one array). */
    NerModel asStored() {
        try {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(1 << 22);
            save(buf);
            return read(new java.io.ByteArrayInputStream(buf.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NerModel withProvenance(Map<String, Object> prov) {
        return new NerModel(tags, bits, weights, packed, stride, offset, scale, transitions, gazetteer, clusters, prov,
                first);
    }
}
