package org.credence.ml;

import java.util.List;

/**
 * A read-only copy of a {@link LinearModel}'s weights laid out feature by feature (all classes
 * of one feature side by side), so that scoring a sparse vector touches one cache line per
 * feature instead of one per feature and class: the fast path for models applied to every token
 * of an article. Classes whose weights are all zero (the reference class of a model whose
 * first row was subtracted from the others) take no room: their score is their bias. Gives the
 * same scores as the model it was made from. Immutable, thread-safe.
 */
public final class PackedWeights {

    private final List<String> labels;
    private final int classes;
    private final int dimension;
    /** The classes that have weights, in packed order. */
    private final int[] stored;
    private final float[] weights;
    private final float[] bias;

    private PackedWeights(List<String> labels, int dimension, int[] stored, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.classes = labels.size();
        this.dimension = dimension;
        this.stored = stored;
        this.weights = weights;
        this.bias = bias;
    }

    /** The packed copy of a model. */
    public static PackedWeights of(LinearModel m) {
        int dim = m.dimension();
        int[] stored = new int[m.classes()];
        int k = 0;
        for (int c = 0; c < m.classes(); c++) {
            for (float v : m.weights()[c]) {
                if (v != 0) {
                    stored[k++] = c;
                    break;
                }
            }
        }
        stored = java.util.Arrays.copyOf(stored, k);
        float[] w = new float[Math.multiplyExact(dim, Math.max(k, 1))];
        for (int j = 0; j < k; j++) {
            float[] row = m.weights()[stored[j]];
            for (int i = 0; i < dim; i++) {
                w[i * k + j] = row[i];
            }
        }
        return new PackedWeights(m.labels(), dim, stored, w, m.bias().clone());
    }

    public List<String> labels() {
        return labels;
    }

    public int classes() {
        return classes;
    }

    public int dimension() {
        return dimension;
    }

    /** Writes the raw scores (logits) of the first {@code n} (index, value) pairs into {@code out}. */
    public void scores(int[] index, float[] value, int n, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        int k = stored.length;
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int f = 0; f < n; f++) {
                s += weights[index[f] * k + j] * value[f];
            }
            out[stored[j]] += s;
        }
    }

    /** Raw scores of a sparse vector. */
    public double[] scores(SparseVector x) {
        double[] out = new double[classes];
        scores(x.index(), x.value(), x.size(), out);
        return out;
    }

    /** Class probabilities of a sparse vector, summing to 1. */
    public double[] probabilities(SparseVector x) {
        return LinearModel.softmax(scores(x));
    }

    /** Turns scores into probabilities in place (softmax). */
    public static void softmaxInPlace(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
    }
}
