package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.FeatureHashing;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.SparseVector;

/**
 * The simple text-classification baseline: TF-IDF of lower-cased word unigrams and bigrams
 * (words are runs of letters and digits), unit length, logistic regression with class-balanced
 * weights and the default trainer settings. Fitted once on the given texts; immutable after.
 */
public final class TfidfBaseline {

    private static final FeatureHashing HASHING = new FeatureHashing(18);

    private final Map<Integer, Double> idf;
    private final double unseenIdf;
    private final LinearModel model;

    private TfidfBaseline(Map<Integer, Double> idf, double unseenIdf, LinearModel model) {
        this.idf = idf;
        this.unseenIdf = unseenIdf;
        this.model = model;
    }

    /** Fits the baseline on texts with 0/1 labels. */
    public static TfidfBaseline fit(List<String> texts, int[] labels) {
        Map<Integer, Integer> df = new HashMap<>();
        List<List<Integer>> terms = new ArrayList<>();
        for (String t : texts) {
            List<Integer> ts = terms(t);
            terms.add(ts);
            for (int f : new java.util.HashSet<>(ts)) {
                df.merge(f, 1, Integer::sum);
            }
        }
        int n = texts.size();
        Map<Integer, Double> idf = new HashMap<>();
        df.forEach((f, d) -> idf.put(f, Math.log((1.0 + n) / (1.0 + d)) + 1));
        double unseen = Math.log(1.0 + n) + 1;
        TfidfBaseline shell = new TfidfBaseline(idf, unseen, null);
        List<SparseVector> xs = new ArrayList<>();
        for (List<Integer> ts : terms) {
            xs.add(shell.vector(ts));
        }
        LinearModel m = LogisticTrainer.defaults().train(xs, labels, LogisticTrainer.balanced(labels, 2),
                List.of("0", "1"), HASHING.dimension());
        return new TfidfBaseline(idf, unseen, m);
    }

    /** The probability of label 1. */
    public double probability(String text) {
        return model.probabilities(vector(terms(text)))[1];
    }

    private SparseVector vector(List<Integer> terms) {
        SparseVector.Builder b = new SparseVector.Builder();
        for (int f : terms) {
            b.add(f, idf.getOrDefault(f, unseenIdf));
        }
        return b.build(true);
    }

    static List<Integer> terms(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(HASHING.index("u", words.get(i)));
            if (i > 0) {
                out.add(HASHING.index("b", words.get(i - 1) + ' ' + words.get(i)));
            }
        }
        return out;
    }
}
