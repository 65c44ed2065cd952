package org.credence.ml;

import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearModel} by minimising softmax cross-entropy plus an L2 penalty with
 * AdaGrad over shuffled examples. Deterministic: the same data, parameters and seed give the
 * same weights.
 *
 * @param epochs       passes over the data
 * @param learningRate AdaGrad's base rate (0.1–0.5 suits unit-length sparse vectors)
 * @param l2           L2 penalty per example, applied lazily to the features it sees
 * @param seed         shuffling seed
 */
public record LogisticTrainer(int epochs, double learningRate, double l2, long seed) {

    public LogisticTrainer {
        if (epochs < 1 || learningRate <= 0 || l2 < 0) {
            throw new IllegalArgumentException("bad training parameters");
        }
    }

    /** Sensible defaults: 10 epochs, rate 0.2, L2 1e-6, seed 42. */
    public static LogisticTrainer defaults() {
        return new LogisticTrainer(10, 0.2, 1e-6, 42);
    }

    /**
     * Trains on {@code xs} with class indexes {@code ys} (into {@code labels}); {@code weights},
     * when not null, weighs each example (for class balance).
     */
    public LinearModel train(List<SparseVector> xs, int[] ys, double[] weights, List<String> labels, int dimension) {
        if (xs.size() != ys.length || (weights != null && weights.length != ys.length)) {
            throw new IllegalArgumentException("examples, labels and weights differ in number");
        }
        int k = labels.size();
        float[][] w = new float[k][dimension];
        float[][] g2 = new float[k][dimension];
        float[] b = new float[k];
        float[] gb2 = new float[k];
        int[] order = new int[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] s = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int n : order) {
                SparseVector x = xs.get(n);
                double ew = weights == null ? 1 : weights[n];
                for (int c = 0; c < k; c++) {
                    s[c] = b[c] + x.dot(w[c]);
                }
                double[] p = LinearModel.softmax(s);
                for (int c = 0; c < k; c++) {
                    double err = (p[c] - (ys[n] == c ? 1 : 0)) * ew;
                    float[] wc = w[c];
                    float[] gc = g2[c];
                    for (int f = 0; f < x.size(); f++) {
                        int idx = x.index()[f];
                        double g = err * x.value()[f] + l2 * wc[idx];
                        if (g == 0) {
                            continue;
                        }
                        gc[idx] += (float) (g * g);
                        wc[idx] -= (float) (learningRate * g / Math.sqrt(gc[idx] + 1e-8));
                    }
                    gb2[c] += (float) (err * err);
                    b[c] -= (float) (learningRate * err / Math.sqrt(gb2[c] + 1e-8));
                }
            }
        }
        return new LinearModel(labels, w, b);
    }

    /** Weights that make each class count equally in total. */
    public static double[] balanced(int[] ys, int classes) {
        int[] count = new int[classes];
        for (int y : ys) {
            count[y]++;
        }
        double[] w = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            w[i] = (double) ys.length / (classes * count[ys[i]]);
        }
        return w;
    }
}
