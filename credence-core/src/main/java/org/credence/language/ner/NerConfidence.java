package org.credence.language.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.ml.Platt;

/**
 * How an entity's Viterbi margin becomes its confidence: {@code 1 / (1 + exp(−(a·m + b)))}, where
 * {@code m} is the smallest margin of its tokens (how far the best path's score is above the best
 * path that tags that token differently, {@link NerModel.Tagged#margins()}).
 *
 * <p>{@code credence train ner} fits {@code a} and {@code b} by Platt scaling on the entities the
 * model trained on eng.train finds in eng.testa (correct = same tokens and type as a gold entity)
 * and stores them in the model's provenance under {@code confidence}; a confidence of 0.8 then
 * means that about 80 % of such entities were right in newswire like CoNLL-2003's. A model
 * without that entry keeps the mapping used before calibration, {@code sigmoid(m / s)} with the
 * provenance's {@code marginScale} {@code s} (default 4), and says {@code "uncalibrated"}.
 *
 * @param a      slope over the margin, positive
 * @param b      offset
 * @param source where {@code a} and {@code b} come from, in words
 */
public record NerConfidence(double a, double b, String source) {

    /** The provenance key. */
    public static final String KEY = "confidence";

    public NerConfidence {
        if (!(a > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("need a finite positive slope and a finite offset: " + a + ", " + b);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }

    /** The confidence of an entity whose smallest token margin is {@code margin}, in [0, 1]. */
    public double apply(double margin) {
        double z = a * margin + b;
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * The mapping a model's provenance describes (see the class comment).
     *
     * @throws IllegalArgumentException when a {@code confidence} entry is there but malformed
     */
    public static NerConfidence of(Map<String, Object> provenance) {
        Object c = provenance.get(KEY);
        if (c == null) {
            Object s = provenance.get("marginScale");
            double scale = s instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : 4.0;
            return new NerConfidence(1 / scale, 0, "uncalibrated");
        }
        if (c instanceof Map<?, ?> m && m.get("a") instanceof Number a && m.get("b") instanceof Number b) {
            Object source = m.get("source");
            return new NerConfidence(a.doubleValue(), b.doubleValue(), source == null ? "provenance" : source.toString());
        }
        throw new IllegalArgumentException("malformed '" + KEY + "' in the NER model's provenance: " + c);
    }

    /** Platt scaling of entity margins {@code margins} against 0/1 {@code correct}. */
    public static NerConfidence fit(double[] margins, int[] correct, String source) {
        Platt p = Platt.fit(margins, correct);
        return new NerConfidence(p.a(), p.b(), source);
    }

    /**
     * Platt scaling of the entities {@code model} finds in {@code docs} (tokens as the file gives
     * them): each entity's smallest token margin against whether a gold entity has its tokens and
     * type.
     */
    public static NerConfidence fit(NerModel model, List<NerCorpus.Document> docs, String source) {
        List<Double> margins = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        for (NerCorpus.Document d : docs) {
            List<String[]> words = new ArrayList<>();
            for (NerCorpus.Sentence s : d.sentences()) {
                words.add(s.words().toArray(String[]::new));
            }
            List<NerModel.Tagged> tagged = model.tagDocument(words);
            for (int k = 0; k < tagged.size(); k++) {
                Set<BioChunks.Chunk> gold = new HashSet<>(BioChunks.of(d.sentences().get(k).tags()));
                NerModel.Tagged t = tagged.get(k);
                List<String> names = new ArrayList<>(t.tags().length);
                for (int x : t.tags()) {
                    names.add(model.tags().get(x));
                }
                for (BioChunks.Chunk c : BioChunks.of(names)) {
                    margins.add((double) margin(t, c));
                    correct.add(gold.contains(c) ? 1 : 0);
                }
            }
        }
        return fit(margins.stream().mapToDouble(Double::doubleValue).toArray(),
                correct.stream().mapToInt(Integer::intValue).toArray(), source);
    }

    /** An entity's margin: the smallest margin of its tokens. */
    static float margin(NerModel.Tagged tagged, BioChunks.Chunk entity) {
        float m = Float.POSITIVE_INFINITY;
        for (int i = entity.start(); i < entity.end(); i++) {
            m = Math.min(m, tagged.margins()[i]);
        }
        return m;
    }

    /** The provenance entry. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("source", source);
        return m;
    }
}
