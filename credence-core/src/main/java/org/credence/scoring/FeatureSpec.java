package org.credence.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.credence.ml.SparseVector;

/**
 * How a scoring model turns {@link ArticleFeatures} into a vector: which dense features it reads
 * and how it standardises them, and whether and how it reads the words. Stored in the model's
 * provenance, so a model always reads articles the way it was trained.
 *
 * <p>Layout: indexes {@code [0, D)} hold the {@code D} dense features, each
 * {@code clip((x − mean) / std, ±}{@value #CLIP}{@code ) × denseWeight}; indexes
 * {@code [D, D + 2^bits)} hold the terms ({@code ln(1 + count)} of each unigram, and of each
 * bigram when {@code bigrams}), folded into {@code bits} bits, the term part scaled to unit
 * length then multiplied by {@code textWeight} (0: no words at all).
 *
 * @param dense       dense feature names, in index order
 * @param mean        mean of each over the training articles
 * @param std         standard deviation of each (never 0)
 * @param denseWeight scale of the standardised dense part
 * @param bits        bits of the term part (4–24)
 * @param textWeight  length of the term part (0 leaves words out)
 * @param bigrams     whether word bigrams are read beside unigrams
 */
public record FeatureSpec(List<String> dense, double[] mean, double[] std, double denseWeight, int bits,
                          double textWeight, boolean bigrams) {

    /** Standardised values are clipped to this many standard deviations. */
    public static final double CLIP = 5;

    /**
     * Dense features never read: whether a byline or a date was found says how the text reached
     * us (the training sets are plain text without them; a page usually has both), not what the
     * article says, so a model would learn the format of its training set and score the page
     * furniture of every real page. The sloppiness signal leaves them out of its score for the
     * same reason.
     */
    public static final java.util.Set<String> NOT_CONTENT = java.util.Set.of(
            "measure:sloppiness:bylineMissing", "measure:sloppiness:dateMissing");

    public FeatureSpec {
        dense = List.copyOf(dense);
        mean = mean.clone();
        std = std.clone();
        if (mean.length != dense.size() || std.length != dense.size()) {
            throw new IllegalArgumentException("one mean and standard deviation per dense feature");
        }
        for (double s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("standard deviations must be positive");
            }
        }
        if (bits < 4 || bits > 24 || textWeight < 0 || denseWeight < 0) {
            throw new IllegalArgumentException("bits must be in [4, 24] and weights non-negative");
        }
    }

    /**
     * The spec for {@code articles}: every dense feature that is non-zero in at least
     * {@code minShare} of them (and in two at least), with their means and deviations.
     */
    public static FeatureSpec fit(List<ArticleFeatures> articles, double minShare, double denseWeight, int bits,
                                  double textWeight, boolean bigrams) {
        Map<String, int[]> nonZero = new HashMap<>();
        for (ArticleFeatures a : articles) {
            a.dense().forEach((k, v) -> {
                if (v != 0) {
                    nonZero.computeIfAbsent(k, x -> new int[1])[0]++;
                }
            });
        }
        int need = Math.max(2, (int) Math.ceil(minShare * articles.size()));
        List<String> names = new ArrayList<>(new TreeSet<>(nonZero.keySet()));
        names.removeIf(n -> nonZero.get(n)[0] < need || NOT_CONTENT.contains(n));
        double[] mean = new double[names.size()];
        double[] std = new double[names.size()];
        int n = Math.max(1, articles.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double s = 0;
            double ss = 0;
            for (ArticleFeatures a : articles) {
                double x = a.dense().getOrDefault(name, 0.0);
                s += x;
                ss += x * x;
            }
            mean[i] = s / n;
            double var = ss / n - mean[i] * mean[i];
            std[i] = Math.sqrt(Math.max(var, 0)) > 1e-4 ? Math.sqrt(var) : 1;
        }
        return new FeatureSpec(names, mean, std, denseWeight, bits, textWeight, bigrams);
    }

    /** The training means (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The training standard deviations (a copy). */
    @Override
    public double[] std() {
        return std.clone();
    }

    /** The training mean of dense feature {@code i}. */
    public double mean(int i) {
        return mean[i];
    }

    /** Size of the vectors. */
    public int dimension() {
        return dense.size() + (1 << bits);
    }

    /** The standardised value of dense feature {@code i} (before {@code denseWeight}). */
    public double standardised(int i, double x) {
        double z = (x - mean[i]) / std[i];
        return Math.max(-CLIP, Math.min(CLIP, z));
    }

    /** The index of a term hash. */
    public int termIndex(int hash) {
        return dense.size() + (hash & ((1 << bits) - 1));
    }

    /** The article as a vector. */
    public SparseVector vector(ArticleFeatures a) {
        SparseVector.Builder b = new SparseVector.Builder();
        for (int i = 0; i < dense.size(); i++) {
            double z = standardised(i, a.dense().getOrDefault(dense.get(i), 0.0)) * denseWeight;
            if (z != 0) {
                b.add(i, z);
            }
        }
        double scale = termScale(a);
        if (scale > 0) {
            terms(b, a.unigrams(), a.unigramCounts(), scale);
            if (bigrams) {
                terms(b, a.bigrams(), a.bigramCounts(), scale);
            }
        }
        return b.build(false);
    }

    /**
     * The factor that turns {@code ln(1 + count)} of the article's terms into their values in
     * its vector (0 when words are not read): compute once per article.
     */
    public double termScale(ArticleFeatures a) {
        if (textWeight == 0) {
            return 0;
        }
        double norm = norm(a.unigramCounts()) + (bigrams ? norm(a.bigramCounts()) : 0);
        return norm == 0 ? 0 : textWeight / Math.sqrt(norm);
    }

    private void terms(SparseVector.Builder b, int[] hashes, float[] counts, double scale) {
        for (int i = 0; i < hashes.length; i++) {
            b.add(termIndex(hashes[i]), Math.log1p(counts[i]) * scale);
        }
    }

    private static double norm(float[] counts) {
        double s = 0;
        for (float c : counts) {
            double v = Math.log1p(c);
            s += v * v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpec f && dense.equals(f.dense) && Arrays.equals(mean, f.mean)
                && Arrays.equals(std, f.std) && denseWeight == f.denseWeight && bits == f.bits
                && textWeight == f.textWeight && bigrams == f.bigrams;
    }

    @Override
    public int hashCode() {
        return dense.hashCode() * 31 + Arrays.hashCode(mean) + bits;
    }

    @Override
    public String toString() {
        return "FeatureSpec[" + dense.size() + " dense x" + denseWeight + ", text x" + textWeight + " in " + bits
                + " bits" + (bigrams ? " with bigrams" : "") + "]";
    }
}
