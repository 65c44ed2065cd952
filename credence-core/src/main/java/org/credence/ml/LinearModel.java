package org.credence.ml;

import java.util.List;

/**
 * A multinomial logistic-regression model over sparse features: one weight row and bias per
 * class, probabilities by softmax. Immutable and thread-safe.
 *
 * @param labels  class names, in row order
 * @param weights one dense row of length {@code dimension} per class
 * @param bias    one bias per class
 */
public record LinearModel(List<String> labels, float[][] weights, float[] bias) {

    public LinearModel {
        labels = List.copyOf(labels);
        if (labels.size() < 2 || weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("need at least two classes, one row and bias each");
        }
        for (float[] w : weights) {
            if (w.length != weights[0].length) {
                throw new IllegalArgumentException("weight rows differ in length");
            }
        }
    }

    public int dimension() {
        return weights[0].length;
    }

    public int classes() {
        return labels.size();
    }

    /** Raw scores (logits), one per class. */
    public double[] scores(SparseVector x) {
        double[] s = new double[labels.size()];
        for (int c = 0; c < s.length; c++) {
            s[c] = bias[c] + x.dot(weights[c]);
        }
        return s;
    }

    /** Class probabilities, summing to 1. */
    public double[] probabilities(SparseVector x) {
        return softmax(scores(x));
    }

    /** The probability of one class by name. */
    public double probability(SparseVector x, String label) {
        int c = labels.indexOf(label);
        if (c < 0) {
            throw new IllegalArgumentException("no class " + label + " in " + labels);
        }
        return probabilities(x)[c];
    }

    /** The index of the most probable class. */
    public int predict(SparseVector x) {
        double[] s = scores(x);
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * How much feature {@code index} with value {@code v} moves class {@code c} against the
     * others (its weight for the class minus the mean weight): the basis of explanations.
     */
    public double contribution(int c, int index, double v) {
        double mean = 0;
        for (float[] w : weights) {
            mean += w[index];
        }
        mean /= weights.length;
        return (weights[c][index] - mean) * v;
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            p[i] = Math.exp(s[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < s.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
