package org.credence.ml;

/**
 * Platt scaling: a calibrated probability {@code 1 / (1 + exp(−(a·s + b)))} from a model's raw
 * log-odds {@code s}, with {@code a} and {@code b} fitted on held-out scores (Platt 1999, with
 * the target smoothing and the Newton iteration of Lin, Lin and Weng 2007).
 *
 * @param a slope (positive for a model that ranks the right way)
 * @param b offset
 */
public record Platt(double a, double b) {

    public Platt {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Platt parameters must be finite: " + a + ", " + b);
        }
    }

    /** The calibrated probability of raw log-odds {@code s}. */
    public double apply(double s) {
        return sigmoid(a * s + b);
    }

    /** Fits the scaling to held-out raw scores {@code s} with 0/1 labels {@code y}. */
    public static Platt fit(double[] s, int[] y) {
        if (s.length != y.length || s.length == 0) {
            throw new IllegalArgumentException("need as many labels as scores, and some scores");
        }
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int neg = y.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i] == 1 ? hi : lo;
        }
        double a = 0;
        double b = Math.log((pos + 1.0) / (neg + 1.0));
        double sigma = 1e-12;
        double f = objective(s, t, a, b);
        for (int it = 0; it < 100; it++) {
            double h11 = sigma;
            double h22 = sigma;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < s.length; i++) {
                double p = sigmoid(a * s[i] + b);
                double q = 1 - p;
                double d2 = p * q;
                h11 += s[i] * s[i] * d2;
                h22 += d2;
                h21 += s[i] * d2;
                double d1 = t[i] - p;
                g1 += s[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < 1e-7 && Math.abs(g2) < 1e-7) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            // Newton direction: the gradient of the objective is (−g1, −g2)
            double da = (h22 * g1 - h21 * g2) / det;
            double db = (-h21 * g1 + h11 * g2) / det;
            double gd = -(g1 * da + g2 * db);
            double step = 1;
            boolean moved = false;
            while (step >= 1e-10) {
                double na = a + step * da;
                double nb = b + step * db;
                double nf = objective(s, t, na, nb);
                if (nf < f + 1e-4 * step * gd) {
                    a = na;
                    b = nb;
                    f = nf;
                    moved = true;
                    break;
                }
                step /= 2;
            }
            if (!moved) {
                break;
            }
        }
        return new Platt(a, b);
    }

    /** Cross-entropy of the smoothed targets (the quantity minimised). */
    private static double objective(double[] s, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < s.length; i++) {
            double z = a * s[i] + b;
            // log(1 + exp(z)) − t z, computed stably
            f += (z >= 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
        }
        return f;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
