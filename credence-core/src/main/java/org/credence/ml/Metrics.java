package org.credence.ml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metrics for binary probabilistic classifiers, as the evaluation commands print them.
 * {@code y} holds 0/1 gold labels, {@code p} the predicted probability of class 1.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Share of predictions right at threshold 0.5. */
    public static double accuracy(int[] y, double[] p) {
        int ok = 0;
        for (int i = 0; i < y.length; i++) {
            if ((p[i] >= 0.5 ? 1 : 0) == y[i]) {
                ok++;
            }
        }
        return y.length == 0 ? 0 : (double) ok / y.length;
    }

    /** F1 of class 1 at threshold 0.5. */
    public static double f1(int[] y, double[] p) {
        return f1(y, p, 1);
    }

    /** F1 of class {@code positive} (0 or 1) at threshold 0.5. */
    public static double f1(int[] y, double[] p, int positive) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
            int pred = p[i] >= 0.5 ? 1 : 0;
            if (pred == positive && y[i] == positive) {
                tp++;
            } else if (pred == positive) {
                fp++;
            } else if (y[i] == positive) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Mean of the two classes' F1. */
    public static double macroF1(int[] y, double[] p) {
        return (f1(y, p, 0) + f1(y, p, 1)) / 2;
    }

    /** Area under the ROC curve (ties count half); 0.5 when one class is absent. */
    public static double rocAuc(int[] y, double[] p) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPos += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return 0.5;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Mean squared error of the probabilities. */
    public static double brier(int[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    /**
     * Expected calibration error over {@code bins} equal-width bins of the predicted
     * probability of class 1: the bin-size-weighted mean of |observed rate − mean prediction|.
     */
    public static double ece(int[] y, double[] p, int bins) {
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            sumY[b] += y[i];
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                e += Math.abs(sumY[b] / n[b] - sumP[b] / n[b]) * n[b];
            }
        }
        return y.length == 0 ? 0 : e / y.length;
    }

    /**
     * How well confidences {@code p} say how often items are right ({@code y} = 1), rounded to four
     * decimals: {@code meanConfidence}, {@code shareRight}, {@code ece} (10 equal-width bins) and
     * {@code brier}, in that order.
     */
    public static Map<String, Object> calibration(int[] y, double[] p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meanConfidence", round4(Arrays.stream(p).average().orElse(0)));
        m.put("shareRight", round4(Arrays.stream(y).average().orElse(0)));
        m.put("ece", round4(ece(y, p, 10)));
        m.put("brier", round4(brier(y, p)));
        return m;
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
